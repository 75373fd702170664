package ch.partnerportal.incontainer;

import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.tenancy.accounts.boundary.Accounts;
import ch.partnerportal.tenancy.api.ContactTopic;
import ch.partnerportal.tenancy.api.MemberView;
import ch.partnerportal.tenancy.api.OrganizationView;
import ch.partnerportal.tenancy.api.ProductAccess;
import ch.partnerportal.tenancy.api.Role;
import ch.partnerportal.tenancy.api.TenancyError;
import ch.partnerportal.tenancy.organizations.boundary.Memberships;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A facade call is one transaction: a refusal at its end takes back what the call changed before it
 * (the access written before the role change was refused), and the notices it would have queued.
 */
@ExtendWith(ArquillianExtension.class)
class FacadeTransactionsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.portal(FacadeTransactionsIT.class);
    }

    @Inject
    AsFounder founder;

    @Inject
    Accounts accounts;

    @Inject
    Memberships memberships;

    @Resource(lookup = "jdbc/portal")
    DataSource database;

    @Test
    void ORG_7_aRefusedChangeTakesBackWhatTheSameCallChangedBeforeTheRefusal() throws Exception {
        founder.call(() -> accounts.signIn("Founder", "en"));
        OrganizationView organization = founder.call(() -> accounts.organizations()).get(0);
        String me = founder.call(() -> accounts.me()).id();
        MemberView before = founder.call(() -> memberships.member(organization.id(), me));
        long queued = Outbox.count(database);
        long asked = Outbox.projectionRequests(database, organization.id());

        Refusal refusal = catchThrowableOfType(Refusal.class, () -> founder.call(() -> memberships.change(
                organization.id(), me, Role.ADMINISTRATOR, Set.of(ProductAccess.MAIL), EnumSet.of(ContactTopic.LEGAL))));

        assertThat(refusal.errorCode()).isEqualTo(TenancyError.LAST_LEGAL_REPRESENTATIVE);
        MemberView after = founder.call(() -> memberships.member(organization.id(), me));
        assertThat(after.role()).isEqualTo(Role.LEGAL_REPRESENTATIVE);
        assertThat(after.permissions()).as("written before the refusal, taken back with it")
                .isEqualTo(before.permissions());
        assertThat(after.contacts()).isEqualTo(before.contacts());
        assertThat(Outbox.count(database)).as("no notice of a refused change").isEqualTo(queued);
        assertThat(Outbox.projectionRequests(database, organization.id())).as("no projection of it").isEqualTo(asked);
    }

    @Test
    void ORG_6_anAcceptedChangeIsWrittenWholeWithItsProjectionAsked() throws Exception {
        founder.call(() -> accounts.signIn("Founder", "en"));
        OrganizationView organization = founder.call(() -> accounts.organizations()).get(0);
        String me = founder.call(() -> accounts.me()).id();
        long asked = Outbox.projectionRequests(database, organization.id());

        MemberView changed = founder.call(() -> memberships.change(organization.id(), me, null,
                Set.of(ProductAccess.MAIL), EnumSet.of(ContactTopic.BILLING)));

        assertThat(changed.permissions()).containsExactly(ProductAccess.MAIL);
        assertThat(founder.call(() -> memberships.member(organization.id(), me)).contacts())
                .containsExactly(ContactTopic.BILLING);
        assertThat(Outbox.projectionRequests(database, organization.id()))
                .as("Keycloak's permission groups follow a change of permissions").isEqualTo(asked + 1);
    }
}
