package ch.partnerportal.billing.prepaid.control;

import ch.partnerportal.billing.api.CheckoutViews.PaymentStatus;
import ch.partnerportal.billing.api.CheckoutViews.ProviderView;
import ch.partnerportal.billing.api.DepositView;
import ch.partnerportal.billing.api.MovementView;
import ch.partnerportal.billing.payments.control.PaymentGateway;
import ch.partnerportal.billing.prepaid.entity.PendingDeposit;
import ch.partnerportal.billing.prepaid.entity.PrepaidAccount;
import ch.partnerportal.billing.prepaid.entity.PrepaidMovement;
import ch.partnerportal.kernel.Refusal;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.Optional;

/**
 * Ends a deposit that waited for the payer or the provider, whoever asks (the payer repeating or
 * confirming, or the background poll): approved, it is booked under the request's key; declined or
 * abandoned, it is dropped.
 */
@Dependent
public class DepositSettlement {

    @PersistenceContext(unitName = "billing")
    EntityManager em;

    @Inject
    PrepaidAccountStore store;

    @Inject
    PaymentGateway gateway;

    /** The provider's idempotency key of a deposit: scoped to the account, one per request key. */
    public static String providerKey(PrepaidAccount account, String requestKey) {
        return "deposit:" + account.id() + ":" + requestKey;
    }

    /**
     * Settles a deposit whose answer was lost, from what the provider knows of it (without charging
     * again). A charge the provider never received ends as not charged once
     * {@link PaymentGateway#IN_DOUBT_GRACE} has passed.
     *
     * @param pending in doubt, its account locked
     * @return the settled deposit, or empty while it stays in doubt
     */
    public Optional<DepositView> settleInDoubt(PendingDeposit pending, Instant now) throws Refusal {
        Optional<PaymentGateway.Result> settled = gateway.inDoubt(pending.providerKey(), pending.createdAt(), now);
        if (settled.isEmpty()) {
            return Optional.empty();
        }
        pending.providerAnswered(settled.get().transactionId());
        return Optional.of(settle(pending, settled.get(), now));
    }

    /** Asks the provider where a waiting deposit stands and settles it when decided (the 15 s poll). */
    public void follow(PendingDeposit pending, Instant now) throws Refusal {
        if (pending.isInDoubt()) {
            settleInDoubt(pending, now);
        } else {
            settle(pending, gateway.statusOrForgotten(pending.transactionId().orElseThrow()), now);
        }
    }

    /** @param pending still in the database; the caller holds the account's lock or takes it here */
    public DepositView settle(PendingDeposit pending, PaymentGateway.Result result, Instant now) throws Refusal {
        PrepaidAccount account = store.locked(pending.organizationId(), pending.amount().currency());
        if (result.stillWaiting(pending.createdAt(), now)) {
            return new DepositView(result.outcome() == PaymentGateway.Outcome.ACTION_REQUIRED
                    ? PaymentStatus.ACTION_REQUIRED : PaymentStatus.PENDING, null,
                    new ProviderView(result.transactionId(), result.brand(), null));
        }
        em.remove(pending);
        if (result.approved()) {
            PrepaidMovement movement = account.deposit(pending.amount(), pending.method(), pending.idempotencyKey(),
                    reference(result), now);
            return new DepositView(PaymentStatus.PAID, view(movement),
                    new ProviderView(result.transactionId(), result.brand(), null));
        }
        return new DepositView(PaymentStatus.DECLINED, null, new ProviderView(result.transactionId(), result.brand(),
                result.declineReason()));
    }

    public static String reference(PaymentGateway.Result result) {
        return result.brand() + " •••• " + result.lastDigits() + " " + result.transactionId();
    }

    public static MovementView view(PrepaidMovement movement) {
        return new MovementView(movement.id(), movement.lineNumber(), movement.kind().name().toLowerCase(),
                movement.amount().amount().toPlainString(), movement.balanceAfter().amount().toPlainString(),
                movement.method().map(m -> m.name().toLowerCase().replace('_', '-')).orElse(null),
                movement.reference().orElse(null), movement.idempotencyKey(), movement.bookedAt());
    }
}
