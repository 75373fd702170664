package ch.partnerportal.partner.relationships;

import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.partner.api.PartnerError;
import ch.partnerportal.partner.relationships.entity.Access;
import ch.partnerportal.partner.relationships.entity.Elevation;
import ch.partnerportal.partner.relationships.entity.ElevationStatus;
import ch.partnerportal.partner.relationships.entity.Relationship;
import ch.partnerportal.partner.relationships.entity.ScopeItem;
import ch.partnerportal.partner.relationships.entity.Side;
import ch.partnerportal.tenancy.api.ProductAccess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Just-in-time elevation beyond a limited access (PAR-4): asked, answered, holding for its hours, ended. */
class ElevationTest {

    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.parse("2026-12-06");
    private static final Access MAILBOX = new Access(false, false,
            List.of(new ScopeItem(ProductAccess.MAIL, "mailbox-1", true, false)));

    private static void refused(PartnerError expected, Executable action) {
        assertThatThrownBy(action::execute).isInstanceOf(Refusal.class)
                .extracting(e -> ((Refusal) e).errorCode()).isEqualTo(expected);
    }

    private static Relationship active() throws Refusal {
        Relationship relationship = Relationship.offeredByClient("partner-org", "client-org",
                new Access(false, false, List.of(new ScopeItem(ProductAccess.DOMAINS, "domain-1", false, true))),
                null, null, "maria@client.ch", NOW, TODAY);
        relationship.accept(Side.PARTNER, null, null, null, "anna@partner.ch", NOW, TODAY);
        return relationship;
    }

    private static Elevation asked(Access access, int hours) throws Refusal {
        return Elevation.asked(active(), "account-1", "luca@partner.ch", access, hours, "The mail is down", NOW);
    }

    @Test
    void PAR_4_anElevationHoldsFromItsApprovalForTheHoursAskedAndThenEndsByItself() throws Refusal {
        Elevation elevation = asked(MAILBOX, 2);
        assertThat(elevation.statusAt(NOW)).isEqualTo(ElevationStatus.PENDING);
        assertThat(elevation.holdsAt(NOW)).as("nothing added before the client approves").isFalse();

        Instant approved = NOW.plus(Duration.ofMinutes(30));
        elevation.approve("maria@client.ch", "Go ahead", approved);

        assertThat(elevation.endsAt()).isEqualTo(approved.plus(Duration.ofHours(2)));
        assertThat(elevation.holdsAt(approved)).isTrue();
        assertThat(elevation.holdsAt(approved.plus(Duration.ofHours(2)).minusSeconds(1))).isTrue();
        assertThat(elevation.holdsAt(approved.plus(Duration.ofHours(2)))).as("it ends at its hour").isFalse();
        assertThat(elevation.statusAt(approved.plus(Duration.ofHours(2)))).isEqualTo(ElevationStatus.ENDED);
    }

    @Test
    void PAR_4_theRunRecordsAnEndOnceAndAtItsHour() throws Refusal {
        Elevation elevation = asked(MAILBOX, 1);
        elevation.approve("maria@client.ch", null, NOW);
        assertThat(elevation.lapse(NOW.plus(Duration.ofMinutes(59)))).as("still running").isNull();

        Instant later = NOW.plus(Duration.ofHours(3));
        assertThat(elevation.lapse(later)).isEqualTo(ElevationStatus.ENDED);
        assertThat(elevation.endedAt()).as("ended at its hour, not when the run saw it")
                .isEqualTo(NOW.plus(Duration.ofHours(1)));
        assertThat(elevation.lapse(later.plusSeconds(300))).as("recorded once").isNull();
    }

    @Test
    void PAR_4_aRequestNobodyAnswersLapsesAfter24Hours() throws Refusal {
        Elevation elevation = asked(Access.full(false), 4);
        Instant lapsed = NOW.plus(Elevation.ANSWER_WITHIN);

        assertThat(elevation.statusAt(lapsed.minusSeconds(1))).isEqualTo(ElevationStatus.PENDING);
        assertThat(elevation.statusAt(lapsed)).isEqualTo(ElevationStatus.EXPIRED);
        refused(PartnerError.ELEVATION_EXPIRED, () -> elevation.approve("maria@client.ch", null, lapsed));
        assertThat(elevation.lapse(lapsed)).isEqualTo(ElevationStatus.EXPIRED);
        assertThat(elevation.holdsAt(lapsed)).isFalse();
    }

    @Test
    void PAR_4_anElevationLongerThanAllowedOrWithoutAReasonIsRefused() throws Refusal {
        Relationship relationship = active();
        refused(PartnerError.ELEVATION_HOURS, () -> Elevation.asked(relationship, "account-1", "luca@partner.ch",
                MAILBOX, Elevation.MAX_HOURS + 1, "All day and night", NOW));
        refused(PartnerError.ELEVATION_HOURS, () -> Elevation.asked(relationship, "account-1", "luca@partner.ch",
                MAILBOX, 0, "No time at all", NOW));
        refused(PartnerError.ELEVATION_REASON, () -> Elevation.asked(relationship, "account-1", "luca@partner.ch",
                MAILBOX, 2, "   ", NOW));
        refused(PartnerError.ELEVATION_REASON, () -> Elevation.asked(relationship, "account-1", "luca@partner.ch",
                MAILBOX, 2, "x".repeat(Elevation.REASON_LENGTH + 1), NOW));
        refused(PartnerError.BILLING_NEEDS_FULL_ACCESS, () -> Elevation.asked(relationship, "account-1",
                "luca@partner.ch", Access.full(true), 2, "Pay the invoices", NOW));
        refused(PartnerError.SCOPE_NO_RIGHT, () -> Elevation.asked(relationship, "account-1", "luca@partner.ch",
                new Access(false, false, List.of(new ScopeItem(ProductAccess.MAIL, "mailbox-1", false, false))), 2,
                "Nothing at all", NOW));
    }

    @Test
    void PAR_4_anElevationIsAnsweredOnceAndEndedOnlyWhileItWaitsOrRuns() throws Refusal {
        Elevation refusedOne = asked(MAILBOX, 2);
        refusedOne.refuse("maria@client.ch", "Not today", NOW);
        assertThat(refusedOne.statusAt(NOW)).isEqualTo(ElevationStatus.REFUSED);
        refused(PartnerError.ELEVATION_NOT_PENDING, () -> refusedOne.approve("maria@client.ch", null, NOW));
        refused(PartnerError.ELEVATION_NOT_OPEN, () -> refusedOne.end("maria@client.ch", NOW));

        Elevation withdrawn = asked(MAILBOX, 2);
        assertThat(withdrawn.end("luca@partner.ch", NOW)).isEqualTo(ElevationStatus.PENDING);
        assertThat(withdrawn.statusAt(NOW)).isEqualTo(ElevationStatus.WITHDRAWN);

        Elevation endedSooner = asked(MAILBOX, 8);
        endedSooner.approve("maria@client.ch", null, NOW);
        Instant sooner = NOW.plus(Duration.ofHours(1));
        assertThat(endedSooner.end("maria@client.ch", sooner)).isEqualTo(ElevationStatus.APPROVED);
        assertThat(endedSooner.holdsAt(sooner)).isFalse();
        assertThat(endedSooner.endedAt()).isEqualTo(sooner);
        assertThat(endedSooner.lapse(NOW.plus(Duration.ofHours(9)))).as("nothing left for the run").isNull();
    }
}
