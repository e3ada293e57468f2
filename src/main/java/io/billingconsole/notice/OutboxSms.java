package io.billingconsole.notice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;

/** A notice's text message waiting in the outbox until the dispatcher has handed it to the SMS provider. */
@Entity
@Table(name = "sms_outbox")
public class OutboxSms extends OutboxRow {

    /** Length of {@code sms_outbox.text}. */
    static final int MAX_TEXT_LENGTH = 500;

    @Column(name = "notice_id")
    public Long noticeId;

    @Column(name = "account_id")
    public Long accountId;

    /** As {@code SmsCodeService.normalize} stores phones: without spaces and dashes. */
    public String phone;

    public String text;

    static OutboxSms queue(long noticeId, long accountId, String phone, String text, Instant now) {
        OutboxSms row = new OutboxSms();
        row.noticeId = noticeId;
        row.accountId = accountId;
        row.phone = phone;
        row.text = text.length() <= MAX_TEXT_LENGTH ? text : text.substring(0, MAX_TEXT_LENGTH);
        row.queuedAt(now);
        return row;
    }
}
