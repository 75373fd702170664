package ch.partnerportal.billing;

import ch.partnerportal.billing.api.BillingError;
import ch.partnerportal.billing.catalog.entity.ProductType;
import ch.partnerportal.billing.orders.entity.PurchaseOrder;
import ch.partnerportal.billing.products.entity.Product;
import ch.partnerportal.kernel.Money;
import ch.partnerportal.kernel.Currency;
import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.billing.api.PaymentMethod;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RenewalRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    /** Periods are counted in months. */
    private static final int YEAR = 12;

    private static Product product(ProductType type, String label, LocalDate boughtOn, int years, boolean card) {
        return Product.bought("org-1", type, label, years * YEAR, boughtOn, card, NOW);
    }

    @Test
    void REN_7_thePaymentsListShowsTheNextTwoMonthsByDefault() {
        LocalDate horizon = Product.paymentsHorizon(TODAY, 2);
        assertThat(horizon).isEqualTo(LocalDate.of(2027, 1, 27));
        assertThat(product(ProductType.DOMAIN_CH, "soon.ch", TODAY.minusYears(1).plusMonths(1), 1, false)
                .isDueBy(horizon)).as("expires in a month").isTrue();
        assertThat(product(ProductType.DOMAIN_CH, "edge.ch", TODAY.minusYears(1).plusMonths(2), 1, false)
                .isDueBy(horizon)).as("expires on the horizon").isTrue();
        assertThat(product(ProductType.DOMAIN_CH, "later.ch", TODAY.minusYears(1).plusMonths(2).plusDays(1), 1, false)
                .isDueBy(horizon)).as("a day after the horizon").isFalse();
        assertThat(product(ProductType.DOMAIN_CH, "late.ch", TODAY.minusYears(2), 1, false).isDueBy(horizon))
                .as("already expired: the most urgent").isTrue();
    }

    @Test
    void PAY_8_aRenewalAddsItsPeriodToThePeriodAlreadyPaid() throws Refusal {
        Product domain = product(ProductType.DOMAIN_CH, "rossi.ch", TODAY, 1, false);
        domain.renewed(3 * YEAR, false);
        assertThat(domain.expiresOn()).isEqualTo(TODAY.plusYears(4));
        assertThatThrownBy(() -> domain.renewed(11 * YEAR, false)).isInstanceOfSatisfying(Refusal.class,
                r -> assertThat(r.errorCode()).isEqualTo(BillingError.PERIOD_NOT_ALLOWED));
        assertThat(domain.expiresOn()).isEqualTo(TODAY.plusYears(4));
        assertThatThrownBy(() -> domain.renewed(6, false)).as(".ch domains are not sold by the month")
                .isInstanceOfSatisfying(Refusal.class,
                        r -> assertThat(r.errorCode()).isEqualTo(BillingError.PERIOD_NOT_ALLOWED));
    }

    @Test
    void PAY_8_aProductSoldByTheMonthIsRenewedForSeveralMonthsFromItsExpiry() throws Refusal {
        Product drive = Product.bought("org-1", ProductType.KDRIVE, "Team drive", 1, LocalDate.of(2026, 1, 31), false,
                NOW);
        assertThat(drive.expiresOn()).as("a month later, the month's last day").isEqualTo(LocalDate.of(2026, 2, 28));
        drive.renewed(3, false);
        assertThat(drive.expiresOn()).isEqualTo(LocalDate.of(2026, 5, 28));
        drive.renewed(YEAR, false);
        assertThat(drive.expiresOn()).isEqualTo(LocalDate.of(2027, 5, 28));
        assertThatThrownBy(() -> drive.renewed(2, false)).isInstanceOfSatisfying(Refusal.class,
                r -> assertThat(r.errorCode()).isEqualTo(BillingError.PERIOD_NOT_ALLOWED));
    }

    @Test
    void REN_2_aRenewalPaidByCardSwitchesAutomaticRenewalOn() throws Refusal {
        Product hosting = product(ProductType.WEB_HOSTING, "www.rossi.ch", TODAY, 1, false);
        assertThat(hosting.autoRenew()).isFalse();
        hosting.renewed(YEAR, false);
        assertThat(hosting.autoRenew()).as("paid by transfer").isFalse();
        hosting.renewed(YEAR, PaymentMethod.CARD.supportsAutomaticRenewal());
        assertThat(hosting.autoRenew()).isTrue();
        assertThat(PaymentMethod.PAYPAL.supportsAutomaticRenewal()).isFalse();
        assertThat(PaymentMethod.TWINT.supportsAutomaticRenewal()).isTrue();
    }

    @Test
    void PAY_3_aSelectionRenewsEachProductOnceEachForItsOwnPeriod() throws Refusal {
        Product domain = product(ProductType.DOMAIN_CH, "rossi.ch", TODAY, 1, false);
        Product hosting = product(ProductType.WEB_HOSTING, "www.rossi.ch", TODAY, 1, false);
        PurchaseOrder order = PurchaseOrder.place("org-1", List.of(
                new PurchaseOrder.Item(domain.type(), domain.label(), 5 * YEAR, domain.id()),
                new PurchaseOrder.Item(hosting.type(), hosting.label(), YEAR, hosting.id())), NOW);
        assertThat(order.isRenewal()).isTrue();
        assertThat(order.items()).extracting(i -> i.months()).containsExactly(5 * YEAR, YEAR);
        assertThat(order.items().get(0).renews()).contains(domain.id());
        assertThatThrownBy(() -> PurchaseOrder.place("org-1", List.of(
                new PurchaseOrder.Item(domain.type(), domain.label(), YEAR, domain.id()),
                new PurchaseOrder.Item(domain.type(), domain.label(), 2 * YEAR, domain.id())), NOW))
                .isInstanceOfSatisfying(Refusal.class,
                        r -> assertThat(r.errorCode()).isEqualTo(BillingError.PRODUCT_SELECTED_TWICE));
        assertThatThrownBy(() -> PurchaseOrder.place("org-1", List.of(
                new PurchaseOrder.Item(hosting.type(), hosting.label(), 2 * YEAR, hosting.id())), NOW))
                .as("web hosting renews a year at a time")
                .isInstanceOfSatisfying(Refusal.class,
                        r -> assertThat(r.errorCode()).isEqualTo(BillingError.PERIOD_NOT_ALLOWED));
    }

    @Test
    void PAY_5_aWaitingPaymentKeepsWhatTheBalancePaidUntilItEnds() throws Refusal {
        PurchaseOrder order = PurchaseOrder.place("org-1", List.of(
                new PurchaseOrder.Item(ProductType.DOMAIN_CH, "rossi.ch", YEAR)), NOW);
        order.awaitPayment("proforma-1", "key-1", PaymentMethod.CARD, "sim_1", Money.of("20.00", Currency.CHF), NOW);
        assertThat(order.isAwaitingPayment()).isTrue();
        assertThat(order.balancePart()).contains(Money.of("20.00", Currency.CHF));
        assertThat(order.isRepeatOf("key-1")).isTrue();
        assertThatThrownBy(() -> order.isRepeatOf("key-2")).isInstanceOfSatisfying(Refusal.class,
                r -> assertThat(r.errorCode()).isEqualTo(BillingError.PAYMENT_IN_PROGRESS));
        order.paymentFailed();
        assertThat(order.status()).isEqualTo(PurchaseOrder.Status.PENDING);
        assertThat(order.invoiceId()).isEmpty();
        assertThat(order.isRepeatOf("key-2")).isFalse();
    }
}
