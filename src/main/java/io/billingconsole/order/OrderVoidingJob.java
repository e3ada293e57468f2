package io.billingconsole.order;

import io.billingconsole.jobs.JobCounts;
import io.billingconsole.jobs.KeysetSweep;
import io.billingconsole.jobs.SkipLockedClaim;
import io.billingconsole.jobs.SweepJob;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Voids orders still unpaid 7 days after creation (reason UNPAID_TIMEOUT). Each order is claimed
 * with {@code FOR UPDATE SKIP LOCKED} in its own transaction, so two instances never void one twice
 * and a payment in progress is never overtaken.
 */
@ApplicationScoped
public class OrderVoidingJob implements SweepJob {

    public static final Duration UNPAID_LIMIT = Order.PAY_WITHIN;
    private static final int BATCH = 500;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    KeysetSweep sweep;

    @Inject
    SkipLockedClaim claim;

    @Override
    public String name() {
        return "ORDER_VOIDING";
    }

    @Override
    public JobCounts run(LocalDate day) {
        Instant cutoff = clock.instant().minus(UNPAID_LIMIT);
        return sweep.ids(name(), after -> staleIds(cutoff, after), id -> voidIfStale(id, cutoff));
    }

    List<Long> staleIds(Instant cutoff, long after) {
        return em.createQuery("select o.id from Order o where o.status = :unpaid and o.createdAt <= :cutoff"
                        + " and o.id > :after order by o.id", Long.class)
                .setParameter("unpaid", OrderStatus.UNPAID)
                .setParameter("cutoff", cutoff)
                .setParameter("after", after)
                .setMaxResults(BATCH)
                .getResultList();
    }

    /** Voids the order if it is still unpaid and old enough; false when another run or a payment has it. */
    boolean voidIfStale(long orderId, Instant cutoff) {
        if (!claim.claim("orders", orderId, "status = 'UNPAID' and created_at <= ?2", cutoff)) {
            return false;
        }
        Order order = em.find(Order.class, orderId);
        order.voidFor(VoidReason.UNPAID_TIMEOUT, clock.instant());
        return true;
    }
}
