package io.billingconsole.notice;

import io.billingconsole.sms.SmsCodeService;
import io.billingconsole.sms.SmsConfig;
import io.billingconsole.sms.SmsSender;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.Optional;

/** The text-message outbox ({@code sms_outbox}) as {@link OutboxDelivery} sends it: through the {@link SmsSender}. */
@ApplicationScoped
public class SmsOutbox implements OutboxChannel<OutboxSms> {

    @Inject
    NoticeQueries queries;

    @Inject
    SmsSender sender;

    @Inject
    SmsConfig config;

    @Inject
    OutboxDelivery delivery;

    /** Takes the next text due at {@code dueBy} that nobody else is sending, and sends it (own transaction). */
    OutboxDelivery.Outcome deliverNext(Instant dueBy) {
        return delivery.deliverNext(this, dueBy);
    }

    /** Makes every unsent text due at {@code now} at the latest; returns how many were later. */
    @Transactional
    public int rescheduleLaterThan(Instant now) {
        return queries.rescheduleLaterThan(NoticeQueries.SMS_OUTBOX, now);
    }

    @Override
    public Optional<OutboxSms> claimNextDue(Instant dueBy) {
        return queries.claimNextDue(NoticeQueries.SMS_OUTBOX, OutboxSms.class, dueBy);
    }

    @Override
    public void send(OutboxSms sms) {
        sender.send(sms.phone, sms.text);
    }

    @Override
    public OutboxRow.Retry retry() {
        SmsConfig.Outbox settings = config.outbox();
        return new OutboxRow.Retry(settings.maxAttempts(), settings.retryDelay(), settings.maxRetryDelay());
    }

    @Override
    public String describe(OutboxSms sms) {
        return "SMS " + sms.id + " to " + SmsCodeService.mask(sms.phone);
    }
}
