package io.billingconsole.ledger;

import io.billingconsole.shared.Money;

/** Withdrawable amount taken from (or given back to) one recharge. */
public record RechargeShare(long rechargeId, Money amount) {
}
