package io.billingconsole.ledger;

import io.billingconsole.shared.Money;

/** How an amount was paid: from vouchers, from positive cash, and from the credit line. */
public record Payment(Money fromVouchers, Money fromCash, Money fromCredit) {

    public Money total() {
        return fromVouchers.plus(fromCash).plus(fromCredit);
    }
}
