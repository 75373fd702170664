package ch.partnerportal.billing.payments.control;

import ch.partnerportal.billing.api.BillingError;
import ch.partnerportal.billing.api.PaymentMethod;
import ch.partnerportal.kernel.Money;
import ch.partnerportal.kernel.Refusal;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A payment provider for the methods of PAY-5 that go through one: card, PostFinance card, PayPal and
 * Twint. Every request that moves money carries an idempotency key, so a request repeated after a lost
 * answer never moves money twice.
 *
 * <p>A charge does not always end at once. {@link Result#approved()} is the only answer that lets the
 * caller book; {@link Result#waiting()} means the provider has not decided yet:
 * <ul>
 *   <li>{@link Outcome#ACTION_REQUIRED}: the payer must act (3-D Secure, approval at PayPal or in the
 *       Twint app). Nothing is charged until {@link #complete(String, String)} passes the payer's
 *       answer.</li>
 *   <li>{@link Outcome#PENDING}: the provider confirms later; {@link #status(String)} (or repeating the
 *       charge with the same key) tells when it did.</li>
 * </ul>
 * A caller that cannot lead the payer through these steps calls {@link Result#requireApproved()},
 * which refuses every answer but an approval, so that nothing is booked for money not received.
 */
public interface PaymentGateway {

    /** A payer who has not confirmed (3-D Secure, PayPal, Twint) within this time has given up. */
    Duration CONFIRMATION_WINDOW = Duration.ofHours(1);

    /**
     * A charge the provider has no record of may still be on its way for this long after its answer was
     * lost; after that it can no longer arrive, and the attempt ends as having taken nothing.
     */
    Duration IN_DOUBT_GRACE = Duration.ofMinutes(5);

    /**
     * @param idempotencyKey the request's key: a repeat with the same key gets the same transaction
     * @param amount         what to charge, in the currency of the bill
     * @param method         CARD, POSTFINANCE, PAYPAL or TWINT (the other methods use no provider)
     * @param instrument     what the payer pays with: a card number (CARD, POSTFINANCE), the buyer's
     *                       PayPal e-mail (PAYPAL), a Swiss mobile number or a saved Twint profile
     *                       token (TWINT)
     * @param description    shown on the payer's statement
     */
    record Charge(String idempotencyKey, Money amount, PaymentMethod method, String instrument, String description) {
    }

    enum Outcome {
        APPROVED,
        DECLINED,
        INSUFFICIENT_FUNDS,
        /** The payer must confirm first; finish with {@link PaymentGateway#complete(String, String)}. */
        ACTION_REQUIRED,
        /** The provider decides later; ask {@link PaymentGateway#status(String)}. */
        PENDING
    }

    /**
     * The provider's answer about one transaction.
     *
     * @param outcome       where the transaction stands
     * @param transactionId the provider's id: to complete, to ask the status of, to refund
     * @param brand         Visa, MasterCard, Card (another card), PostFinance, PayPal or Twint
     * @param lastDigits    the last four digits of the card or Twint number; for PayPal the masked
     *                      account ({@code j•••@example.com})
     * @param profileToken  for an approved Twint payment, the saved profile that can pay later charges
     *                      without the app (REN-2); otherwise {@code null}
     */
    record Result(Outcome outcome, String transactionId, String brand, String lastDigits, String profileToken) {

        public Result {
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(transactionId, "transactionId");
        }

        /** The money is taken: the caller may book. */
        public boolean approved() {
            return outcome == Outcome.APPROVED;
        }

        /** Not decided yet: the payer must act ({@code ACTION_REQUIRED}) or the provider confirms later ({@code PENDING}). */
        public boolean waiting() {
            return outcome == Outcome.ACTION_REQUIRED || outcome == Outcome.PENDING;
        }

        /**
         * This result if approved. A declined charge took no money, and a waiting one has taken none
         * yet: the caller's transaction books nothing either, and the refusal tells the payer what to do
         * (use another method, or repeat the same request once the provider confirmed).
         */
        public Result requireApproved() throws Refusal {
            switch (outcome) {
                case APPROVED -> {
                    return this;
                }
                case DECLINED -> throw isCard() ? new Refusal(BillingError.CARD_DECLINED)
                        : new Refusal(BillingError.PAYMENT_DECLINED, brand);
                case INSUFFICIENT_FUNDS -> throw new Refusal(BillingError.CARD_INSUFFICIENT_FUNDS);
                case ACTION_REQUIRED -> throw new Refusal(BillingError.PAYMENT_CONFIRMATION_REQUIRED);
                default -> throw new Refusal(BillingError.PAYMENT_PENDING);
            }
        }

        /**
         * Still worth waiting for: the provider confirms later, or the payer was asked to confirm less
         * than {@link PaymentGateway#CONFIRMATION_WINDOW} ago (after that, they gave up).
         */
        public boolean stillWaiting(Instant since, Instant now) {
            return outcome == Outcome.PENDING
                    || outcome == Outcome.ACTION_REQUIRED && !since.plus(CONFIRMATION_WINDOW).isBefore(now);
        }

        /**
         * A transaction the provider has no record of (the simulation forgets its records when the
         * server restarts): it took no money, so it ends like a declined one.
         */
        public static Result forgotten(String transactionId) {
            return new Result(Outcome.DECLINED, transactionId, null, null, null);
        }

        /** Why the provider declined (or gave up on) this charge: what to tell the payer. */
        public BillingError declineReason() {
            if (brand == null) {
                return BillingError.PAYMENT_UNKNOWN;
            }
            return switch (outcome) {
                case INSUFFICIENT_FUNDS -> BillingError.CARD_INSUFFICIENT_FUNDS;
                case DECLINED -> isCard() ? BillingError.CARD_DECLINED : BillingError.PAYMENT_DECLINED;
                default -> BillingError.PAYMENT_DECLINED;
            };
        }

        private boolean isCard() {
            return !"PayPal".equals(brand) && !"Twint".equals(brand);
        }
    }

    /**
     * @param refundId      the provider's id of this refund
     * @param transactionId the refunded charge
     * @param amount        what this refund gives back
     */
    record Refund(String refundId, String transactionId, Money amount) {
    }

    /**
     * Charges once per idempotency key. A repeat with the same key answers the same transaction as it
     * stands now (confirmed, settled), never a second charge.
     *
     * @throws Refusal malformed instrument (card number, PayPal e-mail, Twint number), unknown Twint
     *                 profile, a key already used for another request, or GATEWAY_TIMEOUT: the answer
     *                 was lost and the same request must be repeated with the same key
     */
    Result charge(Charge charge) throws Refusal;

    /**
     * What became of the charge sent with this idempotency key, without sending it again: the
     * transaction as it stands now, or empty if the provider never received that request. This is how
     * a charge whose answer was lost is settled when the payer does not repeat it (real providers find
     * a payment by the merchant's reference the same way).
     *
     * @throws Refusal GATEWAY_TIMEOUT: the provider did not answer this question either
     */
    Optional<Result> lookup(String idempotencyKey) throws Refusal;

    /**
     * What became of a charge whose answer was lost: the provider's answer when it knows the charge;
     * a charge that never arrived (declined) once {@link #IN_DOUBT_GRACE} has passed since the attempt
     * without the provider knowing it; empty while it may still arrive.
     *
     * @throws Refusal GATEWAY_TIMEOUT: the provider did not answer this question either
     */
    default Optional<Result> inDoubt(String idempotencyKey, Instant attemptedAt, Instant now) throws Refusal {
        Optional<Result> known = lookup(idempotencyKey);
        if (known.isPresent() || !attemptedAt.plus(IN_DOUBT_GRACE).isBefore(now)) {
            return known;
        }
        return Optional.of(Result.forgotten(idempotencyKey));
    }

    /**
     * Passes the payer's answer to a charge that asked for an action: {@code "approve"} (any case)
     * approves, anything else declines (the payer failed or refused authentication). Once decided,
     * further calls answer the same final result.
     *
     * @throws Refusal unknown transaction, or a transaction that never asked for an action
     */
    Result complete(String transactionId, String answer) throws Refusal;

    /**
     * Where a transaction stands now; a pending one settles after the provider's delay.
     *
     * @throws Refusal unknown transaction
     */
    Result status(String transactionId) throws Refusal;

    /** {@link #status(String)}, where a transaction the provider does not know ends as {@link Result#forgotten}. */
    default Result statusOrForgotten(String transactionId) throws Refusal {
        try {
            return status(transactionId);
        } catch (Refusal refusal) {
            if (refusal.errorCode() == BillingError.PAYMENT_UNKNOWN) {
                return Result.forgotten(transactionId);
            }
            throw refusal;
        }
    }

    /** {@link #complete(String, String)}, where a transaction the provider does not know ends as {@link Result#forgotten}. */
    default Result completeOrForgotten(String transactionId, String answer) throws Refusal {
        try {
            return complete(transactionId, answer);
        } catch (Refusal refusal) {
            if (refusal.errorCode() == BillingError.PAYMENT_UNKNOWN) {
                return Result.forgotten(transactionId);
            }
            throw refusal;
        }
    }

    /**
     * Gives back part or all of an approved charge, once per idempotency key; partial refunds add up
     * to at most the charged amount.
     *
     * @throws Refusal unknown or not approved transaction, an amount that is not positive, in another
     *                 currency or above what remains refundable, or a key already used for another
     *                 request
     */
    Refund refund(String idempotencyKey, String transactionId, Money amount) throws Refusal;
}
