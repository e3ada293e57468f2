package io.billingconsole.notice;

import io.billingconsole.shared.OutboxSettings;

import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One outbox (e-mails, text messages) as {@link OutboxDelivery} sends it: its table and entity, the
 * hand-over to the provider (throws when the provider does not take the row), its settings, and
 * the row in a log line ("Mail 7 to a@example.com").
 */
record Outbox<T extends OutboxRow>(String table, Class<T> type, Consumer<T> send, Supplier<OutboxSettings> settings,
                                   Function<T, String> describe) {
}
