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
 * Releases pay-as-you-go resources whose scheduled release time (自动释放, SPEC 6) has passed. The
 * release counts from the scheduled time even when the job runs late, so nothing after it is charged
 * and the PAYG reserve's 24 hours start then. One set-based update: idempotent (a released resource is
 * not due again) and safe with two instances (rows are claimed with {@code FOR UPDATE SKIP LOCKED}).
 */
@ApplicationScoped
public class ScheduledReleaseJob implements SweepJob {

    public static final String NAME = "SCHEDULED_RELEASE";

    @Inject
    ResourceQueries queries;

    @Inject
    Clock clock;

    @Inject
    ZoneId zone;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public JobCounts run(LocalDate day) {
        return JobCounts.changed(release());
    }

    /** Returns how many resources were released. */
    @Transactional
    public int release() {
        return queries.releaseScheduled(OffsetDateTime.ofInstant(clock.instant(), zone)).size();
    }
}
