package io.billingconsole.recharge;

import io.billingconsole.clock.TestClock;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Every minute, marks online recharges still unpaid after {@code billing.recharge.pending-for}
 * (30 minutes) as EXPIRED. Safe on two instances: each batch takes its rows with
 * {@code FOR UPDATE SKIP LOCKED}, and a recharge being settled by a callback is locked, so skipped.
 */
@ApplicationScoped
public class RechargeExpiryJob {

    /** What {@link RechargeService#expireStale} handles at most per call. */
    static final int BATCH = 500;

    @Inject
    RechargeService recharges;

    @Scheduled(every = "60s", delayed = "20s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void everyMinute() {
        expire();
    }

    /** A moved test clock expires at once what the new time makes stale. */
    void onClockMoved(@Observes TestClock.ClockMoved moved) {
        expire();
    }

    /** Expires every stale recharge, batch by batch; returns how many. */
    public int expire() {
        int total = 0;
        int batch;
        do {
            batch = recharges.expireStale();
            total += batch;
        } while (batch >= BATCH);
        return total;
    }
}
