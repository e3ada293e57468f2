package io.billingconsole.notice;

import io.billingconsole.shared.BillingConfig;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Sends outbox mails one at a time, each in its own transaction: the row is locked ({@code FOR
 * UPDATE SKIP LOCKED}, so another dispatcher on this or another instance passes it by), handed to
 * the SMTP server, and marked sent or failed before the lock is released.
 */
@ApplicationScoped
public class MailOutbox {

    private static final Logger LOG = Logger.getLogger(MailOutbox.class);

    /** What happened to the mail a delivery attempt took. */
    public enum Outcome { NOTHING_DUE, SENT, FAILED }

    @Inject
    NoticeQueries queries;

    @Inject
    Mailer mailer;

    @Inject
    Clock clock;

    @Inject
    BillingConfig config;

    /** Takes the next mail due at {@code dueBy} that nobody else is sending, and sends it. */
    @Transactional(TxType.REQUIRES_NEW)
    public Outcome deliverNext(Instant dueBy) {
        Optional<OutboxMail> due = queries.claimNextDue(dueBy);
        if (due.isEmpty()) {
            return Outcome.NOTHING_DUE;
        }
        OutboxMail mail = due.get();
        try {
            mailer.send(Mail.withHtml(mail.recipient, mail.subject, mail.bodyHtml).setText(mail.bodyText));
        } catch (RuntimeException e) {
            BillingConfig.Mail settings = config.mail();
            mail.markFailed(describe(e), clock.instant(), settings.maxAttempts(), settings.retryDelay(),
                    settings.maxRetryDelay());
            LOG.warnf("Mail %d to %s failed (attempt %d%s): %s", mail.id, mail.recipient, mail.attempts,
                    mail.nextAttemptAt == null ? ", giving up" : ", retry at " + mail.nextAttemptAt, mail.lastError);
            return Outcome.FAILED;
        }
        // a crash between the SMTP server's acceptance and this commit sends the mail again later
        mail.markSent(clock.instant());
        return Outcome.SENT;
    }

    /** Makes every unsent mail due at {@code now} at the latest; returns how many were later. */
    @Transactional
    public int rescheduleLaterThan(Instant now) {
        return queries.rescheduleLaterThan(now);
    }

    private static String describe(Throwable error) {
        StringBuilder text = new StringBuilder();
        for (Throwable cause = error; cause != null && text.length() < OutboxMail.MAX_ERROR_LENGTH;
             cause = cause.getCause()) {
            if (!text.isEmpty()) {
                text.append(" <- ");
            }
            text.append(cause.getClass().getSimpleName()).append(": ").append(cause.getMessage());
        }
        return text.toString();
    }
}
