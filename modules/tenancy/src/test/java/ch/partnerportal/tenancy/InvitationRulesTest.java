package ch.partnerportal.tenancy;

import ch.partnerportal.kernel.Notice;
import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.tenancy.accounts.entity.Account;
import ch.partnerportal.tenancy.api.ContactTopic;
import ch.partnerportal.tenancy.api.ProductAccess;
import ch.partnerportal.tenancy.api.Role;
import ch.partnerportal.tenancy.api.TenancyError;
import ch.partnerportal.tenancy.invitations.entity.Invitation;
import ch.partnerportal.tenancy.organizations.control.NoticeTexts;
import ch.partnerportal.tenancy.organizations.entity.Organization;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InvitationRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

    private Account anna;
    private Organization organization;

    @BeforeEach
    void setUp() throws Refusal {
        anna = Account.register("anna@example.ch", "Anna", "it", NOW);
        organization = Organization.foundedBy(anna, "CH", NOW);
    }

    private Invitation.Issued invite(String email) throws Refusal {
        return Invitation.issue(organization, anna, email, Role.COLLABORATOR, EnumSet.of(ProductAccess.MAIL),
                EnumSet.of(ContactTopic.TECHNICAL), "de", false, NOW);
    }

    @Test
    void ORG_4_theLinkSecretIsNotStored() throws Refusal {
        Invitation.Issued issued = invite("Neu@Example.ch");
        assertThat(issued.token()).hasSizeGreaterThan(40);
        assertThat(issued.invitation().email()).isEqualTo("neu@example.ch");
        assertThat(issued.invitation().view(NOW).status()).isEqualTo("PENDING");
    }

    @Test
    void ORG_4_invitationsExpireAfterSevenDays() throws Refusal {
        Invitation invitation = invite("neu@example.ch").invitation();
        Account neu = Account.register("neu@example.ch", "Neu", "de", NOW);
        Instant late = NOW.plus(Duration.ofDays(7));
        assertThat(invitation.view(late).status()).isEqualTo("EXPIRED");
        assertThatThrownBy(() -> invitation.accept(neu, late))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.errorCode()).isEqualTo(TenancyError.INVITATION_EXPIRED));
        invitation.accept(neu, late.minusSeconds(1));
    }

    @Test
    void ORG_4_aLinkWorksOnce() throws Refusal {
        Invitation invitation = invite("neu@example.ch").invitation();
        Account neu = Account.register("neu@example.ch", "Neu", "de", NOW);
        invitation.accept(neu, NOW);
        assertThatThrownBy(() -> invitation.accept(neu, NOW))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.errorCode()).isEqualTo(TenancyError.INVITATION_ALREADY_USED));
        assertThatThrownBy(() -> invitation.resend(NOW)).isInstanceOf(Refusal.class);
    }

    @Test
    void ORG_4_onlyTheInvitedAddressAccepts() throws Refusal {
        Invitation invitation = invite("neu@example.ch").invitation();
        Account other = Account.register("other@example.ch", "Other", "de", NOW);
        assertThatThrownBy(() -> invitation.accept(other, NOW))
                .isInstanceOfSatisfying(Refusal.class,
                        r -> assertThat(r.errorCode()).isEqualTo(TenancyError.INVITATION_FOR_ANOTHER_ACCOUNT));
        assertThat(invitation.status()).isEqualTo(Invitation.Status.PENDING);
    }

    @Test
    void ORG_4_resendingReplacesTheLinkAndTheDeadline() throws Refusal {
        Invitation.Issued issued = invite("neu@example.ch");
        Invitation invitation = issued.invitation();
        Instant later = NOW.plus(Duration.ofDays(6));
        String newToken = invitation.resend(later);
        assertThat(newToken).isNotEqualTo(issued.token());
        assertThat(Invitation.hash(newToken)).isNotEqualTo(Invitation.hash(issued.token()));
        assertThat(invitation.expiresAt()).isEqualTo(later.plus(Invitation.VALIDITY));
    }

    @Test
    void ORG_4_aWithdrawnInvitationCannotBeAccepted() throws Refusal {
        Invitation invitation = invite("neu@example.ch").invitation();
        invitation.withdraw();
        Account neu = Account.register("neu@example.ch", "Neu", "de", NOW);
        assertThatThrownBy(() -> invitation.accept(neu, NOW))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.errorCode()).isEqualTo(TenancyError.INVITATION_WITHDRAWN));
    }

    @Test
    void ORG_4_invalidEmailAndMissingRoleAreRefused() {
        assertThatThrownBy(() -> invite("nobody")).isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> Invitation.issue(organization, anna, "x@example.ch", null, Set.of(), Set.of(), "en",
                false, NOW)).isInstanceOfSatisfying(Refusal.class,
                r -> assertThat(r.errorCode()).isEqualTo(TenancyError.UNKNOWN_ROLE));
    }

    @Test
    void ORG_4_theInvitationMailIsInTheChosenLanguageAndCarriesTheLink() {
        Notice notice = NoticeTexts.invitation("neu@example.ch", Locale.GERMAN, "Rossi SA", Role.COLLABORATOR,
                "Anna", "http://localhost/console/invitation.xhtml?token=abc", false, "4. Dez. 2026");
        assertThat(notice.subject()).contains("Rossi SA");
        assertThat(notice.body()).contains("Mitarbeiter").contains("token=abc").contains("Anna");
    }

    @Test
    void ORG_4_theInvitationsValidityNamesItsTimeZoneInTheReadersLanguage() {
        Instant winter = Instant.parse("2026-12-04T09:00:00Z");
        assertThat(NoticeTexts.validUntil(winter, Locale.ENGLISH)).contains("10:00").contains("Central European");
        assertThat(NoticeTexts.validUntil(winter, Locale.GERMAN)).contains("10:00").contains("Mitteleuropäische");
        assertThat(NoticeTexts.validUntil(Instant.parse("2026-07-04T09:00:00Z"), Locale.FRENCH))
                .as("summer time").contains("11:00").contains("été");
    }

    @Test
    void ORG_9_roleChangeNoticeInEveryLanguage() {
        for (String language : new String[] {"en", "de", "fr", "it"}) {
            Notice notice = NoticeTexts.roleChanged("carla@example.ch", Locale.forLanguageTag(language), "Rossi SA",
                    Role.COLLABORATOR, Role.ADMINISTRATOR, "Anna", "http://localhost/console");
            assertThat(notice.recipient()).isEqualTo("carla@example.ch");
            assertThat(notice.subject()).contains("Rossi SA");
            assertThat(notice.body()).contains("Anna").doesNotContain("{");
        }
        assertThat(NoticeTexts.roleChanged("c@example.ch", Locale.FRENCH, "X", Role.COLLABORATOR,
                Role.ADMINISTRATOR, "A", "u").body()).contains("collaborateur").contains("administrateur");
    }
}
