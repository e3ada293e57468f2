package io.billingconsole.notice;

import io.billingconsole.shared.BillingConfig;
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
 * Sends the mail outbox: every 10 seconds, and right after a transaction that queued a mail has
 * committed. Any number of runs, here or on other instances, may overlap: each mail is taken by
 * one of them (row lock, SKIP LOCKED) and marked sent in the same transaction as it is sent.
 */
@ApplicationScoped
public class MailDispatcher {

    @Inject
    MailOutbox outbox;

    @Inject
    Clock clock;

    @Inject
    BillingConfig config;

    private DispatchLoop loop;

    @PostConstruct
    void start() {
        loop = new DispatchLoop("mail-dispatcher", () -> config.mail().enabled(), () -> config.mail().batchSize(),
                clock::instant, outbox::deliverNext, outbox::rescheduleLaterThan);
    }

    void stop(@Observes ShutdownEvent event) {
        loop.stop();
    }

    @Scheduled(every = "${billing.mail.dispatch-every:10s}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        dispatch();
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) NoticeService.MailQueued queued) {
        loop.wake();
    }

    void onClockMoved(@Observes TestClock.ClockMoved moved) {
        loop.clockMoved(moved.from(), moved.to());
    }

    /** Sends what is due now; returns how many mails went out. */
    public int dispatch() {
        return loop.dispatch();
    }

    /** Sends up to a batch of mails due at {@code dueBy}, stopping at the first failure. */
    int dispatch(Instant dueBy) {
        return loop.dispatch(dueBy);
    }
}
