package ch.partnerportal.tenancy.organizations.boundary;

import ch.partnerportal.kernel.Notice;
import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.tenancy.accounts.control.Callers;
import ch.partnerportal.tenancy.accounts.entity.Account;
import ch.partnerportal.tenancy.api.AdministeredChange;
import ch.partnerportal.tenancy.api.IdentityAdministration;
import ch.partnerportal.tenancy.api.IdentityAdministrator;
import ch.partnerportal.tenancy.api.OrganizationChanged;
import ch.partnerportal.tenancy.api.ProductAccess;
import ch.partnerportal.tenancy.api.Role;
import ch.partnerportal.tenancy.api.TenancyError;
import ch.partnerportal.tenancy.audit.entity.AuditEntry;
import ch.partnerportal.tenancy.organizations.control.NoticeTexts;
import ch.partnerportal.tenancy.organizations.control.OrganizationStore;
import ch.partnerportal.tenancy.organizations.entity.Membership;
import ch.partnerportal.tenancy.organizations.entity.Organization;
import ch.partnerportal.tenancy.organizations.entity.RoleChange;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Changes made in the identity provider's console, under the rules of the portal's own facades: the
 * organization is locked first (ORG-7 under concurrency), the last legal representative stays, the
 * affected user is told of a new role (ORG-9), and every change or refusal is written to the audit
 * trail as made by that administrator.
 */
@Stateless
@Local(IdentityAdministration.class)
public class AdministratorChanges implements IdentityAdministration {

    private static final Logger LOG = Logger.getLogger(AdministratorChanges.class.getName());

    @PersistenceContext(unitName = "tenancy")
    EntityManager em;

    @Inject
    OrganizationStore store;

    @Inject
    Callers callers;

    @Inject
    Event<Notice> notices;

    @Inject
    Event<OrganizationChanged> changes;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "portal.console.url", defaultValue = "http://localhost:9080/console")
    String consoleUrl;

    @Override
    public void apply(AdministeredChange change, IdentityAdministrator by) throws Refusal {
        Organization organization = store.lockForChange(change.organizationId());
        Account account = callers.byEmail(change.login().strip().toLowerCase(Locale.ROOT))
                .orElseThrow(() -> new Refusal(TenancyError.UNKNOWN_ACCOUNT, change.login()));
        Optional<Membership> membership = organization.membershipOf(account);
        if (membership.isEmpty()) {
            if (change.kind() == AdministeredChange.Kind.GROUP_LEFT
                    || change.kind() == AdministeredChange.Kind.ORGANIZATION_LEFT) {
                return; // not a member: nothing to take away
            }
            throw new Refusal(TenancyError.JOIN_BY_INVITATION, account.email());
        }
        switch (change.kind()) {
            case ORGANIZATION_JOINED -> {
                // already a member: Keycloak's organization membership follows the portal's anyway
            }
            case ORGANIZATION_LEFT -> {
                organization.removeAsIdentityAdministrator(account.id());
                audit(organization, by, "member-removed", account.email(), "removed from the organization");
                store.changed(organization);
            }
            case GROUP_JOINED -> joined(organization, membership.get(), change, by);
            case GROUP_LEFT -> left(organization, membership.get(), change, by);
        }
    }

    private void joined(Organization organization, Membership member, AdministeredChange change,
                        IdentityAdministrator by) throws Refusal {
        if (change.namesPermission()) {
            ProductAccess permission = change.permission()
                    .orElseThrow(() -> new Refusal(TenancyError.UNKNOWN_PERMISSION, change.group()));
            if (!member.may(permission)) {
                organization.changePermissionAsIdentityAdministrator(member.account().id(), permission, true);
                audit(organization, by, "permission-granted", member.account().email(), permission.slug());
                store.changed(organization);
            }
            return;
        }
        Role role = change.role().orElseThrow(() -> new Refusal(TenancyError.UNKNOWN_ROLE, change.group()));
        assign(organization, member, role, by);
    }

    private void left(Organization organization, Membership member, AdministeredChange change,
                      IdentityAdministrator by) throws Refusal {
        if (change.namesPermission()) {
            ProductAccess permission = change.permission()
                    .orElseThrow(() -> new Refusal(TenancyError.UNKNOWN_PERMISSION, change.group()));
            if (member.permissions().contains(permission) || member.role().mayManage()) {
                organization.changePermissionAsIdentityAdministrator(member.account().id(), permission, false);
                audit(organization, by, "permission-revoked", member.account().email(), permission.slug());
                store.changed(organization);
            }
            return;
        }
        Role role = change.role().orElseThrow(() -> new Refusal(TenancyError.UNKNOWN_ROLE, change.group()));
        if (member.role() != role) {
            return; // the other half of a move already taken in
        }
        Optional<Role> other = change.otherRoleNow();
        if (other.isPresent()) {
            assign(organization, member, other.get(), by);
            return;
        }
        if (role == Role.LEGAL_REPRESENTATIVE && organization.legalRepresentativeCount() == 1) {
            throw new Refusal(TenancyError.LAST_LEGAL_REPRESENTATIVE);
        }
        throw new Refusal(TenancyError.ROLE_REQUIRED);
    }

    private void assign(Organization organization, Membership member, Role role, IdentityAdministrator by)
            throws Refusal {
        RoleChange change = organization.changeRoleAsIdentityAdministrator(member.account().id(), role);
        if (!change.changed()) {
            return;
        }
        Account affected = change.account();
        audit(organization, by, "role-changed", affected.email(), change.before().slug() + " -> " + change.after().slug());
        store.changed(organization);
        notices.fire(NoticeTexts.roleChanged(affected.email(), affected.locale(), organization.name(),
                change.before(), change.after(), by.displayName(), consoleUrl));
    }

    @Override
    public void refused(AdministeredChange change, IdentityAdministrator by, Refusal refusal) {
        LOG.warning("Refused and undone in Keycloak: " + by.displayName() + " " + describe(change, Locale.ENGLISH)
                + ": " + refusal.errorCode().code() + " " + refusal.message(Locale.ENGLISH));
        Organization organization = em.find(Organization.class, change.organizationId());
        if (organization == null) {
            by.address().ifPresent(address -> notices.fire(NoticeTexts.administrationRefused(address, Locale.ENGLISH,
                    change.organizationId(), describe(change, Locale.ENGLISH), by.displayName(),
                    refusal.message(Locale.ENGLISH), consoleUrl)));
            return;
        }
        em.persist(new AuditEntry(organization.id(), clock.instant(), AuditEntry.IDENTITY_ADMINISTRATOR,
                by.displayName(), "change-refused", change.login(),
                describe(change, Locale.ENGLISH) + ": " + refusal.errorCode().code() + " "
                        + refusal.message(Locale.ENGLISH)));
        organization.memberships().stream().filter(Membership::isLegalRepresentative).map(Membership::account)
                .forEach(representative -> notices.fire(NoticeTexts.administrationRefused(representative.email(),
                        representative.locale(), organization.name(), describe(change, representative.locale()),
                        by.displayName(), refusal.message(representative.locale()), consoleUrl)));
        by.address().filter(address -> organization.memberships().stream()
                        .noneMatch(m -> m.isLegalRepresentative() && m.account().email().equalsIgnoreCase(address)))
                .ifPresent(address -> {
                    Locale locale = callers.byEmail(address).map(Account::locale).orElse(Locale.ENGLISH);
                    notices.fire(NoticeTexts.administrationRefused(address, locale, organization.name(),
                            describe(change, locale), by.displayName(), refusal.message(locale), consoleUrl));
                });
        // the projection writes the portal's state over Keycloak's: the refused change is undone
        changes.fire(new OrganizationChanged(organization.id()));
    }

    private static String describe(AdministeredChange change, Locale locale) {
        return NoticeTexts.administeredChange(locale, change.kind().name(), change.login(), change.group());
    }

    private void audit(Organization organization, IdentityAdministrator by, String action, String subject,
                       String detail) {
        em.persist(new AuditEntry(organization.id(), clock.instant(), AuditEntry.IDENTITY_ADMINISTRATOR,
                by.displayName(), action, subject, detail));
    }
}
