package io.billingconsole.resource;

import io.billingconsole.jobs.JobCounts;
import io.billingconsole.jobs.SweepJob;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
    ResourceQueries queries;

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
        int released = queries.releasePastWindow(now, zone);
        int expired = queries.expireDue(now);
        return released + expired;
    }
}
