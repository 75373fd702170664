package ch.partnerportal.partner.relationships.boundary;

import ch.partnerportal.identity.api.LoginPasswords;
import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.partner.api.AccessScope;
import ch.partnerportal.partner.api.ClientInvitation;
import ch.partnerportal.partner.api.EndingPreview;
import ch.partnerportal.partner.api.PartnerAuthorization;
import ch.partnerportal.partner.api.PartnerError;
import ch.partnerportal.partner.api.PartnerMatch;
import ch.partnerportal.partner.api.RelationshipView;
import ch.partnerportal.partner.api.RequestAnswer;
import ch.partnerportal.partner.api.ScopeEntry;
import ch.partnerportal.partner.applications.control.ApplicationStore;
import ch.partnerportal.partner.relationships.control.AssignmentStore;
import ch.partnerportal.partner.relationships.control.RelationshipMail;
import ch.partnerportal.partner.relationships.control.RelationshipViews;
import ch.partnerportal.partner.relationships.entity.Access;
import ch.partnerportal.partner.relationships.entity.Relationship;
import ch.partnerportal.partner.relationships.entity.Side;
import ch.partnerportal.tenancy.api.MemberRights;
import ch.partnerportal.tenancy.api.OrganizationChanged;
import ch.partnerportal.tenancy.api.OrganizationDirectory;
import ch.partnerportal.tenancy.api.Role;
import ch.partnerportal.tenancy.api.TenancyError;
import ch.partnerportal.tenancy.api.TenantAccess;
import ch.partnerportal.tenancy.api.TenantProfile;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * Relationships between partners and their clients (PAR-3 to PAR-5, PAR-10), from either side: a
 * partner invites a client, a client authorizes a partner, the other side answers, the sender resends
 * or withdraws, the client changes or renews the access, and either side stops it with its password.
 * Legal representatives and administrators of a side see its relationships; only its legal
 * representatives act on them. Another organization's relationship is not found (PRT-522).
 */
@Stateless
public class Relationships {

    private static final ZoneId SWISS_TIME = ZoneId.of("Europe/Zurich");
    private static final int SEARCH_LIMIT = 20;

    @PersistenceContext(unitName = "partner")
    EntityManager em;

    @Inject
    TenantAccess tenants;

    @Inject
    OrganizationDirectory directory;

    @Inject
    ApplicationStore applications;

    @Inject
    RelationshipViews views;

    @Inject
    AssignmentStore assignments;

    @Inject
    RelationshipMail mail;

    @Inject
    LoginPasswords passwords;

    /** The partner's Keycloak groups of its clients follow, through the identity outbox. */
    @Inject
    Event<OrganizationChanged> organizationChanges;

    @Inject
    Clock clock;

    public List<RelationshipView> of(String organizationId) throws Refusal {
        MemberRights caller = manager(organizationId);
        Instant now = clock.instant();
        LocalDate today = today();
        return em.createNamedQuery("Relationship.ofOrganization", Relationship.class)
                .setParameter("organization", organizationId).getResultStream()
                .map(r -> views.view(r, organizationId, mayAct(caller), now, today)).toList();
    }

    public RelationshipView find(String organizationId, String relationshipId) throws Refusal {
        MemberRights caller = manager(organizationId);
        return view(found(organizationId, relationshipId, false), organizationId, caller);
    }

    /** PAR-4: the partners of the programme whose name contains the text, or one of whose members has that address. */
    public List<PartnerMatch> partners(String clientOrganizationId, String text) throws Refusal {
        manager(clientOrganizationId);
        String wanted = text == null ? "" : text.strip();
        if (wanted.length() < 2) {
            return List.of();
        }
        return directory.search(wanted, SEARCH_LIMIT).stream()
                .filter(p -> !p.organizationId().equals(clientOrganizationId) && applications.partner(p.organizationId()))
                .map(p -> new PartnerMatch(p.organizationId(), p.name(), p.city(), p.country())).toList();
    }

    /** The client's products a grant may name (PAR-4), by expiry; for the console's choice of products. */
    public List<ScopeEntry> grantableProducts(String clientOrganizationId) throws Refusal {
        tenants.requireLegalRepresentative(clientOrganizationId);
        return views.grantable(clientOrganizationId);
    }

    /** PAR-3: the partner's legal representative asks a client, found by its legal representative's address. */
    public RelationshipView invite(String partnerOrganizationId, ClientInvitation invitation) throws Refusal {
        MemberRights caller = tenants.requireLegalRepresentative(partnerOrganizationId);
        requirePartner(partnerOrganizationId);
        String client = clientOf(invitation);
        Access asked = views.access(invitation.access(), client, false);
        Relationship relationship = Relationship.requestedByPartner(partnerOrganizationId, client, asked,
                invitation.note(), caller.loginId(), clock.instant());
        persist(relationship);
        mail.tell(relationship, Side.CLIENT, "relationship-invited", relationship.requestNote(), relationship.expiresAt());
        return view(relationship, partnerOrganizationId, caller);
    }

    /** PAR-4: the client's legal representative offers a partner of the programme access. */
    public RelationshipView authorize(String clientOrganizationId, PartnerAuthorization authorization) throws Refusal {
        MemberRights caller = tenants.requireLegalRepresentative(clientOrganizationId);
        String partner = authorization.partnerOrganizationId();
        if (partner == null || directory.profile(partner).isEmpty()) {
            throw new Refusal(PartnerError.NOT_A_PARTNER_ORGANIZATION, partner == null ? "" : partner);
        }
        requirePartner(partner);
        Access offer = views.access(authorization.access(), clientOrganizationId, true);
        Relationship relationship = Relationship.offeredByClient(partner, clientOrganizationId, offer,
                authorization.endsOn(), authorization.note(), caller.loginId(), clock.instant(), today());
        persist(relationship);
        mail.tell(relationship, Side.PARTNER, "relationship-offered", relationship.requestNote(), relationship.expiresAt());
        return view(relationship, clientOrganizationId, caller);
    }

    /** The other side's yes; the client may grant other access than was asked, and an end date. */
    public RelationshipView accept(String organizationId, String relationshipId, RequestAnswer answer) throws Refusal {
        MemberRights caller = tenants.requireLegalRepresentative(organizationId);
        Relationship relationship = found(organizationId, relationshipId, true);
        Side side = relationship.sideOf(organizationId);
        RequestAnswer given = answer == null ? new RequestAnswer(null, null, null) : answer;
        Access grant = given.grant() == null ? null
                : views.access(given.grant(), relationship.clientOrganizationId(), true);
        if (side == Side.PARTNER && grant == null && given.endsOn() != null) {
            throw new Refusal(PartnerError.ONLY_CLIENT_GRANTS);
        }
        relationship.accept(side, grant, given.endsOn(), given.note(), caller.loginId(), clock.instant(), today());
        organizationChanges.fire(new OrganizationChanged(relationship.partnerOrganizationId()));
        mail.tell(relationship, side.other(), "relationship-accepted", relationship.answerNote(),
                relationship.grantEndsOn());
        return view(relationship, organizationId, caller);
    }

    public RelationshipView refuse(String organizationId, String relationshipId, String note) throws Refusal {
        MemberRights caller = tenants.requireLegalRepresentative(organizationId);
        Relationship relationship = found(organizationId, relationshipId, true);
        Side side = relationship.sideOf(organizationId);
        relationship.refuse(side, note, caller.loginId(), clock.instant());
        mail.tell(relationship, side.other(), "relationship-refused", relationship.answerNote(), (Instant) null);
        return view(relationship, organizationId, caller);
    }

    /** PAR-5: the sender sends the request again, valid for another 30 days. */
    public RelationshipView resend(String organizationId, String relationshipId) throws Refusal {
        MemberRights caller = tenants.requireLegalRepresentative(organizationId);
        Relationship relationship = found(organizationId, relationshipId, true);
        Side side = relationship.sideOf(organizationId);
        relationship.resend(side, clock.instant());
        mail.tell(relationship, side.other(), side == Side.PARTNER ? "relationship-invited" : "relationship-offered",
                relationship.requestNote(), relationship.expiresAt());
        return view(relationship, organizationId, caller);
    }

    /** PAR-5: the sender takes the request back; the other side is told. */
    public RelationshipView withdraw(String organizationId, String relationshipId) throws Refusal {
        MemberRights caller = tenants.requireLegalRepresentative(organizationId);
        Relationship relationship = found(organizationId, relationshipId, true);
        Side side = relationship.sideOf(organizationId);
        relationship.withdraw(side, caller.loginId(), clock.instant());
        mail.tell(relationship, side.other(), "relationship-withdrawn", null, (Instant) null);
        return view(relationship, organizationId, caller);
    }

    /** PAR-4: the client changes what it grants at any moment; the partner is told. */
    public RelationshipView changeAccess(String clientOrganizationId, String relationshipId, AccessScope access,
                                         LocalDate endsOn) throws Refusal {
        MemberRights caller = tenants.requireLegalRepresentative(clientOrganizationId);
        Relationship relationship = clientSide(found(clientOrganizationId, relationshipId, true), clientOrganizationId);
        Access grant = views.access(access, clientOrganizationId, true);
        relationship.changeAccess(grant, endsOn, caller.loginId(), clock.instant(), today());
        organizationChanges.fire(new OrganizationChanged(relationship.partnerOrganizationId()));
        mail.tell(relationship, Side.PARTNER, "relationship-access-changed", null, relationship.grantEndsOn());
        return view(relationship, clientOrganizationId, caller);
    }

    /** The client renews the grant in one step: a later end date, or none. */
    public RelationshipView renew(String clientOrganizationId, String relationshipId, LocalDate endsOn) throws Refusal {
        MemberRights caller = tenants.requireLegalRepresentative(clientOrganizationId);
        Relationship relationship = clientSide(found(clientOrganizationId, relationshipId, true), clientOrganizationId);
        relationship.renew(endsOn, caller.loginId(), clock.instant(), today());
        mail.tell(relationship, Side.PARTNER, endsOn == null ? "relationship-renewed-open" : "relationship-renewed", null,
                relationship.grantEndsOn());
        return view(relationship, clientOrganizationId, caller);
    }

    /** PAR-10: what stopping it changes, before the password is asked. */
    public EndingPreview endingPreview(String organizationId, String relationshipId) throws Refusal {
        MemberRights caller = tenants.requireLegalRepresentative(organizationId);
        Relationship relationship = found(organizationId, relationshipId, false);
        Access granted = relationship.activeOn(today()) ? relationship.grantedAccess() : null;
        if (granted == null) {
            throw new Refusal(PartnerError.RELATIONSHIP_NOT_ACTIVE);
        }
        long assigned = assignments.count(relationship.id());
        return new EndingPreview(view(relationship, organizationId, caller),
                views.reached(granted, relationship.clientOrganizationId()), granted.billingEntrusted(),
                (int) assigned);
    }

    /**
     * PAR-10: either side stops it, with the caller's account password, which Keycloak checks and the
     * portal does not keep. Products and accounts stay where they are.
     */
    public RelationshipView end(String organizationId, String relationshipId, String password) throws Refusal {
        MemberRights caller = tenants.requireLegalRepresentative(organizationId);
        Relationship relationship = found(organizationId, relationshipId, true);
        Side side = relationship.sideOf(organizationId);
        if (!relationship.activeOn(today())) {
            throw new Refusal(PartnerError.RELATIONSHIP_NOT_ACTIVE);
        }
        if (password == null || password.isEmpty() || !passwords.matches(caller.loginId(), password)) {
            throw new Refusal(PartnerError.PASSWORD_WRONG);
        }
        relationship.end(side, caller.loginId(), clock.instant(), today());
        organizationChanges.fire(new OrganizationChanged(relationship.partnerOrganizationId()));
        mail.tell(relationship, side.other(), "relationship-ended", null, relationship.endedAt());
        return view(relationship, organizationId, caller);
    }

    private MemberRights manager(String organizationId) throws Refusal {
        MemberRights caller = tenants.caller(organizationId);
        if (!caller.role().mayManage()) {
            throw new Refusal(TenancyError.INSUFFICIENT_RIGHTS);
        }
        return caller;
    }

    private static boolean mayAct(MemberRights caller) {
        return caller.role() == Role.LEGAL_REPRESENTATIVE;
    }

    private RelationshipView view(Relationship relationship, String organizationId, MemberRights caller) {
        return views.view(relationship, organizationId, mayAct(caller), clock.instant(), today());
    }

    /** One of the organization's relationships, locked for a change: answers on one request are taken in turn. */
    private Relationship found(String organizationId, String relationshipId, boolean forChange) throws Refusal {
        Relationship relationship = relationshipId == null || relationshipId.length() > 36 ? null
                : forChange ? em.find(Relationship.class, relationshipId, LockModeType.PESSIMISTIC_WRITE)
                : em.find(Relationship.class, relationshipId);
        if (relationship == null || relationship.sideOf(organizationId) == null) {
            throw new Refusal(PartnerError.RELATIONSHIP_NOT_FOUND);
        }
        return relationship;
    }

    private static Relationship clientSide(Relationship relationship, String organizationId) throws Refusal {
        if (relationship.sideOf(organizationId) != Side.CLIENT) {
            throw new Refusal(PartnerError.ONLY_CLIENT_GRANTS);
        }
        return relationship;
    }

    private void requirePartner(String organizationId) throws Refusal {
        if (!applications.partner(organizationId)) {
            throw new Refusal(PartnerError.NOT_A_PARTNER_ORGANIZATION, applications.organizationName(organizationId));
        }
    }

    /** The client whose legal representative has the address; its id chooses when the person represents several. */
    private String clientOf(ClientInvitation invitation) throws Refusal {
        String email = invitation.clientEmail() == null ? "" : invitation.clientEmail().strip().toLowerCase(Locale.ROOT);
        if (email.isEmpty()) {
            throw new Refusal(PartnerError.CLIENT_NOT_FOUND);
        }
        List<String> represented = directory.search(email, SEARCH_LIMIT).stream().map(TenantProfile::organizationId)
                .filter(organization -> tenants.memberByLoginId(organization, email)
                        .map(member -> member.role() == Role.LEGAL_REPRESENTATIVE).orElse(false))
                .toList();
        String chosen = invitation.clientOrganizationId();
        if (chosen != null) {
            if (!represented.contains(chosen)) {
                throw new Refusal(PartnerError.CLIENT_NOT_FOUND);
            }
            return chosen;
        }
        if (represented.isEmpty()) {
            throw new Refusal(PartnerError.CLIENT_NOT_FOUND);
        }
        if (represented.size() > 1) {
            throw new Refusal(PartnerError.CLIENT_AMBIGUOUS);
        }
        return represented.get(0);
    }

    /** One open relationship per pair (PAR-3: not a client it already manages), also when both send at once. */
    private void persist(Relationship relationship) throws Refusal {
        Instant now = clock.instant();
        LocalDate today = today();
        for (Relationship open : em.createNamedQuery("Relationship.openPair", Relationship.class)
                .setParameter("pair", relationship.openPairKey()).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList()) {
            // one that lapsed before the daily run recorded it frees the pair now
            if (!open.lapse(now, today)) {
                throw new Refusal(PartnerError.RELATIONSHIP_OPEN);
            }
        }
        em.flush();
        em.persist(relationship);
        try {
            em.flush();
        } catch (PersistenceException concurrent) {
            throw new Refusal(PartnerError.RELATIONSHIP_OPEN);
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(SWISS_TIME));
    }
}
