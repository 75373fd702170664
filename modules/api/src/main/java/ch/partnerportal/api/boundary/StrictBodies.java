package ch.partnerportal.api.boundary;

import ch.partnerportal.api.bodies.MultiLine;
import ch.partnerportal.api.bodies.Patch;
import ch.partnerportal.api.bodies.Secret;
import ch.partnerportal.api.problems.ApiError;
import ch.partnerportal.api.problems.InvalidBody;
import ch.partnerportal.api.problems.InvalidBody.FieldError;
import ch.partnerportal.api.problems.Problems;
import ch.partnerportal.kernel.Localizable;
import ch.partnerportal.kernel.PlainText;
import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.kernel.TextError;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads a request body into its record of {@code ch.partnerportal.api.bodies}, strictly: a field the
 * record does not have is refused with its name (API-011), a value of another JSON type than the
 * component's is refused, never coerced (API-012: {@code "5"} is no number, {@code 1} no true), text
 * nobody types is refused (API-3) and the rest normalized (NFC, trimmed; a {@link Secret} is not
 * trimmed), and then the record's Bean
 * Validation constraints are checked (API-016), each message in the reader's language. Every field
 * in error is named. JSON-B is not used for reading because it coerces and ignores what it does not
 * know; it writes the answers.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
public class StrictBodies implements MessageBodyReader<Record> {

    private static final String BODIES = MultiLine.class.getPackageName();

    /** One validator per language, whose messages are written in it. */
    private static final Map<Locale, Validator> VALIDATORS = new ConcurrentHashMap<>();

    private static volatile ValidatorFactory factory;

    @Context
    HttpHeaders headers;

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == Patch.class || type.isRecord() && type.getPackageName().equals(BODIES);
    }

    @Override
    public Record readFrom(Class<Record> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                           MultivaluedMap<String, String> httpHeaders, InputStream entity) {
        JsonValue json;
        try (JsonReader reader = Json.createReader(entity)) {
            json = reader.readValue();
        } catch (JsonException | NoSuchElementException | IllegalStateException notJson) {
            throw new InvalidBody(null, new Refusal(ApiError.MALFORMED_BODY));
        }
        Locale locale = Problems.locale(headers);
        if (Patch.class.equals(type)) {
            return patch(json, recordType(genericType), locale);
        }
        return read(json, type, locale);
    }

    /** The body as its record, checked; {@link InvalidBody} names what is wrong. */
    static <T extends Record> T read(JsonValue json, Class<T> type, Locale locale) {
        if (json.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new InvalidBody(null, new Refusal(ApiError.MALFORMED_BODY));
        }
        T body = type.cast(bind(json, type, "", false, false));
        validate(body, locale);
        return body;
    }

    static <T extends Record> Patch<T> patch(JsonValue json, Class<T> type, Locale locale) {
        T values = read(json, type, locale);
        return new Patch<>(values, json.asJsonObject().keySet());
    }

    @SuppressWarnings("unchecked")
    private static Class<? extends Record> recordType(Type genericType) {
        if (genericType instanceof ParameterizedType patch
                && patch.getActualTypeArguments()[0] instanceof Class<?> values && values.isRecord()) {
            return (Class<? extends Record>) values;
        }
        throw new IllegalStateException("A Patch parameter names its record: " + genericType);
    }

    private static Object bind(JsonValue value, Type type, String path, boolean multiLine, boolean secret) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        Class<?> raw = type instanceof ParameterizedType parameterized ? (Class<?>) parameterized.getRawType()
                : (Class<?>) type;
        if (raw == String.class) {
            if (!(value instanceof JsonString string)) {
                throw malformed(path, Kind.TEXT);
            }
            if (!PlainText.isTypable(string.getString(), multiLine)) {
                throw new InvalidBody(path, new Refusal(TextError.UNTYPABLE_CHARACTERS, path));
            }
            String text = Normalizer.normalize(string.getString(), Normalizer.Form.NFC);
            return secret ? text : text.strip();
        }
        if (raw == Integer.class) {
            if (!(value instanceof JsonNumber number) || !number.isIntegral()) {
                throw malformed(path, Kind.WHOLE_NUMBER);
            }
            try {
                return number.intValueExact();
            } catch (ArithmeticException tooLarge) {
                throw malformed(path, Kind.WHOLE_NUMBER);
            }
        }
        if (raw == Boolean.class) {
            if (value.getValueType() == JsonValue.ValueType.TRUE) {
                return true;
            }
            if (value.getValueType() == JsonValue.ValueType.FALSE) {
                return false;
            }
            throw malformed(path, Kind.TRUE_FALSE);
        }
        if (raw == List.class || raw == Set.class) {
            if (!(value instanceof JsonArray array)) {
                throw malformed(path, Kind.LIST);
            }
            Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
            List<Object> items = new ArrayList<>(array.size());
            for (int i = 0; i < array.size(); i++) {
                items.add(bind(array.get(i), element, path + "[" + i + "]", multiLine, secret));
            }
            return raw == Set.class ? Set.copyOf(new LinkedHashSet<>(items)) : items;
        }
        if (raw.isRecord()) {
            if (!(value instanceof JsonObject object)) {
                throw malformed(path, Kind.OBJECT);
            }
            return record(object, raw, path);
        }
        throw new IllegalStateException("A request body cannot hold " + type + " at " + path);
    }

    private static Object record(JsonObject object, Class<?> type, String at) {
        String path = at.isEmpty() ? "" : at + ".";
        RecordComponent[] components = type.getRecordComponents();
        List<String> names = Arrays.stream(components).map(RecordComponent::getName).toList();
        for (String field : object.keySet()) {
            if (!names.contains(field)) {
                throw new InvalidBody(path + field, new Refusal(ApiError.UNKNOWN_FIELD,
                        PlainText.shown(path + field, 60), String.join(", ", names)));
            }
        }
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent component = components[i];
            types[i] = component.getType();
            values[i] = bind(object.get(component.getName()), component.getGenericType(),
                    path + component.getName(), component.isAnnotationPresent(MultiLine.class),
                    component.isAnnotationPresent(Secret.class));
        }
        try {
            Constructor<?> canonical = type.getDeclaredConstructor(types);
            return canonical.newInstance(values);
        } catch (InvocationTargetException refused) {
            throw refused.getCause() instanceof RuntimeException runtime ? runtime
                    : new IllegalStateException(refused.getCause());
        } catch (ReflectiveOperationException defect) {
            throw new IllegalStateException("Cannot make a " + type.getName(), defect);
        }
    }

    private static InvalidBody malformed(String path, Kind kind) {
        return new InvalidBody(path, new Refusal(ApiError.FIELD_MALFORMED, path, kind));
    }

    private static void validate(Record body, Locale locale) {
        Set<ConstraintViolation<Record>> violations = validator(locale).validate(body);
        if (violations.isEmpty()) {
            return;
        }
        throw new InvalidBody(violations.stream()
                .sorted(Comparator.comparing((ConstraintViolation<Record> v) -> v.getPropertyPath().toString()))
                .map(v -> new FieldError(v.getPropertyPath().toString(), new Refusal(ApiError.FIELD_INVALID,
                        v.getPropertyPath().toString(), v.getMessage())))
                .toList());
    }

    private static Validator validator(Locale locale) {
        return VALIDATORS.computeIfAbsent(locale, language -> {
            MessageInterpolator interpolator = factory().getMessageInterpolator();
            return factory().usingContext().messageInterpolator(new MessageInterpolator() {
                @Override
                public String interpolate(String template, Context context) {
                    return interpolator.interpolate(template, context, language);
                }

                @Override
                public String interpolate(String template, Context context, Locale ignored) {
                    return interpolator.interpolate(template, context, language);
                }
            }).getValidator();
        });
    }

    /** The container's validator factory (its provider, its configuration); a default one outside it. */
    private static ValidatorFactory factory() {
        if (factory == null) {
            synchronized (StrictBodies.class) {
                if (factory == null) {
                    try {
                        factory = (ValidatorFactory) new InitialContext().lookup("java:comp/ValidatorFactory");
                    } catch (NamingException outsideTheContainer) {
                        factory = Validation.buildDefaultValidatorFactory();
                    }
                }
            }
        }
        return factory;
    }

    /** The JSON type a field must have, as the message names it in the reader's language. */
    enum Kind implements Localizable {
        TEXT("text"), WHOLE_NUMBER("whole-number"), TRUE_FALSE("true-false"), LIST("list"), OBJECT("object");

        private final String key;

        Kind(String key) {
            this.key = key;
        }

        @Override
        public String in(Locale locale) {
            return ResourceBundle.getBundle(ApiError.MALFORMED_BODY.bundle(), locale, Kind.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                    .getString("kind." + key);
        }
    }
}
