package ch.partnerportal.billing.prepaid.entity;

/** What moved money in or out of a prepaid account. */
public enum MovementKind {
    /** PAY-6: a deposit the customer made by card, PostFinance or IBAN transfer, 0.10 to 9999.00. */
    DEPOSIT(true),
    /** A bank transfer that matched no invoice: credited in full, whatever its amount, so nothing is lost. */
    UNMATCHED_TRANSFER(true),
    /** PAY-5: the balance paid (part of) an invoice. */
    PAYMENT(false),
    /** A refund of something paid from the balance, or of a credit note to the balance. */
    REFUND(true),
    /** PAR-8: a partner's cashback, public price less partner price. */
    CASHBACK(true);

    private final boolean credit;

    MovementKind(boolean credit) {
        this.credit = credit;
    }

    /** Whether the movement adds to the balance. */
    public boolean isCredit() {
        return credit;
    }
}
