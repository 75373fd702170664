package ch.partnerportal.tenancy.invitations.boundary;

import ch.partnerportal.kernel.Notice;
import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.tenancy.accounts.boundary.Accounts;
import ch.partnerportal.tenancy.accounts.control.Callers;
import ch.partnerportal.tenancy.accounts.entity.Account;
import ch.partnerportal.tenancy.api.AuditRecords;
import ch.partnerportal.tenancy.api.DelegatedRights;
import ch.partnerportal.tenancy.api.InvitationRequest;
import ch.partnerportal.tenancy.api.InvitationView;
import ch.partnerportal.tenancy.api.OrganizationView;
import ch.partnerportal.tenancy.api.Role;
import ch.partnerportal.tenancy.api.TenancyError;
import ch.partnerportal.tenancy.api.TenantAccess;
import ch.partnerportal.tenancy.invitations.entity.Invitation;
import ch.partnerportal.tenancy.organizations.control.MemberChangeText;
import ch.partnerportal.tenancy.organizations.control.NoticeTexts;
import ch.partnerportal.tenancy.organizations.control.OrganizationStore;
import ch.partnerportal.tenancy.organizations.entity.Organization;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Adding users by invitation (ORG-2, ORG-4): invite, resend, withdraw, preview and accept. A partner's
 * user with full access (PAR-5) invites as an administrator who is no member, never a legal
 * representative; its invitations go to the audit trail.
 */
@Stateless
public class Invitations {


    @Resource
    SessionContext context;

    @PersistenceContext(unitName = "tenancy")
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    Accounts accounts;

    @Inject
    OrganizationStore store;

    @Inject
    Event<Notice> notices;

    @Inject
    Clock clock;

    @Inject
    TenantAccess tenants;

    @Inject
    AuditRecords audit;

    @Inject
    @ConfigProperty(name = "portal.console.url", defaultValue = "http://localhost:9080/console")
    String consoleUrl;

    /**
     * Invites a person by e-mail. A person who already has an account is asked to extend it to this
     * organization; anyone else creates their account when accepting.
     */
    public InvitationView invite(String organizationId, InvitationRequest request) throws Refusal {
        Account caller = callers.account(context.getCallerPrincipal());
        Organization organization = store.lockForChange(organizationId);
        DelegatedRights partner = requireMayGrant(organization, caller, request.role());
        String email = Account.normalizeEmail(request.email());
        Optional<Account> existing = callers.byEmail(email);
        if (existing.isPresent() && organization.membershipOf(existing.get()).isPresent()) {
            throw new Refusal(TenancyError.ALREADY_MEMBER, email);
        }
        if (!em.createNamedQuery("Invitation.pendingFor", Invitation.class)
                .setParameter("organization", organizationId).setParameter("email", email)
                .setParameter("status", Invitation.Status.PENDING)
                .getResultList().isEmpty()) {
            throw new Refusal(TenancyError.INVITATION_ALREADY_PENDING, email);
        }
        Invitation.Issued issued = Invitation.issue(organization, caller, email, request.role(),
                request.permissions(), request.contacts(),
                request.language() == null ? Account.language(caller.locale().getLanguage())
                        : Account.requireLanguage(request.language()),
                existing.isPresent(), clock.instant());
        em.persist(issued.invitation());
        send(issued, caller);
        if (partner != null) {
            audit.partner(organizationId, caller.email(), partner.partnerOrganizationId(), "member-invited", email,
                    "role: none → " + request.role().slug(), null, MemberChangeText.state(request.role(),
                            issued.invitation().permissions(), issued.invitation().contacts()));
        }
        return issued.invitation().view(clock.instant());
    }

    /**
     * A manager may invite, a legal representative to that role too (ORG-2); a partner's user with full
     * access to any role but legal representative (TEN-136).
     *
     * @return the partner's user's rights, null for a member
     */
    private DelegatedRights requireMayGrant(Organization organization, Account caller, Role role) throws Refusal {
        if (organization.membershipOf(caller).isPresent()) {
            organization.requireMayGrant(caller, role);
            return null;
        }
        DelegatedRights partner = tenants.fullPartner(organization.id()).orElse(null);
        if (partner == null) {
            organization.requireMayGrant(caller, role);
        } else if (role == Role.LEGAL_REPRESENTATIVE) {
            throw new Refusal(TenancyError.PARTNER_NOT_ON_LEGAL_REPRESENTATIVES);
        }
        return partner;
    }

    /** A manager, or a partner's user with full access. */
    private void requireManager(Organization organization, Account caller) throws Refusal {
        if (organization.membershipOf(caller).isPresent() || tenants.fullPartner(organization.id()).isEmpty()) {
            organization.requireManager(caller);
        }
    }

    public List<InvitationView> pending(String organizationId) throws Refusal {
        Account caller = callers.account(context.getCallerPrincipal());
        requireManager(store.find(organizationId), caller);
        return em.createNamedQuery("Invitation.ofOrganization", Invitation.class)
                .setParameter("organization", organizationId)
                .setParameter("status", Invitation.Status.PENDING)
                .getResultStream().map(i -> i.view(clock.instant())).toList();
    }

    public InvitationView resend(String organizationId, String invitationId) throws Refusal {
        Account caller = callers.account(context.getCallerPrincipal());
        Invitation invitation = ofOrganization(organizationId, invitationId);
        requireMayGrant(invitation.organization(), caller, invitation.role());
        String token = invitation.resend(clock.instant());
        send(new Invitation.Issued(invitation, token), caller);
        return invitation.view(clock.instant());
    }

    public void withdraw(String organizationId, String invitationId) throws Refusal {
        Account caller = callers.account(context.getCallerPrincipal());
        Invitation invitation = ofOrganization(organizationId, invitationId);
        requireManager(invitation.organization(), caller);
        invitation.withdraw();
    }

    /** What the link's page shows before anyone logs in: which organization, which role, still valid. */
    public InvitationView preview(String token) throws Refusal {
        Invitation invitation = byToken(token);
        invitation.requireUsable(clock.instant());
        return invitation.view(clock.instant());
    }

    /**
     * The signed-in person accepts (ORG-2): the account is created if it is new, without an
     * organization of its own, and joins the inviting organization with the role chosen by the inviter.
     */
    public OrganizationView accept(String token, String displayName, String language) throws Refusal {
        Invitation invitation = byToken(token);
        em.lock(invitation, LockModeType.PESSIMISTIC_WRITE);
        invitation.requireUsable(clock.instant());
        Account account = accounts.ensureAccount(displayName, language);
        invitation.accept(account, clock.instant());
        Organization organization = store.lockForChange(invitation.organization().id());
        organization.admit(account, invitation.role(), invitation.permissions(), invitation.contacts(),
                clock.instant());
        store.changed(organization);
        return organization.viewFor(account);
    }

    private Invitation ofOrganization(String organizationId, String invitationId) throws Refusal {
        Invitation invitation = invitationId == null ? null : em.find(Invitation.class, invitationId);
        if (invitation == null || !invitation.organization().id().equals(organizationId)) {
            throw new Refusal(TenancyError.INVITATION_NOT_FOUND);
        }
        return invitation;
    }

    private Invitation byToken(String token) throws Refusal {
        if (token == null || token.isBlank() || token.length() > 100) {
            throw new Refusal(TenancyError.INVITATION_NOT_FOUND);
        }
        return em.createNamedQuery("Invitation.byTokenHash", Invitation.class)
                .setParameter("hash", Invitation.hash(token.strip()))
                .getResultStream().findFirst()
                .orElseThrow(() -> new Refusal(TenancyError.INVITATION_NOT_FOUND));
    }

    private void send(Invitation.Issued issued, Account inviter) {
        Invitation invitation = issued.invitation();
        Locale locale = Locale.forLanguageTag(invitation.language());
        String link = consoleUrl + "/invitation.xhtml?token=" + URLEncoder.encode(issued.token(), StandardCharsets.UTF_8);
        String expires = NoticeTexts.validUntil(invitation.expiresAt(), locale);
        notices.fire(NoticeTexts.invitation(invitation.email(), locale, invitation.organization().name(),
                invitation.role(), inviter.displayName(), link, invitation.existingAccount(), expires));
    }
}
