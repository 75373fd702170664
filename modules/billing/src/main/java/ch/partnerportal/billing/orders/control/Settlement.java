package ch.partnerportal.billing.orders.control;

import ch.partnerportal.billing.api.CheckoutViews.PaymentStatus;
import ch.partnerportal.billing.api.CheckoutViews.PaymentView;
import ch.partnerportal.billing.api.CheckoutViews.ProviderView;
import ch.partnerportal.billing.api.PaymentMethod;
import ch.partnerportal.billing.invoices.control.Numbering;
import ch.partnerportal.billing.invoices.entity.DocumentSeries;
import ch.partnerportal.billing.invoices.entity.Invoice;
import ch.partnerportal.billing.orders.entity.PurchaseOrder;
import ch.partnerportal.billing.payments.control.PaymentGateway;
import ch.partnerportal.billing.payments.control.PaymentOutcomes;
import ch.partnerportal.billing.payments.entity.PaymentProfile;
import ch.partnerportal.billing.prepaid.control.PrepaidAccountStore;
import ch.partnerportal.kernel.Money;
import ch.partnerportal.kernel.Refusal;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Ends a payment that waited for the payer or the provider, whoever asks (the payer repeating the
 * request, the payer confirming, or the background poll): approved, the pro-forma becomes the final
 * invoice and the order is delivered; declined or abandoned, the pro-forma is withdrawn and what the
 * prepaid balance paid is given back.
 */
@Dependent
public class Settlement {

    @PersistenceContext(unitName = "billing")
    EntityManager em;

    @Inject
    Numbering numbering;

    @Inject
    PaymentOutcomes outcomes;

    @Inject
    Delivery delivery;

    @Inject
    PrepaidAccountStore prepaid;

    @Inject
    PaymentGateway gateway;

    /** The provider's idempotency key of an order's attempt: scoped to the order, one per request key. */
    public static String providerKey(PurchaseOrder order, String requestKey) {
        return "order:" + order.id() + ":" + requestKey;
    }

    /**
     * Settles an attempt whose answer was lost, from what the provider knows of it (without charging
     * again): approved, the order is paid; declined, released; still waiting, it waits with its
     * transaction. A charge the provider never received ends as not charged once {@link PaymentGateway#IN_DOUBT_GRACE}
     * has passed.
     *
     * @param order locked, in doubt
     * @return the settled payment, or empty while it stays in doubt
     * @throws Refusal GATEWAY_TIMEOUT: the provider did not answer the question either
     */
    public Optional<PaymentView> settleInDoubt(PurchaseOrder order, Instant now) throws Refusal {
        Optional<PaymentGateway.Result> settled = gateway.inDoubt(providerKey(order, order.paymentKey().orElseThrow()),
                order.awaitingSince().orElse(now), now);
        return settled.isEmpty() ? Optional.empty() : Optional.of(settle(order, settled.get(), now));
    }

    /**
     * @param order  locked, awaiting payment (an attempt in doubt learns here which transaction it became)
     * @param result what the provider says of the order's transaction
     */
    public PaymentView settle(PurchaseOrder order, PaymentGateway.Result result, Instant now) throws Refusal {
        if (order.isInDoubt()) {
            order.providerAnswered(result.transactionId());
        }
        Invoice proForma = em.find(Invoice.class, order.invoiceId().orElseThrow(), LockModeType.PESSIMISTIC_WRITE);
        if (result.stillWaiting(order.awaitingSince().orElse(now), now)) {
            return waiting(order, proForma, result);
        }
        if (result.approved()) {
            proForma.markPaid(numbering.next(DocumentSeries.INVOICE, proForma.currency(), now), now);
            PaymentMethod method = order.paymentMethod().orElseThrow();
            outcomes.record(PaymentOutcomes.Outcome.PAID, method);
            remember(order.organizationId(), method, result, now);
            delivery.deliver(order, method.supportsAutomaticRenewal(), now);
            order.paymentApproved(now);
            return paid(order, proForma);
        }
        order.paymentMethod().ifPresent(method -> outcomes.record(PaymentOutcomes.Outcome.DECLINED, method));
        proForma.cancel(now);
        Optional<Money> fromBalance = order.balancePart().filter(Money::isPositive);
        if (fromBalance.isPresent()) {
            prepaid.locked(order.organizationId(), fromBalance.get().currency()).refund(fromBalance.get(),
                    balanceKey(order.paymentKey().orElseThrow()) + ":given-back",
                    "Payment declined, order " + order.id().substring(0, 8), now);
        }
        order.paymentFailed();
        return new PaymentView(PaymentStatus.DECLINED, OrderViews.invoice(proForma), "0.00", "0.00", null,
                new ProviderView(result.transactionId(), result.brand(), result.declineReason()));
    }

    /** The debit of the prepaid balance for this order's payment: one per request key. */
    public static String balanceKey(String requestKey) {
        return requestKey + ":balance";
    }

    public PaymentView paid(PurchaseOrder order, Invoice invoice) {
        Money fromBalance = order.balancePart().orElse(Money.zero(invoice.currency()));
        return new PaymentView(PaymentStatus.PAID, OrderViews.invoice(invoice), OrderViews.text(fromBalance),
                OrderViews.text(invoice.payable().minus(fromBalance)), null,
                order.transactionId().map(id -> new ProviderView(id, null, null)).orElse(null));
    }

    public PaymentView waiting(PurchaseOrder order, Invoice proForma, PaymentGateway.Result result) {
        Money fromBalance = order.balancePart().orElse(Money.zero(proForma.currency()));
        return new PaymentView(result.outcome() == PaymentGateway.Outcome.ACTION_REQUIRED
                ? PaymentStatus.ACTION_REQUIRED : PaymentStatus.PENDING, OrderViews.invoice(proForma),
                OrderViews.text(fromBalance), OrderViews.text(proForma.payable().minus(fromBalance)), null,
                new ProviderView(result.transactionId(), result.brand(), null));
    }

    /** PAY-5 / REN-2: an approved Twint payment saves (or replaces) the organization's Twint profile. */
    public void remember(String organizationId, PaymentMethod method, PaymentGateway.Result result, Instant now) {
        if (result == null || result.profileToken() == null) {
            return;
        }
        String label = result.brand() + " •••• " + result.lastDigits();
        profile(organizationId, method).ifPresentOrElse(p -> p.replace(result.profileToken(), label, now),
                () -> em.persist(PaymentProfile.save(organizationId, method, result.profileToken(), label, now)));
    }

    public Optional<PaymentProfile> profile(String organizationId, PaymentMethod method) {
        return em.createQuery("select p from PaymentProfile p where p.organizationId = :organization "
                        + "and p.method = :method", PaymentProfile.class)
                .setParameter("organization", organizationId).setParameter("method", method)
                .getResultStream().findFirst();
    }
}
