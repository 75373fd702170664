package ch.partnerportal.partner.relationships.boundary;

import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.partner.api.ElevationRequest;
import ch.partnerportal.partner.api.ElevationView;
import ch.partnerportal.partner.api.PartnerError;
import ch.partnerportal.partner.notices.PartnerMail;
import ch.partnerportal.partner.relationships.control.ElevationStore;
import ch.partnerportal.partner.relationships.control.ElevationTrail;
import ch.partnerportal.partner.relationships.control.RelationshipMail;
import ch.partnerportal.partner.relationships.control.RelationshipViews;
import ch.partnerportal.partner.relationships.entity.Access;
import ch.partnerportal.partner.relationships.entity.Elevation;
import ch.partnerportal.partner.relationships.entity.ElevationStatus;
import ch.partnerportal.partner.relationships.entity.Relationship;
import ch.partnerportal.tenancy.api.CallerRights;
import ch.partnerportal.tenancy.api.DelegatedRights;
import ch.partnerportal.tenancy.api.MemberRights;
import ch.partnerportal.tenancy.api.Role;
import ch.partnerportal.tenancy.api.TenancyError;
import ch.partnerportal.tenancy.api.TenantAccess;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Just-in-time elevation, on the client's account: a partner user acting for the client asks for more
 * than its access gives, for a few hours; the client's legal representatives approve or refuse it, in
 * the console or from the e-mailed link (which opens the console: an answer is given signed in); they
 * or the user end it sooner. The client's legal representatives and administrators see every
 * elevation of its partners' users, a partner user its own. Each step is in the client's audit trail.
 */
@Stateless
public class Elevations {

    private static final ZoneId SWISS_TIME = ZoneId.of("Europe/Zurich");

    @PersistenceContext(unitName = "partner")
    EntityManager em;

    @Inject
    TenantAccess tenants;

    @Inject
    ElevationStore store;

    @Inject
    RelationshipViews views;

    @Inject
    PartnerMail mail;

    @Inject
    ElevationTrail trail;

    @Inject
    Clock clock;

    public List<ElevationView> of(String clientOrganizationId) throws Refusal {
        Viewer viewer = viewer(clientOrganizationId);
        List<Elevation> found = viewer.partnerUser() == null ? store.ofClient(clientOrganizationId)
                : store.ofRequester(clientOrganizationId, viewer.partnerUser().accountId());
        Instant now = clock.instant();
        return found.stream().map(elevation -> view(elevation, viewer, now)).toList();
    }

    public ElevationView find(String clientOrganizationId, String elevationId) throws Refusal {
        Viewer viewer = viewer(clientOrganizationId);
        return view(visible(clientOrganizationId, elevationId, viewer), viewer, clock.instant());
    }

    /** The partner user acting for the client asks; the client's legal representatives are told. */
    public ElevationView ask(String clientOrganizationId, ElevationRequest request) throws Refusal {
        CallerRights rights = tenants.rights(clientOrganizationId);
        if (!(rights instanceof DelegatedRights delegated)) {
            throw new Refusal(PartnerError.ELEVATION_FOR_PARTNER_USERS);
        }
        MemberRights caller = tenants.caller(delegated.partnerOrganizationId());
        Relationship relationship = em.find(Relationship.class, delegated.relationshipId(),
                LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        Elevation open = store.open(relationship.id(), caller.accountId()).orElse(null);
        if (open != null && open.lapse(now) == null) {
            throw new Refusal(PartnerError.ELEVATION_OPEN);
        }
        if (open != null) {
            trail.lapsed(open, open.statusAt(now));
        }
        if (delegated.full()) {
            throw new Refusal(PartnerError.ELEVATION_NOT_NEEDED);
        }
        if (request == null) {
            throw new Refusal(PartnerError.SCOPE_EMPTY);
        }
        Access asked = views.access(request.access(), clientOrganizationId, false);
        Elevation elevation = Elevation.asked(relationship, caller.accountId(), caller.loginId(), asked,
                request.hours(), request.reason(), now);
        em.flush();
        em.persist(elevation);
        try {
            em.flush();
        } catch (PersistenceException concurrent) {
            throw new Refusal(PartnerError.ELEVATION_OPEN);
        }
        trail.byRequester(elevation, "elevation-requested", ": " + elevation.reason());
        mail.tell(mail.legalRepresentatives(clientOrganizationId), elevation.partnerOrganizationId(),
                "elevation-requested", elevation.reason(), clientPage(elevation), null, caller.loginId(),
                elevation.hours(), elevation.answerBy());
        return view(elevation, new Viewer(null, caller), now);
    }

    public ElevationView approve(String clientOrganizationId, String elevationId, String note) throws Refusal {
        Answer answer = answer(clientOrganizationId, elevationId);
        Relationship relationship = em.find(Relationship.class, answer.elevation().relationshipId());
        if (!relationship.activeOn(LocalDate.now(clock.withZone(SWISS_TIME)))) {
            throw new Refusal(PartnerError.RELATIONSHIP_NOT_ACTIVE);
        }
        Elevation elevation = answer.elevation();
        elevation.approve(answer.by().loginId(), note, answer.at());
        trail.byClient(elevation, answer.by().loginId(), "elevation-approved", " until " + elevation.endsAt());
        tellRequester(elevation, "elevation-approved", elevation.answerNote(), elevation.endsAt());
        return view(elevation, new Viewer(answer.by(), null), answer.at());
    }

    public ElevationView refuse(String clientOrganizationId, String elevationId, String note) throws Refusal {
        Answer answer = answer(clientOrganizationId, elevationId);
        Elevation elevation = answer.elevation();
        elevation.refuse(answer.by().loginId(), note, answer.at());
        trail.byClient(elevation, answer.by().loginId(), "elevation-refused", "");
        tellRequester(elevation, "elevation-refused", elevation.answerNote());
        return view(elevation, new Viewer(answer.by(), null), answer.at());
    }

    /** The client's legal representative answering, the elevation locked, and the moment. */
    private record Answer(MemberRights by, Elevation elevation, Instant at) {
    }

    /** A member of the client who is a legal representative, answering; a partner user is told who answers. */
    private Answer answer(String clientOrganizationId, String elevationId) throws Refusal {
        if (!(tenants.rights(clientOrganizationId) instanceof MemberRights caller)) {
            throw new Refusal(PartnerError.ONLY_CLIENT_APPROVES);
        }
        if (caller.role() != Role.LEGAL_REPRESENTATIVE) {
            throw new Refusal(TenancyError.LEGAL_REPRESENTATIVE_REQUIRED);
        }
        Elevation elevation = store.ofClient(clientOrganizationId, elevationId)
                .orElseThrow(() -> new Refusal(PartnerError.ELEVATION_NOT_FOUND));
        return new Answer(caller, elevation, clock.instant());
    }

    /** Sooner than its hours: by a legal representative of the client, or by the user who asked it. */
    public ElevationView end(String clientOrganizationId, String elevationId) throws Refusal {
        Viewer viewer = viewer(clientOrganizationId);
        if (viewer.client() != null && viewer.client().role() != Role.LEGAL_REPRESENTATIVE) {
            throw new Refusal(TenancyError.LEGAL_REPRESENTATIVE_REQUIRED);
        }
        Elevation elevation = visible(clientOrganizationId, elevationId, viewer);
        Instant now = clock.instant();
        String by = viewer.client() != null ? viewer.client().loginId() : viewer.partnerUser().loginId();
        ElevationStatus was = elevation.end(by, now);
        String action = was == ElevationStatus.PENDING ? "elevation-withdrawn" : "elevation-ended";
        if (viewer.client() != null) {
            trail.byClient(elevation, by, action, ", ended before its time");
            if (was == ElevationStatus.APPROVED) {
                tellRequester(elevation, "elevation-ended", null);
            }
        } else {
            trail.byRequester(elevation, action, ", ended by its user");
        }
        return view(elevation, viewer, now);
    }

    /** The client's legal representatives and administrators, or a partner user acting for the client. */
    private Viewer viewer(String clientOrganizationId) throws Refusal {
        CallerRights rights = tenants.rights(clientOrganizationId);
        if (rights instanceof DelegatedRights delegated) {
            return new Viewer(null, tenants.caller(delegated.partnerOrganizationId()));
        }
        // the decision point answered a member's own rights: no second lookup
        MemberRights member = (MemberRights) rights;
        if (!member.role().mayManage()) {
            throw new Refusal(TenancyError.INSUFFICIENT_RIGHTS);
        }
        return new Viewer(member, null);
    }

    /** The client's elevation, locked; a partner user finds only its own. */
    private Elevation visible(String clientOrganizationId, String elevationId, Viewer viewer) throws Refusal {
        return store.ofClient(clientOrganizationId, elevationId)
                .filter(e -> viewer.partnerUser() == null || e.accountId().equals(viewer.partnerUser().accountId()))
                .orElseThrow(() -> new Refusal(PartnerError.ELEVATION_NOT_FOUND));
    }

    private void tellRequester(Elevation elevation, String kind, String note, Object... more) {
        tenants.memberByLoginId(elevation.partnerOrganizationId(), elevation.requestedBy()).ifPresent(requester ->
                mail.tell(List.of(requester), elevation.clientOrganizationId(), kind, note,
                        RelationshipMail.PARTNER_PAGE, null, more));
    }

    private static String clientPage(Elevation elevation) {
        return RelationshipMail.CLIENT_PAGE + "?elevation=" + elevation.id();
    }

    private ElevationView view(Elevation elevation, Viewer viewer, Instant now) {
        ElevationStatus status = elevation.statusAt(now);
        List<String> actions = new ArrayList<>();
        boolean legalRepresentative = viewer.client() != null && viewer.client().role() == Role.LEGAL_REPRESENTATIVE;
        if (status == ElevationStatus.PENDING && legalRepresentative) {
            actions.add("approve");
            actions.add("refuse");
        }
        if ((status == ElevationStatus.PENDING || status == ElevationStatus.APPROVED)
                && (legalRepresentative || viewer.partnerUser() != null)) {
            actions.add("end");
        }
        return new ElevationView(elevation.id(), elevation.relationshipId(), elevation.partnerOrganizationId(),
                mail.organizationName(elevation.partnerOrganizationId()), elevation.clientOrganizationId(),
                mail.organizationName(elevation.clientOrganizationId()), elevation.requestedBy(),
                views.scope(elevation.access(), elevation.clientOrganizationId()), elevation.hours(),
                elevation.reason(), status.slug(), elevation.requestedAt(), elevation.answerBy(),
                elevation.answeredBy(), elevation.answeredAt(), elevation.answerNote(), elevation.endsAt(),
                status == ElevationStatus.ENDED && elevation.endedAt() == null ? elevation.endsAt()
                        : elevation.endedAt(), elevation.endedBy(), actions);
    }

    /** Exactly one of the two: a member of the client, or a partner's user acting for it. */
    private record Viewer(MemberRights client, MemberRights partnerUser) {
    }
}
