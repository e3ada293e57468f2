package io.billingconsole.notice;

import java.time.Instant;
import java.util.Optional;

/**
 * One outbox (e-mails, text messages) as {@link OutboxDelivery} drives it: the claim of the next due
 * row, the hand-over to the provider, and the retry settings. Each method runs in the delivery's
 * transaction.
 */
interface OutboxChannel<T extends OutboxRow> {

    /** The next unsent row due at {@code dueBy} that no other sender holds, locked ({@code skip locked}). */
    Optional<T> claimNextDue(Instant dueBy);

    /** Hands the row to the provider; throws when the provider does not take it. */
    void send(T row);

    OutboxRow.Retry retry();

    /** The row in a log line: what and to whom ("mail 7 to a@example.com"). */
    String describe(T row);
}
