package io.billingconsole.resource;

import io.billingconsole.jobs.JobCounts;
import io.billingconsole.jobs.SweepJob;
import io.billingconsole.notice.ReleaseNotices;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

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
    ReleaseNotices releaseNotices;

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

    /**
     * Returns how many resources were released. Each released row gets its RESOURCE_RELEASED notice in the same
     * transaction; a row is released once (it is not due again), so its notice is published once.
     */
    @Transactional
    public int release() {
        List<Object[]> released = queries.releaseScheduled(OffsetDateTime.ofInstant(clock.instant(), zone));
        for (Object[] row : released) {
            releaseNotices.released(((Number) row[1]).longValue(), ((Number) row[0]).longValue(), (String) row[2],
                    (String) row[3], instant(row[4]), ReleaseReason.SCHEDULED);
        }
        return released.size();
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalStateException("unexpected released_at " + (value == null ? null : value.getClass()));
    }
}
