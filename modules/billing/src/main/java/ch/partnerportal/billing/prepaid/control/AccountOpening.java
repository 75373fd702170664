package ch.partnerportal.billing.prepaid.control;

import ch.partnerportal.billing.prepaid.entity.PrepaidAccount;
import ch.partnerportal.kernel.Currency;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import java.time.Clock;

/**
 * Opens an organization's account in its own transaction, so that the first deposits arriving
 * together all find one account to lock: the database's unique key lets one opening win and the
 * others roll back quietly (no exception leaves the bean, so the container logs no error for a race
 * that harms nothing).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class AccountOpening {

    @PersistenceContext(unitName = "billing")
    EntityManager em;

    @Inject
    Clock clock;

    @Resource
    SessionContext context;

    public void open(String organizationId, Currency currency) {
        boolean exists = !em.createQuery("select a.id from PrepaidAccount a "
                        + "where a.organizationId = :organization and a.currency = :currency", String.class)
                .setParameter("organization", organizationId)
                .setParameter("currency", currency)
                .getResultList().isEmpty();
        if (!exists) {
            em.persist(PrepaidAccount.open(organizationId, currency, clock.instant()));
            try {
                em.flush();
            } catch (PersistenceException openedMeanwhile) {
                context.setRollbackOnly();
            }
        }
    }
}
