package io.billingconsole.refund;

import io.billingconsole.shared.Money;

/**
 * Part of a paid order was refunded (an unsubscribe, SPEC 13): {@code amount} is the cash and credit
 * given back for {@code orderId} by refund {@code refundId}. Fired synchronously in the refund's
 * transaction, with the account's row lock held, so the invoice side records the invoice debt it
 * causes (SPEC 14) in the same transaction.
 */
public record OrderRefunded(long accountId, long refundId, long orderId, Money amount) {
}
