package io.billingconsole.notice;

import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

/**
 * The run of one outbox's dispatcher (e-mails, texts): up to a batch of rows per run, each delivered
 * in its own transaction, and wake-ups on a thread of its own so that the committing request or sweep
 * does not wait for the provider. Any number of runs, here or on other instances, may overlap: each
 * row is taken by one of them (row lock, SKIP LOCKED).
 */
final class DispatchLoop {

    private static final Logger LOG = Logger.getLogger(DispatchLoop.class);

    private final String name;
    private final BooleanSupplier enabled;
    private final IntSupplier batchSize;
    private final Supplier<Instant> now;
    private final Function<Instant, OutboxDelivery.Outcome> deliverNext;
    private final Consumer<Instant> rescheduleLaterThan;
    private final ExecutorService wakeups;
    private final AtomicBoolean wakeupPending = new AtomicBoolean();

    /**
     * @param name        the thread's name and the log's word for the rows ("mail-dispatcher")
     * @param now         the business clock's time: what a wake-up sends is what is due then
     * @param deliverNext delivers the next row due at the given moment, in a transaction of its own
     * @param rescheduleLaterThan makes every unsent row due at the given moment at the latest
     */
    DispatchLoop(String name, BooleanSupplier enabled, IntSupplier batchSize, Supplier<Instant> now,
                 Function<Instant, OutboxDelivery.Outcome> deliverNext, Consumer<Instant> rescheduleLaterThan) {
        this.name = name;
        this.enabled = enabled;
        this.batchSize = batchSize;
        this.now = now;
        this.deliverNext = deliverNext;
        this.rescheduleLaterThan = rescheduleLaterThan;
        this.wakeups = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        });
    }

    void stop() {
        wakeups.shutdownNow();
    }

    /**
     * The test clock moved: when it went back, rows queued or backed off at the later time would wait
     * until that time comes again, so they are due now; either way, what is due now goes out.
     */
    void clockMoved(Instant from, Instant to) {
        if (to.isBefore(from)) {
            rescheduleLaterThan.accept(to);
        }
        wake();
    }

    /** Runs the dispatcher soon on its own thread; one pending run covers any number of wake-ups. */
    void wake() {
        // a wake-up during a run queues one more, so a row committed meanwhile is not left for the timer
        if (enabled.getAsBoolean() && wakeupPending.compareAndSet(false, true)) {
            try {
                wakeups.execute(() -> {
                    wakeupPending.set(false);
                    dispatch(now.get());
                });
            } catch (RejectedExecutionException shuttingDown) {
                wakeupPending.set(false);
            }
        }
    }

    /** Sends what is due now; returns how many rows went out. */
    int dispatch() {
        return dispatch(now.get());
    }

    /**
     * Sends up to a batch of rows due at {@code dueBy}; returns how many went out. Stops at the first
     * failure: when the provider is down, one attempt per run is enough to find out, and the failed
     * row waits its backoff.
     */
    int dispatch(Instant dueBy) {
        if (!enabled.getAsBoolean()) {
            return 0;
        }
        int sent = 0;
        try {
            for (int i = 0; i < batchSize.getAsInt(); i++) {
                if (deliverNext.apply(dueBy) != OutboxDelivery.Outcome.SENT) {
                    break;
                }
                sent++;
            }
        } catch (RuntimeException e) {
            // the database, not the provider (that is recorded on the row): the next run tries again
            LOG.warnf(e, "%s stopped after %d sent", name, sent);
        }
        return sent;
    }
}
