package ch.partnerportal.console.billing;

import ch.partnerportal.billing.api.BillingError;
import ch.partnerportal.billing.api.CheckoutViews;
import ch.partnerportal.billing.api.DepositRequest;
import ch.partnerportal.billing.api.DepositView;
import ch.partnerportal.billing.api.MovementView;
import ch.partnerportal.billing.api.PaymentMethod;
import ch.partnerportal.billing.api.PrepaidView;
import ch.partnerportal.billing.prepaid.boundary.PrepaidAccounts;
import ch.partnerportal.console.Feedback;
import ch.partnerportal.console.session.ConsoleSession;
import ch.partnerportal.console.session.Language;
import ch.partnerportal.kernel.Refusal;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

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

    @PostConstruct
    void load() {
        try {
            account = accounts.view(session.getCurrentOrganizationId());
        } catch (Refusal refusal) {
            account = null;
            Feedback.refusal(refusal);
        }
    }

    public void deposit() {
        try {
            DepositView deposit = accounts.deposit(session.getCurrentOrganizationId(),
                    new DepositRequest(amount, method, cardNumber, requestKey));
            if (deposit.status() != CheckoutViews.PaymentStatus.PAID) {
                // this page has no second step (3-D Secure): the provider keeps nothing it did not approve
                Feedback.refusal(new Refusal(BillingError.PAYMENT_CONFIRMATION_REQUIRED));
                requestKey = UUID.randomUUID().toString();
                return;
            }
            Feedback.info("prepaid.deposited", deposit.movement().amount(), account.currency());
            requestKey = UUID.randomUUID().toString();
            amount = null;
            cardNumber = null;
            load();
        } catch (Refusal refusal) {
            // The next click is a new attempt (another card, another amount), not a repeat of this one.
            requestKey = UUID.randomUUID().toString();
            Feedback.refusal(refusal);
        }
    }

    /** PostFinance is offered only for an account in francs (PAY-5). */
    public List<PaymentMethod> getMethods() {
        return account != null && "CHF".equals(account.currency())
                ? List.of(PaymentMethod.CARD, PaymentMethod.POSTFINANCE) : List.of(PaymentMethod.CARD);
    }

    public List<MovementView> getLedger() {
        if (account == null) {
            return List.of();
        }
        List<MovementView> newestFirst = new ArrayList<>(account.ledger());
        Collections.reverse(newestFirst);
        return newestFirst;
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
