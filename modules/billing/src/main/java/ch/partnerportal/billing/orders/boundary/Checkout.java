package ch.partnerportal.billing.orders.boundary;

import ch.partnerportal.billing.amounts.entity.Totals;
import ch.partnerportal.billing.amounts.entity.Vat;
import ch.partnerportal.billing.api.BillingError;
import ch.partnerportal.billing.api.CheckoutViews.PaymentRequest;
import ch.partnerportal.billing.api.CheckoutViews.PaymentStatus;
import ch.partnerportal.billing.api.CheckoutViews.PaymentView;
import ch.partnerportal.billing.api.PaymentMethod;
import ch.partnerportal.billing.invoices.control.Numbering;
import ch.partnerportal.billing.invoices.entity.CustomerSnapshot;
import ch.partnerportal.billing.invoices.entity.DocumentSeries;
import ch.partnerportal.billing.invoices.entity.Invoice;
import ch.partnerportal.billing.invoices.entity.InvoiceLine;
import ch.partnerportal.billing.orders.control.Delivery;
import ch.partnerportal.billing.orders.control.OrderViews;
import ch.partnerportal.billing.orders.control.Pricing;
import ch.partnerportal.billing.orders.control.Settlement;
import ch.partnerportal.billing.orders.entity.PurchaseOrder;
import ch.partnerportal.billing.payments.control.IdempotencyKeys;
import ch.partnerportal.billing.payments.control.PaymentGateway;
import ch.partnerportal.billing.payments.control.PaymentOutcomes;
import ch.partnerportal.billing.payments.control.RequestKeys;
import ch.partnerportal.billing.payments.entity.PaymentProfile;
import ch.partnerportal.billing.prepaid.control.PrepaidAccountStore;
import ch.partnerportal.billing.prepaid.entity.PrepaidAccount;
import ch.partnerportal.billing.transfers.control.TransferReferences;
import ch.partnerportal.billing.transfers.entity.TransferReference;
import ch.partnerportal.kernel.Currency;
import ch.partnerportal.kernel.KeptRefusal;
import ch.partnerportal.kernel.Money;
import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.tenancy.api.ProductAccess;
import ch.partnerportal.tenancy.api.TenantAccess;
import ch.partnerportal.tenancy.api.TenantProfile;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Paying an order (PAY-3, PAY-4, PAY-5): in one payment that issues one final invoice, all or
 * nothing. A payment by transfer answers a pro-forma with its QR reference; one the payer must
 * confirm (3-D Secure, PayPal, Twint app) or the provider confirms later waits as a pro-forma, with
 * what the prepaid balance paid already debited, until it is approved (final invoice, products
 * delivered) or declined (pro-forma withdrawn, balance given back). A repeated request (same key)
 * answers where its payment stands and never pays twice. An attempt whose answer the provider lost
 * waits the same way, in doubt: its repeat completes it with the amounts fixed at that attempt, and a
 * new attempt first settles it with the provider, so a card is never charged twice for one order.
 */
@Stateless
public class Checkout {

    private static final ZoneId SWISS_TIME = ZoneId.of("Europe/Zurich");

    /** PAY-3: a transfer pro-forma is due ten days after it is issued. */
    static final int TRANSFER_DAYS = 10;

    @PersistenceContext(unitName = "billing")
    EntityManager em;

    @Inject
    TenantAccess tenants;

    @Inject
    PaymentGateway gateway;

    @Inject
    Numbering numbering;

    @Inject
    PrepaidAccountStore prepaid;

    @Inject
    Delivery delivery;

    @Inject
    Pricing pricing;

    @Inject
    Settlement settlement;

    @Inject
    PaymentOutcomes outcomes;

    @Inject
    TransferReferences references;

    @Inject
    RequestKeys requestKeys;

    @Inject
    Clock clock;

    public PaymentView pay(String organizationId, String orderId, PaymentRequest request) throws Refusal {
        TenantProfile organization = tenants.require(organizationId, ProductAccess.BILLING);
        String key = IdempotencyKeys.require(request.idempotencyKey());
        PurchaseOrder order = locked(organizationId, orderId);
        requestKeys.claim(organizationId, key, "order-payment", order.id(), RequestKeys.fingerprint(
                request.method(), request.instrument(), request.usePrepaidBalance()));
        Instant now = clock.instant();
        if (order.isInDoubt() && !order.paymentKey().orElseThrow().equals(key)) {
            settleEarlierAttempt(order, now);
        }
        if (order.isRepeatOf(key)) {
            return standing(order, request, now);
        }
        Currency currency = Currency.forBillingCountry(organization.country());
        PaymentMethod method = request.method();
        if (method == null) {
            throw new Refusal(BillingError.UNKNOWN_PAYMENT_METHOD, "");
        }
        if (!method.availableIn(currency)) {
            throw new Refusal(BillingError.METHOD_NOT_AVAILABLE_IN_CURRENCY, method.name(), currency.code());
        }
        CustomerSnapshot customer = CustomerSnapshot.of(organization.name(), organization.street(),
                organization.postalCode(), organization.city(), organization.country(), organization.vatNumber());
        List<InvoiceLine> lines = pricing.lines(order, currency);
        if (method.startsWithProForma()) {
            return payByTransfer(order, customer, lines, request);
        }
        Money payable = Totals.of(currency, Vat.forCountry(organization.country()),
                lines.stream().map(InvoiceLine::net).toList()).payable();

        Money fromBalance = Money.zero(currency);
        PrepaidAccount account = null;
        if (request.usePrepaidBalance() || method == PaymentMethod.PREPAID) {
            account = prepaid.locked(organizationId, currency);
            fromBalance = account.coverage(payable).fromBalance();
            if (account.movementWithKey(Settlement.balanceKey(key)).isPresent()) {
                // an earlier attempt of this key was declined and its balance part given back: a new
                // attempt needs a new key, or the ledger would take the old debit for this one
                throw new Refusal(BillingError.IDEMPOTENCY_KEY_REUSED);
            }
        }
        Money byMethod = payable.minus(fromBalance);
        if (method == PaymentMethod.PREPAID && byMethod.isPositive()) {
            throw new Refusal(BillingError.INSUFFICIENT_BALANCE, account.balance().toString(), payable.toString());
        }
        PaymentGateway.Result result = null;
        if (byMethod.isPositive()) {
            PaymentGateway.Charge charge = new PaymentGateway.Charge(Settlement.providerKey(order, key), byMethod,
                    method, instrument(organizationId, method, request.instrument()), "Order " + order.id());
            try {
                result = gateway.charge(charge);
            } catch (Refusal refusal) {
                if (refusal.errorCode() != BillingError.GATEWAY_TIMEOUT) {
                    throw refusal;
                }
                // The provider may have charged: keep this attempt, its amounts fixed and its balance part
                // held, so that its repeat completes it and no new attempt charges before it is settled.
                hold(order, customer, lines, account, fromBalance, key, method, null, now);
                outcomes.record(PaymentOutcomes.Outcome.IN_DOUBT, method);
                throw new KeptRefusal(BillingError.GATEWAY_TIMEOUT);
            }
            if (result.waiting()) {
                Invoice proForma = hold(order, customer, lines, account, fromBalance, key, method,
                        result.transactionId(), now);
                outcomes.record(PaymentOutcomes.Outcome.PENDING, method);
                return settlement.waiting(order, proForma, result);
            }
            outcomes.record(result.approved() ? PaymentOutcomes.Outcome.PAID : PaymentOutcomes.Outcome.DECLINED,
                    method);
            result.requireApproved();
        }
        Invoice invoice = Invoice.issuePaid(organizationId, customer, lines,
                numbering.next(DocumentSeries.INVOICE, currency, now), now);
        em.persist(invoice);
        if (fromBalance.isPositive()) {
            account.pay(fromBalance, Settlement.balanceKey(key), "Invoice " + invoice.number().orElseThrow(), now);
        }
        withdrawTransferProForma(order, now);
        settlement.remember(organizationId, method, result, now);
        delivery.deliver(order, result != null && method.supportsAutomaticRenewal(), now);
        order.paid(invoice.id(), key, now);
        order.paidWith(result == null ? PaymentMethod.PREPAID : method, result == null ? null : result.transactionId(),
                fromBalance);
        return settlement.paid(order, invoice);
    }

    /**
     * A payment waits for the payer or the provider, or its answer was lost: its document is a
     * pro-forma, what the balance pays is debited now (given back if the payment fails), and the
     * order remembers the attempt's key, method and amounts.
     */
    private Invoice hold(PurchaseOrder order, CustomerSnapshot customer, List<InvoiceLine> lines, PrepaidAccount account,
                         Money fromBalance, String key, PaymentMethod method, String transactionId, Instant now)
            throws Refusal {
        Invoice proForma = Invoice.proForma(order.organizationId(), customer, lines,
                LocalDate.ofInstant(now, SWISS_TIME), now);
        em.persist(proForma);
        if (fromBalance.isPositive()) {
            account.pay(fromBalance, Settlement.balanceKey(key), "Order " + order.id().substring(0, 8), now);
        }
        withdrawTransferProForma(order, now);
        order.awaitPayment(proForma.id(), key, method, transactionId, fromBalance, now);
        return proForma;
    }

    /**
     * The repeat of an attempt whose answer was lost completes that attempt, with the amounts fixed
     * then, whatever the balance did since: the provider tells what became of the charge, and one it
     * never received is sent again under the same key (so it is still charged once).
     */
    private PaymentView repeatInDoubt(PurchaseOrder order, PaymentRequest request, Instant now) throws Refusal {
        String providerKey = Settlement.providerKey(order, order.paymentKey().orElseThrow());
        Optional<PaymentGateway.Result> known = gateway.lookup(providerKey);
        if (known.isPresent()) {
            return settlement.settle(order, known.get(), now);
        }
        Invoice proForma = em.find(Invoice.class, order.invoiceId().orElseThrow());
        Money byMethod = proForma.payable().minus(order.balancePart().orElse(Money.zero(proForma.currency())));
        PaymentMethod method = order.paymentMethod().orElseThrow();
        return settlement.settle(order, gateway.charge(new PaymentGateway.Charge(providerKey, byMethod, method,
                instrument(order.organizationId(), method, request.instrument()), "Order " + order.id())), now);
    }

    /**
     * A new attempt on an order whose earlier attempt is in doubt: the earlier one is settled with the
     * provider first, so the card is never charged twice. If it took the money, the order is paid and
     * the new request is refused (with the settlement kept); if it took nothing, the new one goes on.
     */
    private void settleEarlierAttempt(PurchaseOrder order, Instant now) throws Refusal {
        if (settlement.settleInDoubt(order, now).isEmpty()) {
            throw new Refusal(BillingError.PAYMENT_IN_PROGRESS);
        }
        if (order.status() == PurchaseOrder.Status.PAID) {
            throw new KeptRefusal(BillingError.ORDER_ALREADY_PAID);
        }
        if (!order.isPending()) {
            throw new KeptRefusal(BillingError.PAYMENT_IN_PROGRESS);
        }
    }

    /**
     * Where the payment that the request with this key started stands now, asked without repeating the
     * request (a page following a waiting payment): settled when the provider decided. An order paid,
     * or waiting for another request's payment, answers as {@link #pay} would.
     */
    public PaymentView follow(String organizationId, String orderId, String key) throws Refusal {
        tenants.require(organizationId, ProductAccess.BILLING);
        PurchaseOrder order = locked(organizationId, orderId);
        String usable = IdempotencyKeys.require(key);
        if (!order.isRepeatOf(usable)) {
            throw new Refusal(BillingError.ORDER_NOT_AWAITING_CONFIRMATION);
        }
        return standing(order, null, clock.instant());
    }

    /**
     * Where the payment of the order's own request stands: the transfer's pro-forma, the waiting
     * payment settled if the provider decided, or the paid invoice.
     *
     * @param repeated the request sent again, which may complete an attempt in doubt; {@code null} when
     *                 only asked (then an attempt in doubt is only settled from what the provider knows)
     */
    private PaymentView standing(PurchaseOrder order, PaymentRequest repeated, Instant now) throws Refusal {
        Invoice invoice = em.find(Invoice.class, order.invoiceId().orElseThrow());
        return switch (order.status()) {
            case AWAITING_TRANSFER -> transferView(invoice);
            case AWAITING_PAYMENT -> {
                if (!order.isInDoubt()) {
                    yield settlement.settle(order, gateway.statusOrForgotten(order.transactionId().orElseThrow()), now);
                }
                yield repeated != null ? repeatInDoubt(order, repeated, now) : settlement.settleInDoubt(order, now)
                        .orElseThrow(() -> new Refusal(BillingError.PAYMENT_PENDING));
            }
            default -> settlement.paid(order, invoice);
        };
    }

    /**
     * The payer's answer to the provider's second step (3-D Secure, approval at PayPal or in the Twint
     * app): {@code approve}, or anything else to give up.
     */
    public PaymentView confirm(String organizationId, String orderId, String answer) throws Refusal {
        tenants.require(organizationId, ProductAccess.BILLING);
        PurchaseOrder order = locked(organizationId, orderId);
        if (!order.isAwaitingPayment()) {
            throw new Refusal(BillingError.ORDER_NOT_AWAITING_CONFIRMATION);
        }
        return settlement.settle(order, gateway.completeOrForgotten(order.transactionId().orElseThrow(),
                answer == null ? "" : answer), clock.instant());
    }

    /** The saved payment profile of a method, as the customer recognizes it (PAY-5: Twint). */
    public Optional<String> savedProfile(String organizationId, PaymentMethod method) throws Refusal {
        tenants.require(organizationId, ProductAccess.BILLING);
        return settlement.profile(organizationId, method).map(PaymentProfile::label);
    }

    /** Twint without a number pays with the profile an earlier Twint payment saved (PAY-5). */
    private String instrument(String organizationId, PaymentMethod method, String given) {
        if (method == PaymentMethod.TWINT && (given == null || given.isBlank())) {
            return settlement.profile(organizationId, method).map(PaymentProfile::token).orElse(given);
        }
        return given;
    }

    /**
     * PAY-3: the pro-forma with its transfer reference; the final invoice comes when the bank reports
     * the money. Asking again while it is out answers the same pro-forma.
     */
    private PaymentView payByTransfer(PurchaseOrder order, CustomerSnapshot customer, List<InvoiceLine> lines,
                                      PaymentRequest request) throws Refusal {
        if (request.usePrepaidBalance()) {
            throw new Refusal(BillingError.BALANCE_NOT_WITH_TRANSFER);
        }
        if (order.isAwaitingTransfer()) {
            return transferView(em.find(Invoice.class, order.invoiceId().orElseThrow()));
        }
        Instant now = clock.instant();
        Invoice proForma = Invoice.proForma(order.organizationId(), customer, lines,
                LocalDate.ofInstant(now, SWISS_TIME).plusDays(TRANSFER_DAYS), now);
        em.persist(proForma);
        TransferReference reference = references.forInvoice(proForma, now);
        order.awaitTransfer(proForma.id(), request.idempotencyKey().strip());
        return transferView(proForma, reference);
    }

    /** Paid another way after all: the transfer's pro-forma is withdrawn; a transfer that still comes goes to the balance. */
    private void withdrawTransferProForma(PurchaseOrder order, Instant now) throws Refusal {
        if (order.isAwaitingTransfer()) {
            em.find(Invoice.class, order.invoiceId().orElseThrow(), LockModeType.PESSIMISTIC_WRITE).cancel(now);
        }
    }

    private PaymentView transferView(Invoice proForma) {
        return transferView(proForma, references.ofInvoice(proForma.id()).orElseThrow());
    }

    private PaymentView transferView(Invoice proForma, TransferReference reference) {
        return new PaymentView(PaymentStatus.AWAITING_TRANSFER, OrderViews.invoice(proForma), "0.00",
                OrderViews.text(proForma.payable()), references.instructions(reference, proForma.payable()), null);
    }

    private PurchaseOrder locked(String organizationId, String orderId) throws Refusal {
        PurchaseOrder order = orderId == null ? null
                : em.find(PurchaseOrder.class, orderId, LockModeType.PESSIMISTIC_WRITE);
        if (order == null || !order.organizationId().equals(organizationId)) {
            throw new Refusal(BillingError.ORDER_NOT_FOUND);
        }
        return order;
    }
}
