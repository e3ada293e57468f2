package io.billingconsole.notice;

import io.billingconsole.shared.BillingConfig;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.Optional;

/** The e-mail outbox ({@code mail_outbox}) as {@link OutboxDelivery} sends it: through the SMTP server. */
@ApplicationScoped
public class MailOutbox implements OutboxChannel<OutboxMail> {

    @Inject
    NoticeQueries queries;

    @Inject
    Mailer mailer;

    @Inject
    BillingConfig config;

    @Inject
    OutboxDelivery delivery;

    /** Takes the next mail due at {@code dueBy} that nobody else is sending, and sends it (own transaction). */
    OutboxDelivery.Outcome deliverNext(Instant dueBy) {
        return delivery.deliverNext(this, dueBy);
    }

    /** Makes every unsent mail due at {@code now} at the latest; returns how many were later. */
    @Transactional
    public int rescheduleLaterThan(Instant now) {
        return queries.rescheduleLaterThan(NoticeQueries.MAIL_OUTBOX, now);
    }

    @Override
    public Optional<OutboxMail> claimNextDue(Instant dueBy) {
        return queries.claimNextDue(NoticeQueries.MAIL_OUTBOX, OutboxMail.class, dueBy);
    }

    @Override
    public void send(OutboxMail mail) {
        mailer.send(Mail.withHtml(mail.recipient, mail.subject, mail.bodyHtml).setText(mail.bodyText));
    }

    @Override
    public OutboxRow.Retry retry() {
        BillingConfig.Mail settings = config.mail();
        return new OutboxRow.Retry(settings.maxAttempts(), settings.retryDelay(), settings.maxRetryDelay());
    }

    @Override
    public String describe(OutboxMail mail) {
        return "Mail " + mail.id + " to " + mail.recipient;
    }
}
