package io.billingconsole.notice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * An e-mail waiting in the outbox until the dispatcher has handed it to the SMTP server. A notice's mail is queued
 * unrendered (subject and bodies null) and rendered by the dispatcher ({@link MailDispatcher}), which stores the
 * text with the row; any other mail is queued rendered.
 */
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

    /** A notice's mail, to be rendered from the notice when it is sent. */
    static OutboxMail ofNotice(long noticeId, long accountId, String recipient, Instant now) {
        OutboxMail row = new OutboxMail();
        row.noticeId = noticeId;
        row.accountId = accountId;
        row.recipient = recipient;
        row.queuedAt(now);
        return row;
    }

    boolean isRendered() {
        return subject != null;
    }

    void fill(RenderedMail mail) {
        subject = mail.subject();
        bodyText = mail.text();
        bodyHtml = mail.html();
    }

    /** A mail that is no notice's (the account setup mail); {@code accountId} is null for staff users. */
    static OutboxMail direct(Long accountId, String recipient, RenderedMail mail, Instant now) {
        OutboxMail row = new OutboxMail();
        row.accountId = accountId;
        row.recipient = recipient;
        row.fill(mail);
        row.queuedAt(now);
        return row;
    }
}
