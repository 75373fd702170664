package ch.partnerportal.billing.api;

import ch.partnerportal.billing.api.CheckoutViews.PaymentStatus;
import ch.partnerportal.billing.api.CheckoutViews.ProviderView;

/**
 * A deposit (PAY-6): booked ({@code PAID}, with its ledger line), waiting for the payer
 * ({@code ACTION_REQUIRED}) or the provider ({@code PENDING}), or {@code DECLINED}.
 */
public record DepositView(PaymentStatus status, MovementView movement, ProviderView provider) {
}
