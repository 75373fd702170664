package ch.partnerportal.billing;

import ch.partnerportal.billing.api.BillingError;
import ch.partnerportal.billing.catalog.entity.ProductType;
import ch.partnerportal.billing.orders.entity.PurchaseOrder;
import ch.partnerportal.kernel.Refusal;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrderRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

    private static PurchaseOrder order() throws Refusal {
        return PurchaseOrder.place("org-1", List.of(new PurchaseOrder.Item(ProductType.DOMAIN_CH, " rossi.ch ", 36)),
                NOW);
    }

    @Test
    void PAY_4_anOrderWaitsPendingUntilItIsPaidOnceAndARepeatFindsThatPayment() throws Refusal {
        PurchaseOrder order = order();
        assertThat(order.status()).isEqualTo(PurchaseOrder.Status.PENDING);
        assertThat(order.items().get(0).label()).isEqualTo("rossi.ch");
        assertThat(order.isRepeatOf("key-1")).as("a first payment").isFalse();
        order.paid("invoice-1", "key-1", NOW);
        assertThat(order.status()).isEqualTo(PurchaseOrder.Status.PAID);
        assertThat(order.isRepeatOf("key-1")).as("the same request again").isTrue();
        assertThatThrownBy(() -> order.isRepeatOf("key-2")).isInstanceOfSatisfying(Refusal.class,
                r -> assertThat(r.errorCode()).isEqualTo(BillingError.ORDER_ALREADY_PAID));
    }

    @Test
    void aDomainIsOrderedByItsNameUnderItsOwnTopLevelDomain() throws Refusal {
        assertThat(PurchaseOrder.place("org-1", List.of(
                new PurchaseOrder.Item(ProductType.DOMAIN_CH, "Rossi-Bau.CH", 12),
                new PurchaseOrder.Item(ProductType.DOMAIN_COM, "café-rossi.com", 12)), NOW).items())
                .extracting(item -> item.label()).containsExactly("rossi-bau.ch", "café-rossi.com");
        for (String wrong : List.of("Not a domain", "rossi.com", "www.rossi.ch", "-rossi.ch", "rossi_bau.ch", ".ch",
                "a".repeat(64) + ".ch")) {
            assertThatThrownBy(() -> PurchaseOrder.place("org-1",
                    List.of(new PurchaseOrder.Item(ProductType.DOMAIN_CH, wrong, 12)), NOW))
                    .as(wrong).isInstanceOfSatisfying(Refusal.class,
                            r -> assertThat(r.errorCode()).isEqualTo(BillingError.DOMAIN_NAME_INVALID));
        }
        assertThat(PurchaseOrder.place("org-1", List.of(new PurchaseOrder.Item(ProductType.KDRIVE, "Team drive", 1)),
                NOW).items().get(0).label()).as("other products take any name").isEqualTo("Team drive");
    }

    @Test
    void PAY_4_anOrderAwaitingATransferCanStillBePaidAnotherWay() throws Refusal {
        PurchaseOrder order = order();
        order.awaitTransfer("pro-forma-1", "key-1");
        assertThat(order.isAwaitingTransfer()).isTrue();
        assertThat(order.isRepeatOf("key-1")).isTrue();
        assertThat(order.isRepeatOf("key-2")).as("a card payment after all").isFalse();
        order.transferArrived(NOW);
        assertThat(order.status()).isEqualTo(PurchaseOrder.Status.PAID);
    }

    @Test
    void PAY_4_anOrderNamesAtLeastOneProductEachWithAName() {
        for (List<PurchaseOrder.Item> items : List.<List<PurchaseOrder.Item>>of(List.of(),
                List.of(new PurchaseOrder.Item(ProductType.KDRIVE, "  ", 12)))) {
            assertThatThrownBy(() -> PurchaseOrder.place("org-1", items, NOW)).isInstanceOf(Refusal.class);
        }
        assertThatThrownBy(() -> PurchaseOrder.place("org-1", List.of(
                new PurchaseOrder.Item(ProductType.KDRIVE, "x".repeat(101), 12)), NOW))
                .isInstanceOfSatisfying(Refusal.class,
                        r -> assertThat(r.errorCode()).isEqualTo(BillingError.FIELD_TOO_LONG));
    }

    @Test
    void PAY_5_anAttemptWhoseAnswerWasLostIsInDoubtUntilTheProviderTellsAndOnlyItsKeyRepeatsIt() throws Refusal {
        PurchaseOrder order = order();
        order.awaitPayment("pro-forma-1", "key-1", ch.partnerportal.billing.api.PaymentMethod.CARD, null,
                ch.partnerportal.kernel.Money.of("5.00", ch.partnerportal.kernel.Currency.CHF), NOW);
        assertThat(order.isInDoubt()).isTrue();
        assertThat(order.balancePart()).contains(ch.partnerportal.kernel.Money.of("5.00",
                ch.partnerportal.kernel.Currency.CHF));
        assertThat(order.isRepeatOf("key-1")).isTrue();
        assertThatThrownBy(() -> order.isRepeatOf("key-2")).isInstanceOfSatisfying(Refusal.class,
                r -> assertThat(r.errorCode()).isEqualTo(BillingError.PAYMENT_IN_PROGRESS));
        order.providerAnswered("sim_1");
        assertThat(order.isInDoubt()).as("the provider told which transaction it became").isFalse();
        assertThat(order.isAwaitingPayment()).isTrue();
        assertThat(order.transactionId()).contains("sim_1");
    }
}
