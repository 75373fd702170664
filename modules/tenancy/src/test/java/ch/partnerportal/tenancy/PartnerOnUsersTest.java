package ch.partnerportal.tenancy;

import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.tenancy.accounts.entity.Account;
import ch.partnerportal.tenancy.api.ContactTopic;
import ch.partnerportal.tenancy.api.ProductAccess;
import ch.partnerportal.tenancy.api.Role;
import ch.partnerportal.tenancy.api.TenancyError;
import ch.partnerportal.tenancy.organizations.control.MemberChangeText;
import ch.partnerportal.tenancy.organizations.entity.Organization;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** PAR-5: full access reaches the client's users, except its legal representatives. */
class PartnerOnUsersTest {

    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");

    private Account anna;
    private Account bruno;
    private Account carla;
    private Organization client;

    private static void refused(TenancyError expected, Executable action) {
        assertThatThrownBy(action::execute).isInstanceOfSatisfying(Refusal.class,
                refusal -> assertThat(refusal.errorCode()).isEqualTo(expected));
    }

    @BeforeEach
    void setUp() throws Refusal {
        anna = Account.register("anna@client.ch", "Anna", "it", NOW);
        bruno = Account.register("bruno@client.ch", "Bruno", "de", NOW);
        carla = Account.register("carla@client.ch", "Carla", "fr", NOW);
        client = Organization.foundedBy(anna, "CH", NOW);
        client.admit(bruno, Role.ADMINISTRATOR, Set.of(), Set.of(), NOW);
        client.admit(carla, Role.COLLABORATOR, Set.of(ProductAccess.MAIL), Set.of(), NOW);
    }

    @Test
    void PAR_5_aPartnerWithFullAccessChangesAndRemovesUsersButNeverALegalRepresentative() throws Refusal {
        assertThat(client.changeRoleAsPartner(carla.id(), Role.ADMINISTRATOR).after()).isEqualTo(Role.ADMINISTRATOR);
        client.changeAccessAsPartner(bruno.id(), Set.of(), Set.of(ContactTopic.TECHNICAL));
        assertThat(client.membershipOf(bruno).orElseThrow().contacts()).containsExactly(ContactTopic.TECHNICAL);

        refused(TenancyError.PARTNER_NOT_ON_LEGAL_REPRESENTATIVES,
                () -> client.changeRoleAsPartner(bruno.id(), Role.LEGAL_REPRESENTATIVE));
        refused(TenancyError.PARTNER_NOT_ON_LEGAL_REPRESENTATIVES,
                () -> client.changeRoleAsPartner(anna.id(), Role.COLLABORATOR));
        refused(TenancyError.PARTNER_NOT_ON_LEGAL_REPRESENTATIVES,
                () -> client.changeAccessAsPartner(anna.id(), Set.of(), Set.of()));
        refused(TenancyError.PARTNER_NOT_ON_LEGAL_REPRESENTATIVES,
                () -> client.removeAsPartner(List.of(carla.id(), anna.id())));
        assertThat(client.memberships()).as("all or none: nobody left").hasSize(3);

        assertThat(client.removeAsPartner(List.of(carla.id(), bruno.id()))).hasSize(2);
        assertThat(client.memberships()).singleElement()
                .satisfies(membership -> assertThat(membership.role()).isEqualTo(Role.LEGAL_REPRESENTATIVE));
        refused(TenancyError.NOTHING_SELECTED, () -> client.removeAsPartner(List.of()));
    }

    @Test
    void PAR_5_theAuditTrailKeepsEachChangedPartBeforeAndAfter() {
        assertThat(MemberChangeText.between(Role.COLLABORATOR, Set.of(ProductAccess.MAIL), Set.of(),
                Role.ADMINISTRATOR, Set.of(ProductAccess.MAIL, ProductAccess.DOMAINS), Set.of()))
                .isEqualTo("role: collaborator → administrator; permissions: mail → domains, mail");
        assertThat(MemberChangeText.between(Role.COLLABORATOR, Set.of(), Set.of(ContactTopic.BILLING),
                Role.COLLABORATOR, Set.of(), Set.of())).isEqualTo("contacts: billing → none");
        assertThat(MemberChangeText.between(Role.EXTERNAL, Set.of(), Set.of(), Role.EXTERNAL, Set.of(), Set.of()))
                .as("nothing changed").isEmpty();
        assertThat(MemberChangeText.state(Role.COLLABORATOR, Set.of(ProductAccess.MAIL, ProductAccess.DOMAINS),
                Set.of())).isEqualTo("role: collaborator; permissions: domains, mail; contacts: none");
    }
}
