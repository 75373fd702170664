package ch.partnerportal.billing.orders.control;

import ch.partnerportal.billing.orders.entity.OrderItem;
import ch.partnerportal.billing.orders.entity.PurchaseOrder;
import ch.partnerportal.billing.products.entity.Product;
import ch.partnerportal.billing.api.ProductDelivered;
import ch.partnerportal.kernel.Refusal;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Hands over what a paid order bought or renewed, whichever way the money came (checkout or bank
 * transfer).
 */
@Dependent
public class Delivery {

    private static final ZoneId SWISS_TIME = ZoneId.of("Europe/Zurich");

    @PersistenceContext(unitName = "billing")
    EntityManager em;

    @Inject
    Event<ProductDelivered> delivered;

    /**
     * The order's products, running from the day of payment for their periods.
     *
     * @param autoRenew REN-2: whether the method that paid can renew them automatically
     */
    public void deliver(PurchaseOrder order, boolean autoRenew, Instant paidAt) throws Refusal {
        LocalDate today = LocalDate.ofInstant(paidAt, SWISS_TIME);
        for (OrderItem item : order.items()) {
            if (item.renews().isPresent()) {
                Product product = em.find(Product.class, item.renews().get(), LockModeType.PESSIMISTIC_WRITE);
                product.renewed(item.months(), autoRenew);
                delivered.fire(new ProductDelivered(product.held(), true));
            } else {
                Product product = Product.bought(order.organizationId(), item.type(), item.label(), item.months(), today,
                        autoRenew, paidAt);
                em.persist(product);
                delivered.fire(new ProductDelivered(product.held(), false));
            }
        }
    }
}
