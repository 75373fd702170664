package ch.partnerportal.console.billing;

import ch.partnerportal.billing.api.SpokenPeriod;
import ch.partnerportal.billing.api.BillingError;
import ch.partnerportal.billing.api.CheckoutViews;
import ch.partnerportal.billing.api.CheckoutViews.Amounts;
import ch.partnerportal.billing.api.CheckoutViews.InvoiceView;
import ch.partnerportal.billing.api.CheckoutViews.Line;
import ch.partnerportal.billing.api.CheckoutViews.OrderView;
import ch.partnerportal.billing.api.CheckoutViews.PaymentRequest;
import ch.partnerportal.billing.api.CheckoutViews.PaymentStatus;
import ch.partnerportal.billing.api.CheckoutViews.PaymentView;
import ch.partnerportal.billing.api.PaymentMethod;
import ch.partnerportal.billing.api.TransferView;
import ch.partnerportal.billing.orders.boundary.Checkout;
import ch.partnerportal.billing.orders.boundary.Orders;
import ch.partnerportal.billing.prepaid.boundary.PrepaidAccounts;
import ch.partnerportal.console.Feedback;
import ch.partnerportal.console.session.ConsoleSession;
import ch.partnerportal.kernel.Currency;
import ch.partnerportal.kernel.Refusal;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Paying one order (PAY-3, PAY-4, PAY-5, PAY-9): its lines and totals, the methods the organization's
 * currency allows, and the outcome of the payment: the invoice, a transfer's instructions with the
 * pro-forma, the provider's second step, a wait for the provider, or the translated refusal.
 *
 * <p>One idempotency key per attempt, kept in the view (and in the session for a reload, see
 * {@link CheckoutAttempts}): a double click or a resubmitted form repeats the same request, which the
 * facade answers without paying twice; polling a waiting payment asks where it stands (follow), without
 * sending the request again.
 */
@Named
@ViewScoped
public class CheckoutPage implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final List<PaymentMethod> OFFERED = List.of(PaymentMethod.CARD, PaymentMethod.POSTFINANCE,
            PaymentMethod.TWINT, PaymentMethod.PAYPAL, PaymentMethod.IBAN_TRANSFER, PaymentMethod.PREPAID);

    @Inject
    ConsoleSession session;

    @Inject
    Orders orders;

    @Inject
    Checkout checkout;

    @Inject
    PrepaidAccounts prepaid;

    @Inject
    CheckoutAttempts attempts;

    private String orderId;
    private OrderView order;
    private String balance = "0.00";
    private String savedTwint;
    private String key;
    private PaymentView payment;
    private InvoiceView invoice;
    private boolean waitingElsewhere;
    private boolean allowed;

    private PaymentMethod method = PaymentMethod.CARD;
    private String instrument;
    private boolean useBalance;
    private boolean useSavedTwint = true;

    /** The page opened (its view action): loads it, or shows why it may not be seen. */
    public void open() {
        orderId = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("order");
        try {
            reload();
            savedTwint = checkout.savedProfile(organization(), PaymentMethod.TWINT).orElse(null);
            key = attempts.keyFor(orderId);
            allowed = true;
        } catch (Refusal refusal) {
            Feedback.refusal(refusal);
            return;
        }
        try {
            resume();
        } catch (Refusal refusal) {
            // the order is shown all the same, with why its payment cannot be followed (BIL-338, ...)
            Feedback.refusal(refusal);
        }
    }

    /** Picks up where the order stands: its invoice, its transfer's instructions, or its waiting payment. */
    private void resume() throws Refusal {
        switch (order.status()) {
            case "paid" -> invoice = invoice(order.invoiceId());
            // answers the pro-forma already out (the same request, or a transfer asked again); books nothing
            case "awaiting_transfer" -> show(checkout.pay(organization(), orderId,
                    new PaymentRequest(PaymentMethod.IBAN_TRANSFER, null, false, key)));
            case "awaiting_payment" -> {
                try {
                    show(checkout.follow(organization(), orderId, key));
                } catch (Refusal other) {
                    if (other.errorCode() != BillingError.PAYMENT_IN_PROGRESS) {
                        throw other;
                    }
                    waitingElsewhere = true;
                }
            }
            default -> {
                // pending: the form
            }
        }
    }

    public void pay() {
        try {
            show(checkout.pay(organization(), orderId, new PaymentRequest(method, instrumentSent(),
                    useBalance && combinesWithBalance(method), key)));
        } catch (Refusal refusal) {
            if (refusal.errorCode() != BillingError.GATEWAY_TIMEOUT) {
                // BIL-350 asks to repeat the same request; anything else ends this attempt
                key = attempts.next(orderId);
            }
            Feedback.refusal(refusal);
            reloadQuietly();
        }
    }

    /** The provider's second step, simulated on the page: {@code approve} or {@code cancel}. */
    public void confirm(String answer) {
        try {
            PaymentView answered = checkout.confirm(organization(), orderId, answer);
            if (answered.status() == PaymentStatus.DECLINED && !"approve".equals(answer)) {
                key = attempts.next(orderId);
                payment = null;
                waitingElsewhere = false;
                Feedback.info("checkout.cancelled");
                reload();
            } else {
                waitingElsewhere = false;
                show(answered);
            }
        } catch (Refusal refusal) {
            Feedback.refusal(refusal);
            reloadQuietly();
        }
    }

    /** The poll while the provider decides: the same request again, or the order when the attempt is not ours. */
    public void refresh() {
        try {
            if (waitingElsewhere) {
                reload();
                if (!"awaiting_payment".equals(order.status())) {
                    waitingElsewhere = false;
                    payment = null;
                    resume();
                }
            } else if (isPending()) {
                show(checkout.follow(organization(), orderId, key));
            }
        } catch (Refusal refusal) {
            Feedback.refusal(refusal);
        }
    }

    private void show(PaymentView answered) throws Refusal {
        payment = answered;
        switch (answered.status()) {
            case PAID -> invoice = answered.invoice();
            case AWAITING_TRANSFER -> key = attempts.next(orderId); // paying another way is a new attempt
            case DECLINED -> {
                key = attempts.next(orderId);
                payment = null;
                String brand = answered.provider() == null ? null : answered.provider().brand();
                BillingError reason = answered.provider() == null || answered.provider().declined() == null
                        ? BillingError.PAYMENT_DECLINED : answered.provider().declined();
                Feedback.refusal(new Refusal(reason, brand == null ? text("checkout.provider") : brand));
            }
            default -> {
                // ACTION_REQUIRED, PENDING: the same key until the provider decided
            }
        }
        reload();
    }

    private void reload() throws Refusal {
        String organization = organization();
        order = orders.order(organization, orderId);
        balance = prepaid.view(organization).balance();
        if (!"awaiting_payment".equals(order.status())) {
            waitingElsewhere = false;
        } else if (!isWaiting()) {
            waitingElsewhere = true;
        }
    }

    private void reloadQuietly() {
        try {
            reload();
        } catch (Refusal ignored) {
            // the refusal already shown says enough
        }
    }

    private InvoiceView invoice(String invoiceId) throws Refusal {
        return invoiceId == null ? null : orders.invoice(organization(), invoiceId);
    }

    private String instrumentSent() {
        if (method == PaymentMethod.TWINT && useSavedTwint && savedTwint != null) {
            return null;
        }
        return "none".equals(getInstrumentKind()) || instrument == null ? null : instrument.strip();
    }

    private String organization() {
        return session.getCurrentOrganizationId();
    }

    private static String text(String key, Object... arguments) {
        return Feedback.text(FacesContext.getCurrentInstance(), key, arguments);
    }

    /**
     * PAY-5 / PAY-9: the methods offered for an amount payable in a currency: PostFinance only in
     * CHF, and the prepaid balance alone only when it covers the amount (otherwise it is combined
     * with another method).
     */
    static List<PaymentMethod> methodsFor(Currency currency, BigDecimal balance, BigDecimal payable) {
        List<PaymentMethod> methods = new ArrayList<>();
        for (PaymentMethod offered : OFFERED) {
            if (!offered.availableIn(currency)) {
                continue;
            }
            if (offered == PaymentMethod.PREPAID && balance.compareTo(payable) < 0) {
                continue;
            }
            methods.add(offered);
        }
        return methods;
    }

    /** PAY-5: the balance pays part and a card, PostFinance, PayPal or Twint the rest; not with a transfer. */
    static boolean combinesWithBalance(PaymentMethod method) {
        return method == PaymentMethod.CARD || method == PaymentMethod.POSTFINANCE || method == PaymentMethod.PAYPAL
                || method == PaymentMethod.TWINT;
    }

    public List<PaymentMethod> getMethods() {
        return order == null ? List.of() : methodsFor(Currency.valueOf(order.amounts().currency()),
                new BigDecimal(balance), new BigDecimal(order.amounts().payable()));
    }

    /** Which field the chosen method needs: card, paypal, twint or none. */
    public String getInstrumentKind() {
        if (method == null) {
            return "none";
        }
        return switch (method) {
            case CARD, POSTFINANCE -> "card";
            case PAYPAL -> "paypal";
            case TWINT -> "twint";
            default -> "none";
        };
    }

    public boolean isBalanceOffered() {
        return combinesWithBalance(method) && new BigDecimal(balance).signum() > 0;
    }

    public boolean isPaid() {
        return order != null && "paid".equals(order.status());
    }

    public boolean isAwaitingTransfer() {
        return payment != null && payment.status() == PaymentStatus.AWAITING_TRANSFER;
    }

    public boolean isActionRequired() {
        return payment != null && payment.status() == PaymentStatus.ACTION_REQUIRED;
    }

    public boolean isPending() {
        return payment != null && payment.status() == PaymentStatus.PENDING;
    }

    public boolean isWaiting() {
        return isActionRequired() || isPending();
    }

    /** Polled: the provider decides (PENDING), or a payment started elsewhere is under way. */
    public boolean isPolling() {
        return isPending() || waitingElsewhere;
    }

    public boolean isPayable() {
        return order != null && ("pending".equals(order.status()) || "awaiting_transfer".equals(order.status()))
                && !isWaiting();
    }

    public boolean isCancelled() {
        return order != null && "cancelled".equals(order.status());
    }

    public boolean isBalanceUsed() {
        return payment != null && new BigDecimal(payment.fromBalance()).signum() > 0;
    }

    /** The second step as the provider would ask for it: 3-D Secure, PayPal or the Twint app. */
    public String getSecondStep() {
        return secondStep(payment == null ? null : payment.provider());
    }

    /** What the provider asks of the payer (3-D Secure, PayPal, the Twint app), for checkouts and deposits. */
    static String secondStep(CheckoutViews.ProviderView provider) {
        String brand = provider == null ? null : provider.brand();
        String lower = brand == null ? "" : brand.toLowerCase(Locale.ROOT);
        if (lower.contains("paypal")) {
            return text("checkout.secondStep.paypal");
        }
        if (lower.contains("twint")) {
            return text("checkout.secondStep.twint");
        }
        return text("checkout.secondStep.card", brand == null ? text("checkout.provider") : brand);
    }

    /** "3 years" or "6 months" in the page's language (PAY-8). */
    public String period(int months) {
        return Feedback.text(FacesContext.getCurrentInstance(), SpokenPeriod.of(months));
    }

    public String pdfUrl(String invoiceId) {
        return "invoice.pdf?invoice=" + invoiceId;
    }

    /** "8.1" rather than "8.10", as the invoice writes it. */
    public String getVatRate() {
        return order == null ? "" : new BigDecimal(order.amounts().vatRate()).stripTrailingZeros().toPlainString();
    }

    public boolean isRounded() {
        return order != null && new BigDecimal(order.amounts().rounding()).signum() != 0;
    }

    public boolean isAllowed() {
        return allowed;
    }

    public boolean isWaitingElsewhere() {
        return waitingElsewhere;
    }

    public OrderView getOrder() {
        return order;
    }

    public List<Line> getLines() {
        return order == null ? List.of() : order.lines();
    }

    public Amounts getAmounts() {
        return order == null ? null : order.amounts();
    }

    public PaymentView getPayment() {
        return payment;
    }

    public TransferView getTransfer() {
        return payment == null ? null : payment.transfer();
    }

    public InvoiceView getInvoice() {
        return invoice;
    }

    public String getBalance() {
        return balance;
    }

    public String getSavedTwint() {
        return savedTwint;
    }

    public PaymentMethod getMethod() {
        return method;
    }

    public void setMethod(PaymentMethod method) {
        this.method = method;
    }

    public String getInstrument() {
        return instrument;
    }

    public void setInstrument(String instrument) {
        this.instrument = instrument;
    }

    public boolean isUseBalance() {
        return useBalance;
    }

    public void setUseBalance(boolean useBalance) {
        this.useBalance = useBalance;
    }

    public boolean isUseSavedTwint() {
        return useSavedTwint;
    }

    public void setUseSavedTwint(boolean useSavedTwint) {
        this.useSavedTwint = useSavedTwint;
    }
}
