package ch.partnerportal.console.billing;

import ch.partnerportal.billing.api.BillingError;
import ch.partnerportal.billing.api.CheckoutViews;
import ch.partnerportal.billing.api.DepositRequest;
import ch.partnerportal.billing.api.DepositView;
import ch.partnerportal.billing.api.MovementView;
import ch.partnerportal.billing.api.PaymentMethod;
import ch.partnerportal.billing.api.PrepaidView;
import ch.partnerportal.billing.api.TransferView;
import ch.partnerportal.billing.prepaid.boundary.PrepaidAccounts;
import ch.partnerportal.console.Feedback;
import ch.partnerportal.console.PagedList;
import ch.partnerportal.console.session.ConsoleSession;
import ch.partnerportal.console.session.Language;
import ch.partnerportal.kernel.Refusal;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * The prepaid account (PAY-5, PAY-6): balance, ledger, a deposit by card or PostFinance card, and a
 * deposit by IBAN transfer, which answers the instructions and a QR-bill deposit slip; the transfer
 * is booked when the bank reports it.
 */
@Named
@ViewScoped
public class PrepaidPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ConsoleSession session;

    @Inject
    Language language;

    @Inject
    PrepaidAccounts accounts;

    private PrepaidView account;
    private String amount;
    private PaymentMethod method = PaymentMethod.CARD;
    private String cardNumber;
    private String requestKey = UUID.randomUUID().toString();
    private TransferView transfer;
    private DepositView waiting;
    private PagedList<MovementView> ledger;

    /** The page opened (its view action): loads it, or shows why it may not be seen. */
    public void open() {
        try {
            account = accounts.view(session.getCurrentOrganizationId());
        } catch (Refusal refusal) {
            account = null;
            Feedback.refusal(refusal);
        }
    }

    public void deposit() {
        try {
            answered(accounts.deposit(session.getCurrentOrganizationId(),
                    new DepositRequest(amount, method, cardNumber, requestKey)), false);
        } catch (Refusal refusal) {
            if (refusal.errorCode() != BillingError.GATEWAY_TIMEOUT) {
                // The next click is a new attempt (another card, another amount), not a repeat of this one;
                // after a lost answer the same request must be repeated, as its message says.
                requestKey = UUID.randomUUID().toString();
            }
            waiting = null;
            Feedback.refusal(refusal);
        }
    }

    /** The payer's answer in the provider's second step (3-D Secure). */
    public void confirm(String answer) {
        try {
            answered(accounts.confirmDeposit(session.getCurrentOrganizationId(), requestKey, answer),
                    !"approve".equals(answer));
        } catch (Refusal refusal) {
            requestKey = UUID.randomUUID().toString();
            waiting = null;
            Feedback.refusal(refusal);
        }
    }

    /** The poll of a deposit the provider confirms later: the same request again, never a second charge. */
    public void refresh() {
        if (waiting != null && waiting.status() == CheckoutViews.PaymentStatus.PENDING) {
            deposit();
        }
    }

    /** @param givenUp the payer cancelled the second step: a decline is then no surprise */
    private void answered(DepositView deposit, boolean givenUp) {
        switch (deposit.status()) {
            case PAID -> {
                Feedback.info("prepaid.deposited", deposit.movement().amount(), account.currency());
                waiting = null;
                requestKey = UUID.randomUUID().toString();
                amount = null;
                cardNumber = null;
                open();
            }
            case DECLINED -> {
                waiting = null;
                requestKey = UUID.randomUUID().toString();
                if (givenUp) {
                    Feedback.info("prepaid.cancelled");
                } else {
                    Feedback.refusal(new Refusal(deposit.provider().declined(), deposit.provider().brand()));
                }
            }
            default -> waiting = deposit;
        }
    }

    public boolean isActionRequired() {
        return waiting != null && waiting.status() == CheckoutViews.PaymentStatus.ACTION_REQUIRED;
    }

    public boolean isPending() {
        return waiting != null && waiting.status() == CheckoutViews.PaymentStatus.PENDING;
    }

    /** What the provider asks of the payer, naming the card's brand. */
    public String getSecondStep() {
        return CheckoutPage.secondStep(waiting == null ? null : waiting.provider());
    }

    /** PAY-6: the instructions of a transfer of that amount; nothing is booked before the money arrives. */
    public void requestTransfer() {
        try {
            transfer = accounts.depositByTransfer(session.getCurrentOrganizationId(), amount);
        } catch (Refusal refusal) {
            transfer = null;
            Feedback.refusal(refusal);
        }
    }

    /** The chosen method changed: instructions shown for another amount or method no longer apply. */
    public void methodChanged() {
        transfer = null;
    }

    /** PostFinance is offered only for an account in francs (PAY-5, PAY-6); a transfer always. */
    public List<PaymentMethod> getMethods() {
        return account != null && "CHF".equals(account.currency())
                ? List.of(PaymentMethod.CARD, PaymentMethod.POSTFINANCE, PaymentMethod.IBAN_TRANSFER)
                : List.of(PaymentMethod.CARD, PaymentMethod.IBAN_TRANSFER);
    }

    public boolean isByTransfer() {
        return method == PaymentMethod.IBAN_TRANSFER;
    }

    public TransferView getTransfer() {
        return transfer;
    }

    /** The QR-bill slip of the transfer shown, for that amount. */
    public String getSlipUrl() {
        return transfer == null ? null
                : "deposit-slip.pdf?amount=" + URLEncoder.encode(transfer.amount(), StandardCharsets.UTF_8);
    }

    /** The whole ledger, newest first, a page at a time. */
    public PagedList<MovementView> getLedger() {
        if (ledger == null) {
            PrepaidAccounts prepaid = accounts;
            String organization = session.getCurrentOrganizationId();
            ledger = new PagedList<>((first, size) -> prepaid.ledger(organization, first, size), MovementView::id);
        }
        return ledger;
    }


    public PrepaidView getAccount() {
        return account;
    }

    public String getAmount() {
        return amount;
    }

    public void setAmount(String amount) {
        this.amount = amount;
    }

    public PaymentMethod getMethod() {
        return method;
    }

    public void setMethod(PaymentMethod method) {
        this.method = method;
    }

    public String getCardNumber() {
        return cardNumber;
    }

    public void setCardNumber(String cardNumber) {
        this.cardNumber = cardNumber;
    }
}
