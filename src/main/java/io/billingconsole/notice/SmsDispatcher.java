package io.billingconsole.notice;

import io.billingconsole.sms.SmsCodeService;
import io.billingconsole.sms.SmsConfig;
import io.billingconsole.sms.SmsSender;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * Sends the notice texts' outbox ({@code sms_outbox}) through the {@link SmsSender}, as
 * {@link MailDispatcher} sends the mails: on a timer and right after a transaction that queued a text
 * has committed; sent once, retried with a doubling delay, given up after {@code billing.sms.outbox.max-attempts}.
 */
@ApplicationScoped
public class SmsDispatcher extends OutboxDispatcher<OutboxSms> {

    @Inject
    SmsSender sender;

    @Inject
    SmsConfig config;

    @Override
    Outbox<OutboxSms> outbox() {
        return new Outbox<>(NoticeQueries.SMS_OUTBOX, OutboxSms.class, sms -> sender.send(sms.phone, sms.text),
                config::outbox, sms -> "SMS " + sms.id + " to " + SmsCodeService.mask(sms.phone));
    }

    @Override
    boolean enabled() {
        return true;
    }

    @Scheduled(every = "${billing.sms.outbox.dispatch-every:10s}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        dispatch();
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) NoticeService.SmsQueued queued) {
        wake();
    }
}
