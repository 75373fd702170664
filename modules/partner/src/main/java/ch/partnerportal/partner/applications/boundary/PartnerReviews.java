package ch.partnerportal.partner.applications.boundary;

import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.kernel.Slugs;
import ch.partnerportal.partner.api.PartnerError;
import ch.partnerportal.partner.api.ApplicationView;
import ch.partnerportal.partner.api.PartnershipChanged;
import ch.partnerportal.partner.applications.control.ApplicationStore;
import ch.partnerportal.partner.applications.control.YearlyReviewing;
import ch.partnerportal.partner.applications.entity.ApplicationStatus;
import ch.partnerportal.partner.applications.entity.PartnerApplication;
import ch.partnerportal.tenancy.api.OrganizationChanged;
import ch.partnerportal.tenancy.api.Page;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * PAR-1 for the provider's platform administrators: the review queue, approving or refusing each
 * application with a reason the applicant reads, ending a partnership, and the yearly review of every
 * partner's managed value. Approval and revocation change who carries the realm role {@code partner};
 * the identity outbox carries it to Keycloak.
 */
@Stateless
@DeclareRoles("platform-admin")
public class PartnerReviews {

    @PersistenceContext(unitName = "partner")
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    ApplicationStore store;

    @Inject
    YearlyReviewing reviewing;

    @Inject
    Event<OrganizationChanged> organizationChanges;

    @Inject
    Event<PartnershipChanged> partnerships;

    @Inject
    Clock clock;

    /** Oldest first: the queue is worked from its head. */
    @RolesAllowed("platform-admin")
    public Page<ApplicationView> queue(String statusSlug, int offset, int limit) throws Refusal {
        ApplicationStatus status = Slugs.parse(ApplicationStatus.class, statusSlug)
                .orElseThrow(() -> new Refusal(PartnerError.UNKNOWN_STATUS, statusSlug));
        List<PartnerApplication> page = em.createQuery("select a from PartnerApplication a where a.status = :status "
                        + "order by a.appliedAt, a.id", PartnerApplication.class)
                .setParameter("status", status).setFirstResult(offset).setMaxResults(limit).getResultList();
        long total = em.createQuery("select count(a) from PartnerApplication a where a.status = :status", Long.class)
                .setParameter("status", status).getSingleResult();
        return new Page<>(views(page), total);
    }

    @RolesAllowed("platform-admin")
    public ApplicationView approve(String applicationId, String reason) throws Refusal {
        PartnerApplication application = decided(applicationId, reason, PartnerApplication::approve);
        partnershipChanged(application, true);
        store.tellApplicant(application, "application-approved", application.decisionReason(), null);
        return view(application);
    }

    @RolesAllowed("platform-admin")
    public ApplicationView refuse(String applicationId, String reason) throws Refusal {
        PartnerApplication application = decided(applicationId, reason, PartnerApplication::refuse);
        store.tellApplicant(application, "application-refused", application.decisionReason(), null);
        return view(application);
    }

    /** Ends a partnership: its members lose the partner role, its legal representatives are told why. */
    @RolesAllowed("platform-admin")
    public ApplicationView revoke(String applicationId, String reason) throws Refusal {
        PartnerApplication application = decided(applicationId, reason, PartnerApplication::revoke);
        partnershipChanged(application, false);
        store.tellLegalRepresentatives(application.organizationId(), "partnership-revoked", reason.strip(), null);
        return view(application);
    }

    /** What a platform administrator does to an application, with the reason the organization reads. */
    @FunctionalInterface
    private interface Decision {
        void take(PartnerApplication application, String administrator, String reason, Instant now) throws Refusal;
    }

    private PartnerApplication decided(String applicationId, String reason, Decision decision) throws Refusal {
        PartnerApplication application = store.locked(applicationId);
        decision.take(application, context.getCallerPrincipal().getName(), reason, clock.instant());
        return application;
    }

    /**
     * Reviews every partner now, as the yearly run does for each on its anniversary; answers the
     * partners below the threshold.
     */
    @RolesAllowed("platform-admin")
    public List<ApplicationView> reviewAll() {
        reviewing.review(true);
        return belowThreshold();
    }

    /** Partners whose last review found them below the threshold, the nearest end of grace first. */
    @RolesAllowed("platform-admin")
    public List<ApplicationView> belowThreshold() {
        return views(em.createQuery("select a from PartnerApplication a where a.status = :approved "
                        + "and a.graceUntil is not null order by a.graceUntil, a.id", PartnerApplication.class)
                .setParameter("approved", ApplicationStatus.APPROVED).getResultList());
    }

    private void partnershipChanged(PartnerApplication application, boolean partner) {
        partnerships.fire(new PartnershipChanged(application.organizationId(), partner));
        organizationChanges.fire(new OrganizationChanged(application.organizationId()));
    }

    private ApplicationView view(PartnerApplication application) {
        return application.view(store.organizationName(application.organizationId()));
    }

    private List<ApplicationView> views(List<PartnerApplication> applications) {
        return applications.stream().map(this::view).toList();
    }
}
