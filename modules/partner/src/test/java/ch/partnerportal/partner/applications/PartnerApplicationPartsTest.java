package ch.partnerportal.partner.applications;

import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.partner.api.PartnerError;
import ch.partnerportal.partner.applications.entity.RegisterNumber;
import ch.partnerportal.partner.applications.entity.Website;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** PAR-1: a partner is a registered company with an active website; the parts of its application. */
class PartnerApplicationPartsTest {

    private static void refused(PartnerError expected, Executable action) {
        assertThatThrownBy(action::execute).isInstanceOf(Refusal.class)
                .extracting(e -> ((Refusal) e).errorCode()).isEqualTo(expected);
    }

    @Test
    void PAR_1_aSwissUidPassesItsModulo11CheckDigitInWhicheverWayItIsWritten() throws Refusal {
        assertThat(RegisterNumber.parse("CH", "CHE-123.456.788").number()).isEqualTo("CHE-123.456.788");
        assertThat(RegisterNumber.parse("ch", " che 123 456 788 mwst ").number()).isEqualTo("CHE-123.456.788");
        assertThat(RegisterNumber.parse("CH", "CHE116281710").number()).as("check digit 11 stands for 0")
                .isEqualTo("CHE-116.281.710");
        refused(PartnerError.UID_CHECK_DIGIT, () -> RegisterNumber.parse("CH", "CHE-123.456.789"));
        refused(PartnerError.UID_CHECK_DIGIT, () -> RegisterNumber.parse("CH", "CHE-105.805.080"));
        refused(PartnerError.UID_MALFORMED, () -> RegisterNumber.parse("CH", "CHE-123.456.78"));
        refused(PartnerError.UID_MALFORMED, () -> RegisterNumber.parse("CH", "123.456.788"));
    }

    @Test
    void PAR_1_aSwissUidWhoseCheckWouldBeTenIsNeverIssued() throws Refusal {
        // 1,0,0,0,0,0,0,1 weighs 5 + 4 = 9, so its digit is 11 - 9 = 2; 9,0,0,0,0,0,0,0 weighs 45, 1 over
        // a multiple of 11, and would ask for 10: whatever its ninth digit, it is no UID
        assertThat(RegisterNumber.parse("CH", "CHE-100.000.012").number()).isEqualTo("CHE-100.000.012");
        for (int digit = 0; digit <= 9; digit++) {
            int last = digit;
            refused(PartnerError.UID_CHECK_DIGIT, () -> RegisterNumber.parse("CH", "CHE-900.000.00" + last));
        }
    }

    @Test
    void PAR_1_aFrenchSiretPassesLuhnAndLaPostesEstablishmentsTheirDigitSum() throws Refusal {
        assertThat(RegisterNumber.parse("FR", "732 829 320 00074").number()).isEqualTo("73282932000074");
        refused(PartnerError.SIRET_CHECK_DIGIT, () -> RegisterNumber.parse("FR", "73282932000075"));
        assertThat(RegisterNumber.parse("FR", "35600000000048").number()).as("La Poste's head office, Luhn")
                .isEqualTo("35600000000048");
        assertThat(RegisterNumber.parse("FR", "35600000049837").number()).as("a post office: 3+5+6+4+9+8+3+7 = 45")
                .isEqualTo("35600000049837");
        refused(PartnerError.SIRET_CHECK_DIGIT, () -> RegisterNumber.parse("FR", "35600000049838"));
        refused(PartnerError.SIRET_MALFORMED, () -> RegisterNumber.parse("FR", "7328293200007"));
        refused(PartnerError.SIRET_MALFORMED, () -> RegisterNumber.parse("FR", "7328293200007A"));
    }

    @Test
    void PAR_1_anotherCountrysRegisterIsTakenWithItsCountryForItsFormOnly() throws Refusal {
        RegisterNumber german = RegisterNumber.parse("de", "HRB 12345 B");
        assertThat(german.country()).isEqualTo("DE");
        assertThat(german.number()).isEqualTo("HRB 12345 B");
        refused(PartnerError.REGISTER_COUNTRY_UNKNOWN, () -> RegisterNumber.parse("XX", "HRB 12345"));
        refused(PartnerError.REGISTER_COUNTRY_UNKNOWN, () -> RegisterNumber.parse(null, "HRB 12345"));
        refused(PartnerError.REGISTER_NUMBER_MALFORMED, () -> RegisterNumber.parse("DE", "H"));
        refused(PartnerError.REGISTER_NUMBER_MALFORMED, () -> RegisterNumber.parse("DE", "HRB <script>"));
        refused(PartnerError.REGISTER_NUMBER_MALFORMED, () -> RegisterNumber.parse("DE", "1".repeat(41)));
    }

    @Test
    void PAR_1_theWebsiteIsAnHttpsAddressOnAPublicDomainName() throws Refusal {
        assertThat(Website.parse(" https://WWW.Rossi.ch ").url()).isEqualTo("https://www.rossi.ch/");
        assertThat(Website.parse("https://rossi.ch/partner?lang=de").url()).isEqualTo("https://rossi.ch/partner?lang=de");
        refused(PartnerError.WEBSITE_INVALID, () -> Website.parse("http://www.rossi.ch"));
        refused(PartnerError.WEBSITE_INVALID, () -> Website.parse("www.rossi.ch"));
        refused(PartnerError.WEBSITE_INVALID, () -> Website.parse("https://localhost/"));
        refused(PartnerError.WEBSITE_INVALID, () -> Website.parse("https://192.0.2.10/"));
        refused(PartnerError.WEBSITE_INVALID, () -> Website.parse("https://anna:secret@rossi.ch/"));
        refused(PartnerError.WEBSITE_INVALID, () -> Website.parse(null));
        refused(PartnerError.WEBSITE_INVALID, () -> Website.parse("https://rossi.ch/" + "a".repeat(2000)));
    }
}
