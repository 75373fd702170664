package ch.partnerportal.billing.prepaid.control;

import ch.partnerportal.billing.prepaid.entity.PrepaidAccount;
import ch.partnerportal.kernel.Currency;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.util.Optional;

/** Finds an organization's account in a currency, or opens and locks it for a change. */
@Dependent
public class PrepaidAccountStore {

    @PersistenceContext(unitName = "billing")
    EntityManager em;

    @Inject
    AccountOpening opening;

    public Optional<PrepaidAccount> find(String organizationId, Currency currency) {
        return query(organizationId, currency, LockModeType.NONE);
    }

    /** The account, opened on first use, locked until the transaction ends. */
    public PrepaidAccount locked(String organizationId, Currency currency) {
        Optional<PrepaidAccount> existing = query(organizationId, currency, LockModeType.PESSIMISTIC_WRITE);
        if (existing.isPresent()) {
            return existing.get();
        }
        try {
            opening.open(organizationId, currency);
        } catch (EJBException openedMeanwhile) {
            // another request opened it at the same moment: lock that one
        }
        return query(organizationId, currency, LockModeType.PESSIMISTIC_WRITE).orElseThrow();
    }

    private Optional<PrepaidAccount> query(String organizationId, Currency currency, LockModeType lock) {
        return em.createQuery("select a from PrepaidAccount a "
                        + "where a.organizationId = :organization and a.currency = :currency", PrepaidAccount.class)
                .setParameter("organization", organizationId)
                .setParameter("currency", currency)
                .setLockMode(lock)
                .getResultStream().findFirst();
    }
}
