package ch.partnerportal.api.boundary;

import ch.partnerportal.api.problems.ApiError;
import ch.partnerportal.kernel.PlainText;
import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.tenancy.api.ContactTopic;
import ch.partnerportal.tenancy.api.ProductAccess;
import ch.partnerportal.tenancy.api.Role;
import ch.partnerportal.tenancy.api.TenancyError;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** JSON shapes of version 1. Vocabularies (roles, permissions, contacts) travel as lower-case slugs. */
final class Representations {

    private Representations() {
    }

    static JsonArray slugs(Collection<String> values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        values.stream().sorted().forEach(array::add);
        return array.build();
    }

    static void addOptional(JsonObjectBuilder builder, String name, String value) {
        if (value == null) {
            builder.addNull(name);
        } else {
            builder.add(name, value);
        }
    }

    static Role role(JsonObject body, String field) throws Refusal {
        String text = text(body, field);
        return Role.fromSlug(text).orElseThrow(() -> new Refusal(TenancyError.UNKNOWN_ROLE, String.valueOf(text)));
    }

    static Set<ProductAccess> permissions(JsonObject body) throws Refusal {
        EnumSet<ProductAccess> set = EnumSet.noneOf(ProductAccess.class);
        for (String slug : strings(body, "permissions")) {
            set.add(ProductAccess.fromSlug(slug).orElseThrow(() -> new Refusal(TenancyError.UNKNOWN_PERMISSION, slug)));
        }
        return set;
    }

    static Set<ContactTopic> contacts(JsonObject body) throws Refusal {
        EnumSet<ContactTopic> set = EnumSet.noneOf(ContactTopic.class);
        for (String slug : strings(body, "contacts")) {
            set.add(ContactTopic.fromSlug(slug).orElseThrow(() -> new Refusal(TenancyError.UNKNOWN_CONTACT_TOPIC, slug)));
        }
        return set;
    }

    static List<String> strings(JsonObject body, String field) throws Refusal {
        JsonValue value = body == null ? null : body.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return List.of();
        }
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            throw new Refusal(ApiError.MALFORMED_BODY);
        }
        List<String> result = new ArrayList<>();
        for (JsonValue item : value.asJsonArray()) {
            if (!(item instanceof JsonString string)) {
                throw new Refusal(ApiError.MALFORMED_BODY);
            }
            result.add(string.getString());
        }
        return result;
    }

    /** A whole number field; {@code absent} when the field is missing or null. */
    static int integer(JsonObject body, String field, int absent) throws Refusal {
        JsonValue value = body == null ? null : body.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return absent;
        }
        if (!(value instanceof JsonNumber number) || !number.isIntegral()) {
            throw new Refusal(ApiError.MALFORMED_BODY);
        }
        return number.intValue();
    }

    /**
     * A one-line string field, or null when absent; any other JSON type is a malformed body. Checked
     * and normalized as typed text ({@link PlainText#line}).
     */
    static String text(JsonObject body, String field) throws Refusal {
        return PlainText.line(field, string(body, field));
    }

    /** A string field that may span lines (a reason, a note). */
    static String multilineText(JsonObject body, String field) throws Refusal {
        return PlainText.lines(field, string(body, field));
    }

    private static String string(JsonObject body, String field) throws Refusal {
        JsonValue value = body == null ? null : body.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (!(value instanceof JsonString string)) {
            throw new Refusal(ApiError.FIELD_MALFORMED, field, "string");
        }
        return string.getString();
    }

    /** A true/false field, {@code absent} when missing or null; "yes" or 1 are refused, not read as false. */
    static boolean bool(JsonObject body, String field, boolean absent) throws Refusal {
        JsonValue value = body == null ? null : body.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return absent;
        }
        if (value.getValueType() == JsonValue.ValueType.TRUE) {
            return true;
        }
        if (value.getValueType() == JsonValue.ValueType.FALSE) {
            return false;
        }
        throw new Refusal(ApiError.FIELD_MALFORMED, field, "true/false");
    }

    /**
     * The request body as a JSON object with only the fields this request takes: a misspelt or
     * unknown field is refused with its name rather than silently ignored. Null, arrays and plain
     * values are malformed bodies.
     */
    static JsonObject object(JsonValue body, String... fields) throws Refusal {
        if (body == null || body.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new Refusal(ApiError.MALFORMED_BODY);
        }
        JsonObject object = body.asJsonObject();
        List<String> known = List.of(fields);
        for (String field : object.keySet()) {
            if (!known.contains(field)) {
                throw new Refusal(ApiError.UNKNOWN_FIELD, PlainText.shown(field, 40), String.join(", ", known));
            }
        }
        return object;
    }
}
