package ch.partnerportal.billing.amounts.entity;

import ch.partnerportal.billing.api.BillingError;
import ch.partnerportal.kernel.Currency;
import ch.partnerportal.kernel.Money;
import ch.partnerportal.kernel.Refusal;

/**
 * Reads an amount a person typed (a deposit, for example) into {@link Money}, or refuses it with the
 * reason. What is accepted is {@link Money#parse(String, Currency)}'s decision: digits, one decimal
 * point or comma, at most two decimals, no sign, no grouping separators.
 */
public final class AmountInput {

    private AmountInput() {
    }

    public static Money parse(String text, Currency currency) throws Refusal {
        Money.Parsed parsed = Money.parse(text, currency);
        if (parsed.isValid()) {
            return parsed.value();
        }
        String shown = text == null ? "" : text.strip();
        throw switch (parsed.problem()) {
            case MISSING -> new Refusal(BillingError.AMOUNT_REQUIRED);
            case MALFORMED -> new Refusal(BillingError.AMOUNT_MALFORMED, shown);
            case NEGATIVE -> new Refusal(BillingError.AMOUNT_NEGATIVE, shown);
            case TOO_MANY_DECIMALS -> new Refusal(BillingError.AMOUNT_TOO_MANY_DECIMALS, shown);
            case TOO_LARGE -> new Refusal(BillingError.AMOUNT_TOO_LARGE, Money.LARGEST_INPUT.toPlainString());
        };
    }
}
