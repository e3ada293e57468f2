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
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Sends the mail outbox: every 10 seconds, and right after a transaction that queued a mail has
 * committed. Any number of runs, here or on other instances, may overlap: each mail is taken by
 * one of them (row lock, SKIP LOCKED) and marked sent in the same transaction as it is sent.
 */
@ApplicationScoped
public class MailDispatcher {

    private static final Logger LOG = Logger.getLogger(MailDispatcher.class);

    @Inject
    MailOutbox outbox;

    @Inject
    Clock clock;

    @Inject
    BillingConfig config;

    /** Runs the wake-ups off the committing thread (a request or a sweep should not wait for SMTP). */
    private ExecutorService wakeups;
    private final AtomicBoolean wakeupPending = new AtomicBoolean();

    @PostConstruct
    void start() {
        wakeups = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "mail-dispatcher");
            thread.setDaemon(true);
            return thread;
        });
    }

    void stop(@Observes ShutdownEvent event) {
        wakeups.shutdownNow();
    }

    @Scheduled(every = "${billing.mail.dispatch-every:10s}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        dispatch();
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) NoticeService.MailQueued queued) {
        wake();
    }

    /**
     * The test clock went back: mails queued or backed off at the later time would wait until
     * that time comes again, so they are due now.
     */
    void onClockMoved(@Observes TestClock.ClockMoved moved) {
        if (moved.to().isBefore(moved.from())) {
            outbox.rescheduleLaterThan(moved.to());
        }
        wake();
    }

    /** Runs the dispatcher soon on its own thread; one pending run covers any number of wake-ups. */
    private void wake() {
        // a wake-up during a run queues one more, so a mail committed meanwhile is not left for the timer
        if (config.mail().enabled() && wakeupPending.compareAndSet(false, true)) {
            try {
                wakeups.execute(() -> {
                    wakeupPending.set(false);
                    dispatch();
                });
            } catch (RejectedExecutionException shuttingDown) {
                wakeupPending.set(false);
            }
        }
    }

    /** Sends what is due now; returns how many mails went out. */
    public int dispatch() {
        return dispatch(clock.instant());
    }

    /**
     * Sends up to a batch of mails due at {@code dueBy}. Stops at the first failure: when the SMTP
     * server is down, one attempt per run is enough to find out, and the failed mail waits its backoff.
     */
    int dispatch(Instant dueBy) {
        if (!config.mail().enabled()) {
            return 0;
        }
        int sent = 0;
        try {
            for (int i = 0; i < config.mail().batchSize(); i++) {
                MailOutbox.Outcome outcome = outbox.deliverNext(dueBy);
                if (outcome != MailOutbox.Outcome.SENT) {
                    break;
                }
                sent++;
            }
        } catch (RuntimeException e) {
            // the database, not SMTP (that is recorded on the mail): the next run tries again
            LOG.warnf(e, "Mail dispatch stopped after %d mails", sent);
        }
        return sent;
    }
}
