package ch.partnerportal.billing;

import ch.partnerportal.billing.amounts.entity.AmountInput;
import ch.partnerportal.billing.amounts.entity.TotalRow;
import ch.partnerportal.billing.amounts.entity.Totals;
import ch.partnerportal.billing.amounts.entity.Vat;
import ch.partnerportal.billing.api.BillingError;
import ch.partnerportal.kernel.Currency;
import ch.partnerportal.kernel.Money;
import ch.partnerportal.kernel.Refusal;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static ch.partnerportal.billing.Refusals.refused;
import static ch.partnerportal.kernel.Currency.CHF;
import static ch.partnerportal.kernel.Currency.EUR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AmountsRulesTest {

    private static Money chf(String amount) {
        return Money.of(amount, CHF);
    }

    private static Money eur(String amount) {
        return Money.of(amount, EUR);
    }

    @Test
    void PAY_9_aSwissCustomerPaysVatAndAFrancTotalRoundedTo5RappenWithTheDifferenceOnItsOwnRow() {
        // 28.80 + 48.00 = 76.80; VAT 8.1% = 6.2208 -> 6.22; gross 83.02; payable 83.00
        Totals totals = Totals.of(CHF, Vat.forCountry("CH"), List.of(chf("28.80"), chf("48.00")));
        assertThat(totals.vat()).isEqualTo(Vat.SWISS);
        assertThat(totals.vatRate()).isEqualByComparingTo("8.1");
        assertThat(totals.net()).isEqualTo(chf("76.80"));
        assertThat(totals.vatAmount()).isEqualTo(chf("6.22"));
        assertThat(totals.gross()).isEqualTo(chf("83.02"));
        assertThat(totals.rounding()).isEqualTo(chf("-0.02"));
        assertThat(totals.payable()).isEqualTo(chf("83.00"));
        assertThat(totals.rows()).extracting(TotalRow::kind).containsExactly(TotalRow.Kind.NET, TotalRow.Kind.VAT,
                TotalRow.Kind.GROSS, TotalRow.Kind.ROUNDING, TotalRow.Kind.PAYABLE);
        assertThat(totals.rows().get(3).amount()).isEqualTo(chf("-0.02"));

        // 28.80: VAT 2.3328 -> 2.33; gross 31.13; payable 31.15 (rounded up)
        Totals up = Totals.of(CHF, Vat.SWISS, List.of(chf("28.80")));
        assertThat(up.payable()).isEqualTo(chf("31.15"));
        assertThat(up.rounding()).isEqualTo(chf("0.02"));
    }

    @Test
    void PAY_9_noRoundingRowWhenTheGrossTotalIsAlreadyPayable() {
        Totals totals = Totals.of(CHF, Vat.SWISS, List.of(chf("100.00")));
        assertThat(totals.vatAmount()).isEqualTo(chf("8.10"));
        assertThat(totals.payable()).isEqualTo(chf("108.10"));
        assertThat(totals.rows()).extracting(TotalRow::kind).containsExactly(TotalRow.Kind.NET, TotalRow.Kind.VAT,
                TotalRow.Kind.GROSS, TotalRow.Kind.PAYABLE);
    }

    @Test
    void PAY_9_customersAbroadAreInvoicedInEurosWithoutVatAsAnExportOfServices() {
        for (String country : new String[] {"DE", "FR", "IT", "AT", "US"}) {
            assertThat(Vat.forCountry(country)).as(country).isEqualTo(Vat.EXPORT_OF_SERVICES);
            assertThat(Currency.forBillingCountry(country)).isEqualTo(EUR);
        }
        Totals totals = Totals.of(EUR, Vat.EXPORT_OF_SERVICES, List.of(eur("29.90"), eur("0.03")));
        assertThat(totals.vatAmount().isZero()).isTrue();
        assertThat(totals.gross()).isEqualTo(eur("29.93"));
        assertThat(totals.payable()).isEqualTo(eur("29.93"));
        assertThat(totals.rounding().isZero()).isTrue();
    }

    @Test
    void PAY_9_liechtensteinIsInTheSwissVatAreaAndBilledInFrancs() {
        assertThat(Vat.forCountry("LI")).isEqualTo(Vat.SWISS);
        assertThat(Vat.forCountry(" ch ")).isEqualTo(Vat.SWISS);
        assertThat(Currency.forBillingCountry("LI")).isEqualTo(CHF);
        assertThatThrownBy(() -> Vat.forCountry(" ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void PAY_9_totalsAgreeWithIntegerArithmeticOnRappen() {
        Random random = new Random(81);
        for (int i = 0; i < 20_000; i++) {
            List<Money> lines = new ArrayList<>();
            long netCents = 0;
            for (int line = random.nextInt(1, 8); line > 0; line--) {
                long cents = random.nextLong(0, 2_000_000);
                netCents += cents;
                lines.add(new Money(BigDecimal.valueOf(cents, 2), CHF));
            }
            Totals totals = Totals.of(CHF, Vat.SWISS, lines);
            long vatCents = (netCents * 81 + 500) / 1000;
            long grossCents = netCents + vatCents;
            long rest = grossCents % 5;
            long payableCents = rest < 3 ? grossCents - rest : grossCents + 5 - rest;
            assertThat(totals.net().amount()).isEqualByComparingTo(BigDecimal.valueOf(netCents, 2));
            assertThat(totals.vatAmount().amount()).isEqualByComparingTo(BigDecimal.valueOf(vatCents, 2));
            assertThat(totals.gross().amount()).isEqualByComparingTo(BigDecimal.valueOf(grossCents, 2));
            assertThat(totals.payable().amount()).isEqualByComparingTo(BigDecimal.valueOf(payableCents, 2));
            assertThat(totals.gross().plus(totals.rounding())).isEqualTo(totals.payable());
            assertThat(totals.rounding().abs().amount()).isLessThanOrEqualTo(new BigDecimal("0.02"));
        }
    }

    @Test
    void linesAreNeverNegativeNorInAnotherCurrency() {
        assertThatThrownBy(() -> Totals.of(CHF, Vat.SWISS, List.of(chf("-1.00"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Totals.of(CHF, Vat.SWISS, List.of(eur("1.00"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Totals.of(EUR, Vat.SWISS, List.of()).payable().isZero()).isTrue();
    }

    @Test
    void PAY_6_typedAmountsAreReadOrRefusedWithTheReason() throws Refusal {
        assertThat(AmountInput.parse("0,10", CHF)).isEqualTo(chf("0.10"));
        assertThat(AmountInput.parse("9999", EUR)).isEqualTo(eur("9999.00"));
        assertThat(AmountInput.parse(" 12.5 ", CHF)).isEqualTo(chf("12.50"));
        refused(BillingError.AMOUNT_REQUIRED, () -> AmountInput.parse(" ", CHF));
        refused(BillingError.AMOUNT_REQUIRED, () -> AmountInput.parse(null, CHF));
        refused(BillingError.AMOUNT_MALFORMED, () -> AmountInput.parse("1,000.00", CHF));
        refused(BillingError.AMOUNT_MALFORMED, () -> AmountInput.parse("1'000", CHF));
        refused(BillingError.AMOUNT_MALFORMED, () -> AmountInput.parse("NaN", CHF));
        refused(BillingError.AMOUNT_MALFORMED, () -> AmountInput.parse("1e3", CHF));
        refused(BillingError.AMOUNT_NEGATIVE, () -> AmountInput.parse("-10", CHF));
        refused(BillingError.AMOUNT_TOO_MANY_DECIMALS, () -> AmountInput.parse("1,000", CHF));
        refused(BillingError.AMOUNT_TOO_MANY_DECIMALS, () -> AmountInput.parse("0.105", CHF));
        refused(BillingError.AMOUNT_TOO_LARGE, () -> AmountInput.parse("12345678901", CHF));
    }
}
