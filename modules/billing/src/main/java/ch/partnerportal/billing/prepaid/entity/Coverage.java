package ch.partnerportal.billing.prepaid.entity;

import ch.partnerportal.kernel.Money;

/**
 * PAY-5: how a payable total splits between the prepaid balance and another method.
 *
 * @param fromBalance what the balance pays (possibly zero)
 * @param rest        what another method must pay (zero when the balance covers everything)
 */
public record Coverage(Money fromBalance, Money rest) {

    public boolean isComplete() {
        return rest.isZero();
    }

    public Money total() {
        return fromBalance.plus(rest);
    }
}
