package ch.partnerportal.billing.prepaid.control;

import ch.partnerportal.billing.payments.control.PaymentGateway;
import ch.partnerportal.billing.prepaid.entity.PendingDeposit;
import ch.partnerportal.kernel.Refusal;
import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The provider's late confirmations of deposits (PAY-6): every 15 seconds the portal asks about each
 * deposit still waiting, so the balance is credited (or the deposit dropped) even if the payer never
 * comes back. Each deposit is settled in its own transaction, under its account's lock.
 */
@Stateless
public class WaitingDeposits {

    private static final Logger LOG = Logger.getLogger(WaitingDeposits.class.getName());

    @PersistenceContext(unitName = "billing")
    EntityManager em;

    @Inject
    PaymentGateway gateway;

    @Inject
    DepositSettlement deposits;

    @Inject
    PrepaidAccountStore prepaid;

    @Inject
    Clock clock;

    @Resource
    SessionContext context;

    @Schedule(hour = "*", minute = "*", second = "*/15", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void poll() {
        WaitingDeposits self = context.getBusinessObject(WaitingDeposits.class);
        for (String depositId : em.createQuery("select d.id from PendingDeposit d order by d.createdAt", String.class)
                .setMaxResults(500).getResultList()) {
            try {
                self.settle(depositId);
            } catch (RuntimeException | Refusal e) {
                LOG.log(Level.WARNING, "Waiting deposit " + depositId + " not settled; next poll retries", e);
            }
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void settle(String depositId) throws Refusal {
        PendingDeposit seen = em.find(PendingDeposit.class, depositId);
        if (seen == null) {
            return;
        }
        // the account's lock first, as a payer's request takes it; then the row again, under it
        prepaid.locked(seen.organizationId(), seen.amount().currency());
        em.detach(seen);
        PendingDeposit pending = em.find(PendingDeposit.class, depositId);
        if (pending != null) {
            deposits.follow(pending, clock.instant());
        }
    }
}
