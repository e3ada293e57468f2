package io.billingconsole.notice;

import io.billingconsole.sms.SmsConfig;
import io.billingconsole.clock.TestClock;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;

/**
 * Sends the notice texts' outbox like {@link MailDispatcher} sends the mails: every 10 seconds and
 * right after a transaction that queued a text has committed; each text is taken by one run (row
 * lock, SKIP LOCKED) and marked sent in the same transaction as the {@code SmsSender} took it.
 */
@ApplicationScoped
public class SmsDispatcher {

    @Inject
    SmsOutbox outbox;

    @Inject
    Clock clock;

    @Inject
    SmsConfig config;

    private DispatchLoop loop;

    @PostConstruct
    void start() {
        loop = new DispatchLoop("sms-dispatcher", () -> true, () -> config.outbox().batchSize(),
                clock::instant, outbox::deliverNext, outbox::rescheduleLaterThan);
    }

    void stop(@Observes ShutdownEvent event) {
        loop.stop();
    }

    @Scheduled(every = "${billing.sms.outbox.dispatch-every:10s}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        dispatch();
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) NoticeService.SmsQueued queued) {
        loop.wake();
    }

    void onClockMoved(@Observes TestClock.ClockMoved moved) {
        loop.clockMoved(moved.from(), moved.to());
    }

    /** Sends what is due now; returns how many texts went out. */
    public int dispatch() {
        return loop.dispatch();
    }

    /** Sends up to a batch of texts due at {@code dueBy}, stopping at the first failure. */
    int dispatch(Instant dueBy) {
        return loop.dispatch(dueBy);
    }
}
