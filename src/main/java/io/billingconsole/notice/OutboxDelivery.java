package io.billingconsole.notice;

import io.billingconsole.shared.OutboxSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Sends outbox rows one at a time, each in its own transaction: the row is locked ({@code FOR UPDATE
 * SKIP LOCKED}, so another dispatcher on this or another instance passes it by), handed to the
 * provider, and marked sent or failed before the lock is released. The same for e-mails and texts.
 */
@ApplicationScoped
class OutboxDelivery {

    private static final Logger LOG = Logger.getLogger(OutboxDelivery.class);

    /** What happened to the row a delivery attempt took. */
    enum Outcome { NOTHING_DUE, SENT, FAILED }

    @Inject
    Clock clock;

    @Inject
    NoticeQueries queries;

    /** Takes the next row of {@code outbox} due at {@code dueBy} that nobody else is sending, and sends it. */
    @Transactional(TxType.REQUIRES_NEW)
    <T extends OutboxRow> Outcome deliverNext(Outbox<T> outbox, Instant dueBy) {
        Optional<T> due = queries.claimNextDue(outbox.table(), outbox.type(), dueBy);
        if (due.isEmpty()) {
            return Outcome.NOTHING_DUE;
        }
        T row = due.get();
        try {
            outbox.send().accept(row);
        } catch (RuntimeException e) {
            OutboxSettings settings = outbox.settings().get();
            row.markFailed(describe(e), clock.instant(), settings.maxAttempts(), settings.retryDelay(),
                    settings.maxRetryDelay());
            LOG.warnf("%s failed (attempt %d%s): %s", outbox.describe().apply(row), row.attempts,
                    row.nextAttemptAt == null ? ", giving up" : ", retry at " + row.nextAttemptAt, row.lastError);
            return Outcome.FAILED;
        }
        // a crash between the provider's acceptance and this commit sends the row again later
        row.markSent(clock.instant());
        return Outcome.SENT;
    }

    /** Makes every unsent row of {@code outbox} due at {@code now} at the latest; returns how many were later. */
    @Transactional
    int rescheduleLaterThan(Outbox<?> outbox, Instant now) {
        return queries.rescheduleLaterThan(outbox.table(), now);
    }

    /** The error and its causes in one line: "MailException: ... <- ConnectException: Connection refused". */
    static String describe(Throwable error) {
        StringBuilder text = new StringBuilder();
        for (Throwable cause = error; cause != null && text.length() < OutboxRow.MAX_ERROR_LENGTH;
             cause = cause.getCause()) {
            if (!text.isEmpty()) {
                text.append(" <- ");
            }
            text.append(cause.getClass().getSimpleName()).append(": ").append(cause.getMessage());
        }
        return text.toString();
    }
}
