package ch.partnerportal.billing.payments.control;

import ch.partnerportal.billing.api.BillingError;
import ch.partnerportal.billing.api.PaymentMethod;
import ch.partnerportal.kernel.Money;
import ch.partnerportal.kernel.Refusal;

/** A payment provider: charges a card (or card-like method) once per idempotency key. */
public interface PaymentGateway {

    record Charge(String idempotencyKey, Money amount, PaymentMethod method, String cardNumber, String description) {
    }

    enum Outcome { APPROVED, DECLINED, INSUFFICIENT_FUNDS }

    record Result(Outcome outcome, String transactionId, String brand, String lastDigits) {
        public boolean approved() {
            return outcome == Outcome.APPROVED;
        }

        /** A declined charge took no money: the caller's transaction books nothing either. */
        public Result requireApproved() throws Refusal {
            switch (outcome) {
                case DECLINED -> throw new Refusal(BillingError.CARD_DECLINED);
                case INSUFFICIENT_FUNDS -> throw new Refusal(BillingError.CARD_INSUFFICIENT_FUNDS);
                default -> {
                    return this;
                }
            }
        }
    }

    /** Refuses malformed card numbers and a key reused for another charge; answers the provider's verdict. */
    Result charge(Charge charge) throws Refusal;
}
