package ch.partnerportal.api.boundary;

import ch.partnerportal.api.bodies.Confirmation;
import ch.partnerportal.api.bodies.MemberChange;
import ch.partnerportal.api.bodies.NewMailbox;
import ch.partnerportal.api.bodies.NewOrder;
import ch.partnerportal.api.bodies.OrganizationChange;
import ch.partnerportal.api.bodies.Patch;
import ch.partnerportal.api.bodies.RefundInstruction;
import ch.partnerportal.api.problems.InvalidBody;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class StrictBodiesTest {

    private static JsonValue json(String text) {
        return Json.createReader(new StringReader(text)).readValue();
    }

    private static InvalidBody refused(String body, Class<? extends Record> type, Locale locale) {
        return catchThrowableOfType(InvalidBody.class, () -> StrictBodies.read(json(body), type, locale));
    }

    private static List<String> codes(InvalidBody invalid) {
        return invalid.errors().stream().map(e -> e.field() + " " + e.refusal().errorCode().code()).toList();
    }

    @Test
    void API_3_aBodyIsReadIntoItsRecordNestedListsIncludedWithTextNormalized() {
        NewOrder order = StrictBodies.read(json("""
                {"items": [{"type": "domain-ch", "label": "  Cafe\\u0301.ch ", "years": 2},
                           {"type": "kdrive", "label": "Team", "months": 3}]}"""), NewOrder.class, Locale.ENGLISH);

        assertThat(order.items()).hasSize(2);
        assertThat(order.items().get(0).label()).as("NFC, trimmed").isEqualTo("Caf\u00e9.ch");
        assertThat(order.items().get(0).years()).isEqualTo(2);
        assertThat(order.items().get(0).months()).isNull();
        assertThat(order.items().get(1).months()).isEqualTo(3);
    }

    @Test
    void IDN_2_aPasswordIsTakenAsTypedSpacesIncludedOnlyBroughtToNfc() {
        NewMailbox mailbox = StrictBodies.read(json("""
                {"address": " anna@rossi.ch ", "password": "  Kiosk Cafe\u0301 2026 "}"""), NewMailbox.class,
                Locale.ENGLISH);

        assertThat(mailbox.address()).isEqualTo("anna@rossi.ch");
        assertThat(mailbox.password()).as("the secret the mail client will send").isEqualTo("  Kiosk Caf\u00e9 2026 ");
    }

    @Test
    void API_3_anUnknownFieldIsRefusedWithItsPathAndTheFieldsTheRequestTakes() {
        InvalidBody invalid = refused("{\"items\": [{\"type\": \"kdrive\", \"colour\": \"red\"}]}", NewOrder.class,
                Locale.ENGLISH);

        assertThat(codes(invalid)).containsExactly("items[0].colour API-011");
        assertThat(invalid.refusal().message(Locale.ENGLISH)).contains("items[0].colour", "type, label, years, months");
    }

    @Test
    void API_3_aValueOfAnotherTypeIsRefusedNotCoercedAndTheKindIsNamedInTheReadersLanguage() {
        assertThat(codes(refused("{\"name\": 5}", OrganizationChange.class, Locale.ENGLISH)))
                .containsExactly("name API-012");
        assertThat(codes(refused("{\"items\": [{\"type\": \"kdrive\", \"years\": \"2\"}]}", NewOrder.class,
                Locale.ENGLISH))).containsExactly("items[0].years API-012");
        assertThat(codes(refused("{\"items\": [{\"type\": \"kdrive\", \"years\": 1.5}]}", NewOrder.class,
                Locale.ENGLISH))).containsExactly("items[0].years API-012");
        assertThat(codes(refused("{\"allLines\": 1}", RefundInstruction.class, Locale.ENGLISH)))
                .containsExactly("allLines API-012");
        assertThat(codes(refused("{\"permissions\": \"mail\"}", MemberChange.class, Locale.ENGLISH)))
                .containsExactly("permissions API-012");

        InvalidBody german = refused("{\"items\": {}}", NewOrder.class, Locale.GERMAN);
        assertThat(german.refusal().message(Locale.GERMAN)).isEqualTo("Das Feld «items» muss eine Liste sein.");
    }

    @Test
    void API_3_aBodyThatIsNoObjectIsMalformed() {
        assertThat(codes(refused("[1, 2]", NewOrder.class, Locale.ENGLISH))).containsExactly("null API-001");
        assertThat(codes(refused("\"text\"", NewOrder.class, Locale.ENGLISH))).containsExactly("null API-001");
    }

    @Test
    void API_3_textNobodyTypesIsRefusedAndLineBreaksOnlyWhereTheFieldSpansLines() {
        assertThat(codes(refused("{\"name\": \"Acme\\r\\nAG\"}", OrganizationChange.class, Locale.ENGLISH)))
                .containsExactly("name TXT-001");
        assertThat(codes(refused("{\"name\": \"\\u202eGA emcA\"}", OrganizationChange.class, Locale.ENGLISH)))
                .containsExactly("name TXT-001");

        RefundInstruction refund = StrictBodies.read(json("{\"reason\": \"Twice billed.\\nSee ticket 12.\"}"),
                RefundInstruction.class, Locale.ENGLISH);
        assertThat(refund.reason()).isEqualTo("Twice billed.\nSee ticket 12.");
        assertThat(codes(refused("{\"reason\": \"a\\u0000b\"}", RefundInstruction.class, Locale.ENGLISH)))
                .containsExactly("reason TXT-001");
    }

    @Test
    void API_3_beanValidationNamesEveryFieldInErrorInTheReadersLanguage() {
        InvalidBody missing = refused("{}", Confirmation.class, Locale.ENGLISH);
        assertThat(codes(missing)).containsExactly("answer API-016");
        assertThat(missing.refusal().message(Locale.ENGLISH)).isEqualTo(
                "The field \"answer\" is not valid: must not be null.");

        String slugs = "\"" + "mail\", \"".repeat(25) + "mail\"";
        InvalidBody both = refused("{\"permissions\": [" + slugs + "], \"contacts\": [" + slugs + "]}",
                MemberChange.class, Locale.FRENCH);
        assertThat(codes(both)).containsExactly("contacts API-016", "permissions API-016");
        assertThat(both.refusal().message(Locale.FRENCH)).startsWith("Le champ « contacts » n’est pas valide : ")
                .contains("20");
    }

    @Test
    void API_3_aMergePatchTellsAFieldSetToNullFromAFieldLeftOut() {
        Patch<OrganizationChange> patch = StrictBodies.patch(json("{\"vatNumber\": null, \"city\": \"Bern\"}"),
                OrganizationChange.class, Locale.ENGLISH);

        assertThat(patch.has("vatNumber")).isTrue();
        assertThat(patch.values().vatNumber()).isNull();
        assertThat(patch.has("street")).isFalse();
        assertThat(patch.values().city()).isEqualTo("Bern");
    }
}
