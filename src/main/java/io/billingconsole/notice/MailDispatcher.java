package io.billingconsole.notice;

import io.billingconsole.shared.BillingConfig;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * Sends the mail outbox ({@code mail_outbox}) through the SMTP server: every 10 seconds, and right
 * after a transaction that queued a mail has committed (see {@link OutboxDispatcher}).
 */
@ApplicationScoped
public class MailDispatcher extends OutboxDispatcher<OutboxMail> {

    @Inject
    Mailer mailer;

    @Inject
    BillingConfig config;

    @Override
    Outbox<OutboxMail> outbox() {
        return new Outbox<>(NoticeQueries.MAIL_OUTBOX, OutboxMail.class,
                mail -> mailer.send(Mail.withHtml(mail.recipient, mail.subject, mail.bodyHtml).setText(mail.bodyText)),
                config::mail, mail -> "Mail " + mail.id + " to " + mail.recipient);
    }

    @Override
    boolean enabled() {
        return config.mail().enabled();
    }

    @Scheduled(every = "${billing.mail.dispatch-every:10s}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        dispatch();
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) NoticeService.MailQueued queued) {
        wake();
    }
}
