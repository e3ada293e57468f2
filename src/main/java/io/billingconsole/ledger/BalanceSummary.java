package io.billingconsole.ledger;

import io.billingconsole.shared.Money;

/** The balance parts a customer sees: cash (may be negative when credit is used), credit line, vouchers. */
public record BalanceSummary(long accountId, Money cashBalance, Money creditLine, Money vouchers) {

    /** Credit drawn so far: the part of the cash balance below zero. */
    public Money creditUsed() {
        return cashBalance.isNegative() ? cashBalance.negate() : Money.ZERO;
    }

    public Money creditAvailable() {
        return creditLine.minus(creditUsed());
    }

    /** Everything an order can be paid with right now. */
    public Money spendable() {
        // capped: a balance too large to add up still shows instead of failing every page load
        return vouchers.plusCapped(cashBalance).plusCapped(creditLine);
    }
}
