package io.billingconsole.notice;

import io.billingconsole.account.Account;
import io.billingconsole.shared.BillingConfig;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

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

    @Inject
    EntityManager em;

    @Inject
    NoticeMail noticeMail;

    @Override
    Outbox<OutboxMail> outbox() {
        return new Outbox<>(NoticeQueries.MAIL_OUTBOX, OutboxMail.class,
                this::send,
                config::mail, mail -> "Mail " + mail.id + " to " + mail.recipient);
    }

    /**
     * Renders a notice's mail from its notice (kind, facts, the moment it was made) in the account's language, keeps
     * the text on the row, and hands the mail to the SMTP server; in the delivery's transaction.
     */
    private void send(OutboxMail mail) {
        if (!mail.isRendered()) {
            Notice notice = em.find(Notice.class, mail.noticeId);
            Account account = em.find(Account.class, mail.accountId);
            mail.fill(noticeMail.render(notice.kind, notice.facts(), notice.createdAt, account.displayName,
                    account.language));
        }
        mailer.send(Mail.withHtml(mail.recipient, mail.subject, mail.bodyHtml).setText(mail.bodyText));
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
