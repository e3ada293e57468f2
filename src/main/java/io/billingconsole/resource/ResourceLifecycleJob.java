package io.billingconsole.resource;

import io.billingconsole.jobs.JobCounts;
import io.billingconsole.jobs.SweepJob;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * Keeps the stored status in step with time: RUNNING becomes EXPIRED at expiry, and past its
 * product's window a resource is RELEASED (virtual hosts: data marked deleted). Two set-based
 * updates, idempotent and safe when several instances run them.
 */
@ApplicationScoped
public class ResourceLifecycleJob implements SweepJob {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ZoneId zone;

    @Override
    public String name() {
        return "RESOURCE_LIFECYCLE";
    }

    @Override
    public JobCounts run(LocalDate day) {
        return JobCounts.changed(advance());
    }

    /** Returns how many resources changed status. */
    @Transactional
    public int advance() {
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), zone);
        int released = em.createNativeQuery("""
                        update cloud_resource r
                           set status = 'RELEASED', released_at = :now, version = r.version + 1, next_auto_renew_on = null,
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
