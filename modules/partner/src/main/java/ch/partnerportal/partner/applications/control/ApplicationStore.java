package ch.partnerportal.partner.applications.control;

import ch.partnerportal.kernel.Notice;
import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.partner.api.PartnerError;
import ch.partnerportal.partner.applications.entity.PartnerApplication;
import ch.partnerportal.tenancy.api.MemberRights;
import ch.partnerportal.tenancy.api.OrganizationDirectory;
import ch.partnerportal.tenancy.api.OrganizationSnapshot;
import ch.partnerportal.tenancy.api.Role;
import ch.partnerportal.tenancy.api.TenantAccess;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Finding applications and telling their organizations what became of them. */
@Dependent
public class ApplicationStore {

    @PersistenceContext(unitName = "partner")
    EntityManager em;

    @Inject
    TenantAccess tenants;

    @Inject
    OrganizationDirectory directory;

    @Inject
    Event<Notice> notices;

    @Inject
    @ConfigProperty(name = "portal.console.url", defaultValue = "http://localhost:9080/console")
    String consoleUrl;

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

    public PartnerApplication locked(String applicationId) throws Refusal {
        PartnerApplication application = applicationId == null ? null
                : em.find(PartnerApplication.class, applicationId, LockModeType.PESSIMISTIC_WRITE);
        if (application == null) {
            throw new Refusal(PartnerError.APPLICATION_NOT_FOUND);
        }
        return application;
    }

    public String organizationName(String organizationId) {
        return directory.profile(organizationId).map(p -> p.name()).orElse(organizationId);
    }

    /**
     * The applicant, in its language, while it is still a member; else the organization's legal
     * representatives, who answer for the organization.
     */
    public void tellApplicant(PartnerApplication application, String kind, String reason, Instant date) {
        Optional<MemberRights> applicant = tenants.member(application.organizationId(), application.applicantAccountId());
        List<MemberRights> recipients = applicant.map(List::of)
                .orElseGet(() -> legalRepresentatives(application.organizationId()));
        tell(recipients, application.organizationId(), kind, reason, date);
    }

    public void tellLegalRepresentatives(String organizationId, String kind, String reason, Instant date) {
        tell(legalRepresentatives(organizationId), organizationId, kind, reason, date);
    }

    private void tell(List<MemberRights> recipients, String organizationId, String kind, String reason, Instant date) {
        String name = organizationName(organizationId);
        for (MemberRights recipient : recipients) {
            notices.fire(ApplicationNotices.of(kind, recipient.loginId(), recipient.locale(), name, reason,
                    consoleUrl + "/app/partner.xhtml", date));
        }
    }

    private List<MemberRights> legalRepresentatives(String organizationId) {
        List<MemberRights> found = new ArrayList<>();
        for (OrganizationSnapshot.Member member : directory.snapshot(organizationId).members()) {
            if (member.role() == Role.LEGAL_REPRESENTATIVE) {
                tenants.memberByLoginId(organizationId, member.email()).ifPresent(found::add);
            }
        }
        return found;
    }
}
