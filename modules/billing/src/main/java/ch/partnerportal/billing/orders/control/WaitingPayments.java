package ch.partnerportal.billing.orders.control;

import ch.partnerportal.billing.orders.entity.PurchaseOrder;
import ch.partnerportal.billing.payments.control.PaymentGateway;
import ch.partnerportal.kernel.Refusal;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The provider's late confirmations of orders (PAY-5): a real provider calls back; here the portal
 * asks about every waiting payment every 15 seconds, so an order is paid (or released) even if the
 * payer never comes back, and gives up on a confirmation the payer left for longer than the
 * confirmation window. An attempt whose answer was lost (in doubt) is settled from what the provider
 * knows of it, so a charge is never left unbooked when the payer does not repeat. Each order is
 * settled in its own transaction, under the order's lock. Waiting
 * deposits have their own poll in the prepaid account's component.
 */
@Stateless
public class WaitingPayments {

    private static final Logger LOG = Logger.getLogger(WaitingPayments.class.getName());

    @PersistenceContext(unitName = "billing")
    EntityManager em;

    @Inject
    PaymentGateway gateway;

    @Inject
    Settlement settlement;

    @Inject
    Clock clock;

    @Resource
    SessionContext context;

    @Schedule(hour = "*", minute = "*", second = "*/15", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void poll() {
        List<String> waiting = em.createQuery("select o.id from PurchaseOrder o where o.status = :status "
                        + "order by o.awaitingSince", String.class)
                .setParameter("status", PurchaseOrder.Status.AWAITING_PAYMENT).setMaxResults(500).getResultList();
        WaitingPayments self = context.getBusinessObject(WaitingPayments.class);
        for (String orderId : waiting) {
            try {
                self.settle(orderId);
            } catch (RuntimeException | Refusal e) {
                LOG.log(Level.WARNING, "Waiting payment of order " + orderId + " not settled; next poll retries", e);
            }
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void settle(String orderId) throws Refusal {
        PurchaseOrder order = em.find(PurchaseOrder.class, orderId, LockModeType.PESSIMISTIC_WRITE);
        if (order != null && order.isInDoubt()) {
            settlement.settleInDoubt(order, clock.instant());
        } else if (order != null && order.isAwaitingPayment()) {
            settlement.settle(order, gateway.statusOrForgotten(order.transactionId().orElseThrow()), clock.instant());
        }
    }
}
