package io.billingconsole.notice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;

/** A rendered e-mail waiting in the outbox until the dispatcher has handed it to the SMTP server. */
@Entity
@Table(name = "mail_outbox")
public class OutboxMail extends OutboxRow {

    @Column(name = "notice_id")
    public Long noticeId;

    /** Null for a mail to a staff user (their account setup mail). */
    @Column(name = "account_id")
    public Long accountId;

    public String recipient;

    public String subject;

    @Column(name = "body_text")
    public String bodyText;

    @Column(name = "body_html")
    public String bodyHtml;

    static OutboxMail queue(long noticeId, long accountId, String recipient, RenderedMail mail, Instant now) {
        OutboxMail row = direct(accountId, recipient, mail, now);
        row.noticeId = noticeId;
        return row;
    }

    /** A mail that is no notice's (the account setup mail); {@code accountId} is null for staff users. */
    static OutboxMail direct(Long accountId, String recipient, RenderedMail mail, Instant now) {
        OutboxMail row = new OutboxMail();
        row.accountId = accountId;
        row.recipient = recipient;
        row.subject = mail.subject();
        row.bodyText = mail.text();
        row.bodyHtml = mail.html();
        row.queuedAt(now);
        return row;
    }
}
