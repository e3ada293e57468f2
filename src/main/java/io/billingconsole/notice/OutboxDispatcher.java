package io.billingconsole.notice;

import io.billingconsole.clock.TestClock;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Sends one outbox (e-mails, text messages): on a timer, right after a transaction that queued a row
 * has committed, and when the test clock moves. Any number of runs, here or on other instances, may
 * overlap: each row is taken by one of them (row lock, SKIP LOCKED) and marked sent in the same
 * transaction as the provider took it. Subclasses name the outbox and add the timer and the wake-up.
 */
abstract class OutboxDispatcher<T extends OutboxRow> {

    private static final Logger LOG = Logger.getLogger(OutboxDispatcher.class);

    @Inject
    OutboxDelivery delivery;

    @Inject
    Clock clock;

    /** Runs the wake-ups off the committing thread (a request or a sweep should not wait for the provider). */
    private ExecutorService wakeups;
    private final AtomicBoolean wakeupPending = new AtomicBoolean();

    /** The outbox this dispatcher sends. */
    abstract Outbox<T> outbox();

    abstract boolean enabled();

    @PostConstruct
    void start() {
        String name = getClass().getSimpleName();
        wakeups = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        });
    }

    void stop(@Observes ShutdownEvent event) {
        wakeups.shutdownNow();
    }

    /**
     * The test clock moved: when it went back, rows queued or backed off at the later time would wait
     * until that time comes again, so they are due now; either way, what is due now goes out.
     */
    void onClockMoved(@Observes TestClock.ClockMoved moved) {
        if (moved.to().isBefore(moved.from())) {
            delivery.rescheduleLaterThan(outbox(), moved.to());
        }
        wake();
    }

    /** Runs the dispatcher soon on its own thread; one pending run covers any number of wake-ups. */
    void wake() {
        // a wake-up during a run queues one more, so a row committed meanwhile is not left for the timer
        if (enabled() && wakeupPending.compareAndSet(false, true)) {
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

    /** Sends what is due now; returns how many rows went out. */
    public int dispatch() {
        return dispatch(clock.instant());
    }

    /**
     * Sends up to a batch of rows due at {@code dueBy}. Stops at the first failure: when the provider
     * is down, one attempt per run is enough to find out, and the failed row waits its backoff.
     */
    int dispatch(Instant dueBy) {
        if (!enabled()) {
            return 0;
        }
        Outbox<T> outbox = outbox();
        int batch = outbox.settings().get().batchSize();
        int sent = 0;
        try {
            for (int i = 0; i < batch; i++) {
                if (delivery.deliverNext(outbox, dueBy) != OutboxDelivery.Outcome.SENT) {
                    break;
                }
                sent++;
            }
        } catch (RuntimeException e) {
            // the database, not the provider (that is recorded on the row): the next run tries again
            LOG.warnf(e, "%s stopped after %d sent", getClass().getSimpleName(), sent);
        }
        return sent;
    }
}
