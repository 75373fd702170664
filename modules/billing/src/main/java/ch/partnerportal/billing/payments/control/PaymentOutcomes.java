package ch.partnerportal.billing.payments.control;

import ch.partnerportal.billing.api.PaymentMethod;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

import java.util.Locale;

/**
 * Counts what became of each charge the portal asked a provider for, by outcome and method, as the
 * metric {@code payments_total} (paid, declined, pending: waiting for the provider or the customer,
 * in_doubt: the provider's answer was lost). A rising share of declines or answers lost is what an
 * operator wants to see before customers call.
 */
@ApplicationScoped
public class PaymentOutcomes {

    private static final Metadata PAYMENTS = Metadata.builder().withName("payments")
            .withDescription("Charges asked of a payment provider, by outcome and method").build();

    public enum Outcome { PAID, DECLINED, PENDING, IN_DOUBT }

    @Inject
    MetricRegistry registry;

    public void record(Outcome outcome, PaymentMethod method) {
        registry.counter(PAYMENTS, new Tag("outcome", outcome.name().toLowerCase(Locale.ROOT)),
                new Tag("method", method.name().toLowerCase(Locale.ROOT).replace('_', '-'))).inc();
    }
}
