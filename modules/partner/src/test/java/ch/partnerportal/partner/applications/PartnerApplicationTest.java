package ch.partnerportal.partner.applications;

import ch.partnerportal.kernel.Currency;
import ch.partnerportal.kernel.Money;
import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.partner.api.ApplicationView;
import ch.partnerportal.partner.api.PartnerError;
import ch.partnerportal.partner.applications.entity.ApplicationStatus;
import ch.partnerportal.partner.applications.entity.PartnerApplication;
import ch.partnerportal.partner.applications.entity.RegisterNumber;
import ch.partnerportal.partner.applications.entity.Threshold;
import ch.partnerportal.partner.applications.entity.Website;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** PAR-1: the application from pending to its decision, the threshold and the yearly review. */
class PartnerApplicationTest {

    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");

    private static void refused(PartnerError expected, Executable action) {
        assertThatThrownBy(action::execute).isInstanceOf(Refusal.class)
                .extracting(e -> ((Refusal) e).errorCode()).isEqualTo(expected);
    }

    private static PartnerApplication applied(String managed, String committed) throws Refusal {
        Currency currency = Currency.CHF;
        return PartnerApplication.submitted("org-1", RegisterNumber.parse("CH", "CHE-109.322.551"),
                Website.parse("https://www.rossi.ch"), "2026-12", "account-1", "anna@rossi.ch",
                Money.of(managed, currency), PartnerApplication.committed(committed, currency), NOW);
    }

    @Test
    void PAR_1_theThresholdIsChf2000OrEur1800AYearAndReachingItIsEnough() {
        assertThat(Threshold.of(Currency.CHF)).isEqualTo(Money.of("2000.00", Currency.CHF));
        assertThat(Threshold.of(Currency.EUR)).isEqualTo(Money.of("1800.00", Currency.EUR));
        assertThat(Threshold.met(Money.of("2000.00", Currency.CHF))).isTrue();
        assertThat(Threshold.met(Money.of("1999.95", Currency.CHF))).isFalse();
        assertThat(Threshold.met(Money.of("1800.00", Currency.EUR))).isTrue();
        assertThat(Threshold.met(Money.of("1999.99", Currency.EUR))).as("EUR's own threshold").isTrue();
    }

    @Test
    void PAR_1_belowTheThresholdAnOrganizationAppliesWithAYearlyVolumeThatReachesIt() throws Refusal {
        refused(PartnerError.COMMITMENT_REQUIRED, () -> applied("360.20", null));
        refused(PartnerError.COMMITMENT_REQUIRED, () -> applied("360.20", "1999.95"));
        refused(PartnerError.AMOUNT_INVALID, () -> applied("360.20", "0"));
        refused(PartnerError.AMOUNT_INVALID, () -> applied("360.20", "2'400"));
        refused(PartnerError.AMOUNT_INVALID, () -> applied("360.20", "-2400"));
        ApplicationView below = applied("360.20", "2400,50").view("Rossi SA");
        assertThat(below.committedValue()).isEqualTo(Money.of("2400.50", Currency.CHF));
        assertThat(below.status()).isEqualTo("pending");
        assertThat(below.conditionsVersion()).isEqualTo("2026-12");
        assertThat(below.conditionsAcceptedAt()).isEqualTo(NOW);
        assertThat(applied("2083.20", null).view("Rossi SA").committedValue()).as("above it none is needed").isNull();
    }

    @Test
    void PAR_1_aPlatformAdministratorDecidesOnceWithAReason() throws Refusal {
        PartnerApplication application = applied("2083.20", null);
        refused(PartnerError.REASON_REQUIRED, () -> application.approve("admin", " ", NOW));
        refused(PartnerError.REASON_REQUIRED, () -> application.approve("admin", "x".repeat(1001), NOW));
        assertThat(application.status()).isEqualTo(ApplicationStatus.PENDING);
        application.approve("admin", " Register checked ", NOW);
        assertThat(application.status()).isEqualTo(ApplicationStatus.APPROVED);
        assertThat(application.decisionReason()).isEqualTo("Register checked");
        refused(PartnerError.APPLICATION_NOT_PENDING, () -> application.refuse("admin", "Late", NOW));
        refused(PartnerError.APPLICATION_NOT_PENDING, () -> application.withdraw("anna@rossi.ch", NOW));
        application.revoke("admin", "Conditions not met", NOW);
        assertThat(application.status()).isEqualTo(ApplicationStatus.REVOKED);
        assertThat(application.status().open()).as("a new application may follow").isFalse();
        refused(PartnerError.NOT_A_PARTNER, () -> application.revoke("admin", "Again", NOW));
    }

    @Test
    void PAR_1_onlyAPendingApplicationIsWithdrawnAndARefusedOneIsNoPartner() throws Refusal {
        PartnerApplication refused = applied("2083.20", null);
        refused.refuse("admin", "Website unreachable", NOW);
        assertThat(refused.status().open()).isFalse();
        refused(PartnerError.NOT_A_PARTNER, () -> refused.revoke("admin", "No", NOW));
        PartnerApplication withdrawn = applied("2083.20", null);
        withdrawn.withdraw("anna@rossi.ch", NOW);
        assertThat(withdrawn.status()).isEqualTo(ApplicationStatus.WITHDRAWN);
        refused(PartnerError.APPLICATION_NOT_PENDING, () -> withdrawn.approve("admin", "Too late", NOW));
    }

    @Test
    void PAR_1_theYearlyReviewGivesAPartnerBelowTheThresholdItsGraceOnceAndClearsItAboveIt() throws Refusal {
        PartnerApplication partner = applied("2083.20", null);
        partner.approve("admin", "Checked", NOW);
        assertThat(partner.dueForReview(NOW.plus(Duration.ofDays(364)))).isFalse();
        assertThat(partner.dueForReview(NOW.plus(Duration.ofDays(365)))).isTrue();
        Instant review = NOW.plus(Duration.ofDays(365));
        Duration grace = Duration.ofDays(90);
        assertThat(partner.reviewed(Money.of("1500.00", Currency.CHF), grace, review)).as("first found below").isTrue();
        assertThat(partner.graceUntil()).isEqualTo(review.plus(grace));
        assertThat(partner.dueForReview(review.plus(Duration.ofDays(1)))).as("reviewed a year from now").isFalse();
        assertThat(partner.reviewed(Money.of("1400.00", Currency.CHF), grace, review.plus(Duration.ofDays(10))))
                .as("told once").isFalse();
        assertThat(partner.graceUntil()).as("the grace runs from the first review below").isEqualTo(review.plus(grace));
        assertThat(partner.reviewed(Money.of("2100.00", Currency.CHF), grace, review.plus(Duration.ofDays(20)))).isFalse();
        assertThat(partner.graceUntil()).isNull();
        assertThat(partner.view("Rossi SA").reviewedValue()).isEqualTo(Money.of("2100.00", Currency.CHF));
    }

    @Test
    void PAR_1_theResellerConditionsExistInEveryLanguageOfThePortal() {
        for (String language : ch.partnerportal.kernel.Languages.SUPPORTED) {
            String text = ch.partnerportal.partner.applications.control.ResellerConditions.text(Locale.forLanguageTag(language));
            assertThat(text).as(language).contains("2026-12").contains("2000").contains("1800").contains("90");
        }
    }
}
