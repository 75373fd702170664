package ch.partnerportal.partner.applications.control;

import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.partner.api.PartnerError;
import ch.partnerportal.partner.applications.entity.ApplicationStatus;
import ch.partnerportal.partner.applications.entity.PartnerApplication;
import ch.partnerportal.partner.notices.PartnerMail;
import ch.partnerportal.tenancy.api.MemberRights;
import ch.partnerportal.tenancy.api.TenantAccess;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Finding applications and telling their organizations what became of them. */
@Dependent
public class ApplicationStore {

    private static final String PAGE = "/app/partner.xhtml";

    @PersistenceContext(unitName = "partner")
    EntityManager em;

    @Inject
    TenantAccess tenants;

    @Inject
    PartnerMail mail;

    public Optional<PartnerApplication> latestOf(String organizationId) {
        return em.createNamedQuery("PartnerApplication.latestOf", PartnerApplication.class)
                .setParameter("organization", organizationId).setMaxResults(1).getResultStream().findFirst();
    }

    /** The pending or approved one, locked: decisions on one application are taken one after the other. */
    public Optional<PartnerApplication> openOf(String organizationId) {
        return em.createNamedQuery("PartnerApplication.open", PartnerApplication.class)
                .setParameter("organization", organizationId).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    /** Whether the organization is a partner now: its application approved and not revoked. */
    public boolean partner(String organizationId) {
        return em.createNamedQuery("PartnerApplication.open", PartnerApplication.class)
                .setParameter("organization", organizationId).getResultStream()
                .anyMatch(application -> application.status() == ApplicationStatus.APPROVED);
    }

    public PartnerApplication locked(String applicationId) throws Refusal {
        PartnerApplication application = applicationId == null ? null
                : em.find(PartnerApplication.class, applicationId, LockModeType.PESSIMISTIC_WRITE);
        if (application == null) {
            throw new Refusal(PartnerError.APPLICATION_NOT_FOUND);
        }
        return application;
    }

    public String organizationName(String organizationId) {
        return mail.organizationName(organizationId);
    }

    /**
     * The applicant, in its language, while it is still a member; else the organization's legal
     * representatives, who answer for the organization.
     */
    public void tellApplicant(PartnerApplication application, String kind, String reason, Instant date) {
        Optional<MemberRights> applicant = tenants.member(application.organizationId(), application.applicantAccountId());
        List<MemberRights> recipients = applicant.map(List::of)
                .orElseGet(() -> mail.legalRepresentatives(application.organizationId()));
        mail.tell(recipients, application.organizationId(), kind, reason, PAGE, date);
    }

    public void tellLegalRepresentatives(String organizationId, String kind, String reason, Instant date) {
        mail.tell(mail.legalRepresentatives(organizationId), organizationId, kind, reason, PAGE, date);
    }
}
