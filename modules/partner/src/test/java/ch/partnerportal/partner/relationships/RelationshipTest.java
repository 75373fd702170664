package ch.partnerportal.partner.relationships;

import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.partner.api.PartnerError;
import ch.partnerportal.partner.relationships.entity.Access;
import ch.partnerportal.partner.relationships.entity.Relationship;
import ch.partnerportal.partner.relationships.entity.RelationshipStatus;
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

/** PAR-3 to PAR-5, PAR-10: a relationship from its request to its end, and the access it carries. */
class RelationshipTest {

    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.parse("2026-12-06");
    private static final String PARTNER = "partner-org";
    private static final String CLIENT = "client-org";

    private static void refused(PartnerError expected, Executable action) {
        assertThatThrownBy(action::execute).isInstanceOf(Refusal.class)
                .extracting(e -> ((Refusal) e).errorCode()).isEqualTo(expected);
    }

    private static Access limited(ScopeItem... items) {
        return new Access(false, false, List.of(items));
    }

    private static ScopeItem mailbox(String id, boolean technical, boolean statistics) {
        return new ScopeItem(ProductAccess.MAIL, id, technical, statistics);
    }

    private static Relationship invitation() throws Refusal {
        return Relationship.requestedByPartner(PARTNER, CLIENT,
                limited(new ScopeItem(ProductAccess.WEB_HOSTING, null, true, true)), "We run your sites",
                "anna@partner.ch", NOW);
    }

    @Test
    void PAR_3_aPartnerAsksForCategoriesAndTheClientGrantsOtherAccessThanAsked() throws Refusal {
        Relationship relationship = invitation();
        assertThat(relationship.status()).isEqualTo(RelationshipStatus.PENDING);
        assertThat(relationship.grantedAccess()).as("nothing granted before the client answers").isNull();
        refused(PartnerError.SCOPE_PRODUCT_REQUIRED, () -> relationship.accept(Side.CLIENT, null, null, null,
                "maria@client.ch", NOW, TODAY));

        Access other = limited(mailbox("mailbox-1", false, true));
        relationship.accept(Side.CLIENT, other, TODAY.plusMonths(6), "Only the statistics of the mailbox",
                "maria@client.ch", NOW.plusSeconds(60), TODAY);

        assertThat(relationship.status()).isEqualTo(RelationshipStatus.ACTIVE);
        assertThat(relationship.requested().items()).extracting(ScopeItem::category)
                .containsExactly(ProductAccess.WEB_HOSTING);
        assertThat(relationship.grantedAccess().items()).extracting(ScopeItem::productId).containsExactly("mailbox-1");
        assertThat(relationship.requestNote()).isEqualTo("We run your sites");
        assertThat(relationship.answerNote()).isEqualTo("Only the statistics of the mailbox");
        assertThat(relationship.grantEndsOn()).isEqualTo(TODAY.plusMonths(6));
    }

    @Test
    void PAR_3_aPartnerCannotBeItsOwnClientNorAnswerItsOwnRequest() throws Refusal {
        refused(PartnerError.SELF_RELATIONSHIP, () -> Relationship.requestedByPartner(PARTNER, PARTNER,
                Access.full(false), null, "anna@partner.ch", NOW));
        Relationship relationship = invitation();
        refused(PartnerError.ANSWER_BY_OTHER_SIDE, () -> relationship.accept(Side.PARTNER, null, null, null,
                "anna@partner.ch", NOW, TODAY));
        refused(PartnerError.ANSWER_BY_OTHER_SIDE, () -> relationship.refuse(Side.PARTNER, null, "anna@partner.ch", NOW));
    }

    @Test
    void PAR_4_limitedAccessNamesProductsWithARightAndOnlyFullAccessEntrustsBilling() {
        refused(PartnerError.SCOPE_EMPTY, () -> limited().checked(true));
        refused(PartnerError.SCOPE_NO_RIGHT, () -> limited(mailbox("mailbox-1", false, false)).checked(true));
        refused(PartnerError.SCOPE_DUPLICATE, () -> limited(mailbox("mailbox-1", true, false),
                mailbox("mailbox-1", false, true)).checked(true));
        refused(PartnerError.SCOPE_PRODUCT_REQUIRED, () -> limited(mailbox(null, true, false)).checked(true));
        refused(PartnerError.UNKNOWN_CATEGORY, () -> limited(new ScopeItem(ProductAccess.BILLING, null, true, false))
                .checked(false));
        refused(PartnerError.BILLING_NEEDS_FULL_ACCESS, () -> new Access(false, true,
                List.of(mailbox("mailbox-1", true, false))).checked(true));
        refused(PartnerError.SCOPE_FULL_WITH_PRODUCTS, () -> new Access(true, false,
                List.of(mailbox("mailbox-1", true, false))).checked(true));
    }

    @Test
    void PAR_4_whatAClientOffersIsWhatItGrantsWhenThePartnerAccepts() throws Refusal {
        Relationship relationship = Relationship.offeredByClient(PARTNER, CLIENT, Access.full(true), null,
                "Please take over", "maria@client.ch", NOW, TODAY);
        assertThat(relationship.grantedAccess().full()).isTrue();
        refused(PartnerError.ONLY_CLIENT_GRANTS, () -> relationship.accept(Side.PARTNER,
                limited(mailbox("mailbox-1", true, true)), null, null, "anna@partner.ch", NOW, TODAY));

        relationship.accept(Side.PARTNER, null, null, null, "anna@partner.ch", NOW, TODAY);

        assertThat(relationship.activeOn(TODAY)).isTrue();
        assertThat(relationship.grantedAccess()).isEqualTo(Access.full(true));
    }

    @Test
    void PAR_4_theClientChangesTheAccessAtAnyMomentAndAGrantEndsOnItsDay() throws Refusal {
        Relationship relationship = Relationship.offeredByClient(PARTNER, CLIENT, Access.full(false),
                TODAY.plusDays(20), null, "maria@client.ch", NOW, TODAY);
        refused(PartnerError.RELATIONSHIP_NOT_ACTIVE, () -> relationship.changeAccess(Access.full(false), null,
                "maria@client.ch", NOW, TODAY));
        relationship.accept(Side.PARTNER, null, null, null, "anna@partner.ch", NOW, TODAY);

        relationship.changeAccess(limited(mailbox("mailbox-1", true, false)), TODAY.plusDays(20), "maria@client.ch",
                NOW.plusSeconds(60), TODAY);
        assertThat(relationship.grantedAccess().full()).isFalse();
        refused(PartnerError.GRANT_END_PAST, () -> relationship.changeAccess(Access.full(false), TODAY,
                "maria@client.ch", NOW, TODAY));

        assertThat(relationship.reminderDue(TODAY)).as("20 days before").isNull();
        assertThat(relationship.reminderDue(TODAY.plusDays(6))).isEqualTo(14);
        relationship.reminded(14);
        assertThat(relationship.reminderDue(TODAY.plusDays(7))).as("sent once").isNull();
        assertThat(relationship.reminderDue(TODAY.plusDays(17))).isEqualTo(3);
        relationship.reminded(3);
        assertThat(relationship.reminderDue(TODAY.plusDays(18))).isNull();

        assertThat(relationship.activeOn(TODAY.plusDays(19))).isTrue();
        assertThat(relationship.activeOn(TODAY.plusDays(20))).as("from its end date").isFalse();
        assertThat(relationship.statusAt(NOW, TODAY.plusDays(20))).isEqualTo(RelationshipStatus.ENDED);
        assertThat(relationship.endIfGrantOver(NOW, TODAY.plusDays(19))).isFalse();
        assertThat(relationship.endIfGrantOver(NOW, TODAY.plusDays(20))).isTrue();
        assertThat(relationship.openPairKey()).as("the pair is free for a new request").isNull();
    }

    @Test
    void PAR_4_theClientRenewsAGrantInOneStep() throws Refusal {
        Relationship relationship = Relationship.offeredByClient(PARTNER, CLIENT, Access.full(false),
                TODAY.plusDays(10), null, "maria@client.ch", NOW, TODAY);
        relationship.accept(Side.PARTNER, null, null, null, "anna@partner.ch", NOW, TODAY);
        relationship.reminded(14);

        relationship.renew(TODAY.plusYears(1), "maria@client.ch", NOW, TODAY);

        assertThat(relationship.grantEndsOn()).isEqualTo(TODAY.plusYears(1));
        assertThat(relationship.reminderDue(TODAY.plusYears(1).minusDays(14))).as("reminded again").isEqualTo(14);
        relationship.renew(null, "maria@client.ch", NOW, TODAY);
        assertThat(relationship.activeOn(TODAY.plusYears(5))).isTrue();
        refused(PartnerError.GRANT_END_PAST, () -> relationship.renew(TODAY.minusDays(1), "maria@client.ch", NOW, TODAY));
    }

    @Test
    void PAR_5_aRequestIsAnsweredOnceResentOrWithdrawnByItsSenderAndExpiresAfter30Days() throws Refusal {
        Relationship relationship = invitation();
        refused(PartnerError.ONLY_SENDER, () -> relationship.resend(Side.CLIENT, NOW));
        Instant later = NOW.plus(Duration.ofDays(20));
        relationship.resend(Side.PARTNER, later);
        assertThat(relationship.expiresAt()).isEqualTo(later.plus(Relationship.REQUEST_VALIDITY));

        Instant lapsed = relationship.expiresAt();
        assertThat(relationship.statusAt(lapsed, TODAY)).isEqualTo(RelationshipStatus.EXPIRED);
        refused(PartnerError.REQUEST_EXPIRED, () -> relationship.accept(Side.CLIENT, Access.full(false), null, null,
                "maria@client.ch", lapsed, TODAY));
        assertThat(relationship.status()).as("nothing changed").isEqualTo(RelationshipStatus.PENDING);
        assertThat(relationship.expireIfDue(lapsed.minusSeconds(1))).isFalse();
        assertThat(relationship.expireIfDue(lapsed)).isTrue();
        assertThat(relationship.openPairKey()).isNull();

        Relationship other = invitation();
        other.withdraw(Side.PARTNER, "anna@partner.ch", NOW);
        refused(PartnerError.REQUEST_NOT_PENDING, () -> other.accept(Side.CLIENT, Access.full(false), null, null,
                "maria@client.ch", NOW, TODAY));
        Relationship answered = invitation();
        answered.accept(Side.CLIENT, Access.full(false), null, null, "maria@client.ch", NOW, TODAY);
        refused(PartnerError.REQUEST_NOT_PENDING, () -> answered.accept(Side.CLIENT, Access.full(false), null, null,
                "maria@client.ch", NOW, TODAY));
        refused(PartnerError.REQUEST_NOT_PENDING, () -> answered.withdraw(Side.PARTNER, "anna@partner.ch", NOW));
    }

    @Test
    void PAR_5_aNoteHasAtMost1000Characters() {
        refused(PartnerError.NOTE_TOO_LONG, () -> Relationship.requestedByPartner(PARTNER, CLIENT, Access.full(false),
                "x".repeat(1001), "anna@partner.ch", NOW));
    }

    @Test
    void PAR_10_eitherSideStopsAnActiveRelationshipAndItStaysEnded() throws Refusal {
        for (Side side : Side.values()) {
            Relationship relationship = invitation();
            refused(PartnerError.RELATIONSHIP_NOT_ACTIVE, () -> relationship.end(side, "x", NOW, TODAY));
            relationship.accept(Side.CLIENT, Access.full(false), null, null, "maria@client.ch", NOW, TODAY);

            relationship.end(side, "someone@" + side.slug() + ".ch", NOW, TODAY);

            assertThat(relationship.status()).isEqualTo(RelationshipStatus.ENDED);
            assertThat(relationship.endedBySide()).isEqualTo(side);
            assertThat(relationship.openPairKey()).isNull();
            refused(PartnerError.RELATIONSHIP_NOT_ACTIVE, () -> relationship.end(side.other(), "x", NOW, TODAY));
        }
    }
}
