package io.billingconsole.notice;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Duration;
import java.time.Instant;

/** A rendered e-mail waiting in the outbox until the dispatcher has handed it to the SMTP server. */
@Entity
@Table(name = "mail_outbox")
public class OutboxMail extends PanacheEntityBase {

    static final int MAX_ERROR_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

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

    @Column(name = "created_at")
    public Instant createdAt;

    public int attempts;

    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    @Column(name = "sent_at")
    public Instant sentAt;

    @Column(name = "last_error")
    public String lastError;

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
        row.createdAt = now;
        row.nextAttemptAt = now;
        return row;
    }

    public boolean isSent() {
        return sentAt != null;
    }

    void markSent(Instant now) {
        attempts++;
        sentAt = now;
        nextAttemptAt = null;
        lastError = null;
    }

    /**
     * Schedules the next try with a doubling delay (first {@code firstDelay}, at most {@code maxDelay});
     * after {@code maxAttempts} failures the mail is given up and only its error remains.
     */
    void markFailed(String error, Instant now, int maxAttempts, Duration firstDelay, Duration maxDelay) {
        attempts++;
        lastError = error == null || error.length() <= MAX_ERROR_LENGTH ? error : error.substring(0, MAX_ERROR_LENGTH);
        nextAttemptAt = attempts >= maxAttempts ? null : now.plus(retryDelay(attempts, firstDelay, maxDelay));
    }

    /** 1st failure: firstDelay, 2nd: twice that, ... capped at maxDelay. */
    static Duration retryDelay(int failures, Duration firstDelay, Duration maxDelay) {
        Duration delay = firstDelay;
        for (int i = 1; i < failures && delay.compareTo(maxDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }
}
