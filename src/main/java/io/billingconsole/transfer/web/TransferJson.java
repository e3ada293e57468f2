package io.billingconsole.transfer.web;

import io.billingconsole.shared.Money;
import io.billingconsole.transfer.Transfer;

import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * A transfer as the API shows it; {@code recallable} is what the sender can still take back (null
 * for the member who received it).
 */
public record TransferJson(long id, long fromAccountId, long toAccountId, Money amount, Money remaining, Money recalled,
                           String note, OffsetDateTime createdAt, Money recallable) {

    static TransferJson of(Transfer t, Money recallable, ZoneId zone) {
        return new TransferJson(t.id, t.fromAccountId, t.toAccountId, t.amount, t.remaining,
                t.recalled == null ? Money.ZERO : t.recalled, t.note,
                t.createdAt.atZone(zone).toOffsetDateTime(), recallable);
    }
}
