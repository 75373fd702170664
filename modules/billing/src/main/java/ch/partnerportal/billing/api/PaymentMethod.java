package ch.partnerportal.billing.api;

import ch.partnerportal.kernel.Currency;

/**
 * The ways a customer pays (PAY-5) and what each may be used for. Card brands (Visa, MasterCard,
 * CB) are one method: the gateway tells them apart, the rules do not.
 */
public enum PaymentMethod {
    CARD,
    /** The PostFinance card: only when the currency is CHF (PAY-5, PAY-6). */
    POSTFINANCE,
    /** IBAN bank transfer: first a pro-forma invoice, the final invoice once the money arrived (PAY-3). */
    IBAN_TRANSFER,
    PAYPAL,
    TWINT,
    /** The organization's prepaid balance, possibly completed by another method (PAY-5). */
    PREPAID;

    /** PAY-5: PostFinance only in CHF; every other method in both currencies. */
    public boolean availableIn(Currency currency) {
        return this != POSTFINANCE || currency == Currency.CHF;
    }

    /** PAY-6: the prepaid account is credited by card, PostFinance or IBAN transfer. */
    public boolean mayCreditPrepaidAccount() {
        return this == CARD || this == POSTFINANCE || this == IBAN_TRANSFER;
    }

    /**
     * REN-2: automatic renewal is paid by card, or by a Twint profile that an earlier Twint payment
     * saved on the account. Whether such a profile exists is the saved method's business, not this
     * vocabulary's.
     */
    public boolean supportsAutomaticRenewal() {
        return this == CARD || this == TWINT;
    }

    /** Whether a payment provider takes the money (and can give it back). */
    public boolean usesProvider() {
        return this == CARD || this == POSTFINANCE || this == PAYPAL || this == TWINT;
    }

    /** PAY-3: paying by transfer first draws up a pro-forma invoice. */
    public boolean startsWithProForma() {
        return this == IBAN_TRANSFER;
    }
}
