package io.billingconsole.resource;

import io.billingconsole.shared.TestClock;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.ZoneId;
import java.time.OffsetDateTime;

/**
 * Keeps the stored status in step with time: RUNNING becomes EXPIRED at expiry, and past its
 * product's window a resource is RELEASED (virtual hosts: data marked deleted). Two set-based
 * updates, idempotent and safe when several instances run them.
 */
@ApplicationScoped
public class ResourceLifecycleJob {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ZoneId zone;

    @Scheduled(every = "5m", delay = 10, concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        advance();
    }

    void onClockMoved(@Observes TestClock.ClockMoved moved) {
        advance();
    }

    /** Returns how many resources changed status. */
    @Transactional
    public int advance() {
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), zone);
        int released = em.createNativeQuery("""
                        update cloud_resource r
                           set status = 'RELEASED', released_at = :now, version = r.version + 1,
                               data_deleted = (p.after_window = 'RELEASED_DATA_DELETED')
                          from product_rule p
                         where p.product_type = r.product_type
                           and r.status <> 'RELEASED' and r.billing_method = 'SUBSCRIPTION'
                           and r.expires_at <= :now
                           and ((r.expires_at at time zone :zone) + make_interval(days => p.renew_window_days))
                               at time zone :zone <= :now
                        """)
                .setParameter("now", now)
                .setParameter("zone", zone.getId())
                .executeUpdate();
        int expired = em.createNativeQuery("""
                        update cloud_resource
                           set status = 'EXPIRED', version = version + 1
                         where status = 'RUNNING' and billing_method = 'SUBSCRIPTION' and expires_at <= :now
                        """)
                .setParameter("now", now)
                .executeUpdate();
        return released + expired;
    }
}
