package ch.partnerportal.partner.applications.control;

import ch.partnerportal.billing.api.YearlyValue;
import ch.partnerportal.partner.applications.entity.ApplicationStatus;
import ch.partnerportal.partner.applications.entity.PartnerApplication;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The yearly review (PAR-1): each partner's managed value computed again; one found below the threshold
 * for the first time is given {@link #GRACE} and its legal representatives are told. Each partner is
 * reviewed in a transaction of its own, locked and read again first: a partner being revoked at that
 * moment, or reviewed by another server sharing the database, is reviewed once and never holds up the
 * others.
 */
@Stateless
public class YearlyReviewing {

    /** How long a partner found below the threshold has to reach it again (see the module's package-info). */
    public static final Duration GRACE = Duration.ofDays(90);
    private static final Logger LOG = Logger.getLogger(YearlyReviewing.class.getName());

    @PersistenceContext(unitName = "partner")
    EntityManager em;

    @Inject
    ManagedValues values;

    @Inject
    ApplicationStore store;

    @Inject
    Clock clock;

    @Resource
    SessionContext context;

    /** @param all every partner now, or only those whose year since approval or last review is over */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void review(boolean all) {
        List<String> partners = em.createQuery("select a.id from PartnerApplication a where a.status = :approved "
                        + "order by a.id", String.class)
                .setParameter("approved", ApplicationStatus.APPROVED).getResultList();
        YearlyReviewing self = context.getBusinessObject(YearlyReviewing.class);
        for (String id : partners) {
            try {
                self.reviewOne(id, all);
            } catch (EJBException failed) {
                // the next run reviews it: it stays due
                LOG.log(Level.WARNING, "Partner application " + id + " not reviewed", failed);
            }
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void reviewOne(String applicationId, boolean all) {
        Instant now = clock.instant();
        PartnerApplication partner = em.find(PartnerApplication.class, applicationId, LockModeType.PESSIMISTIC_WRITE);
        if (partner == null || partner.status() != ApplicationStatus.APPROVED || !all && !partner.dueForReview(now)) {
            return;
        }
        YearlyValue value = values.of(partner.organizationId(), partner.currency());
        if (partner.reviewed(value.total(), GRACE, now)) {
            store.tellLegalRepresentatives(partner.organizationId(), "below-threshold", value.total().toString(),
                    partner.graceUntil());
        }
    }
}
