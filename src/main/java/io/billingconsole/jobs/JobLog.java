package io.billingconsole.jobs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import org.jboss.logging.Logger;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** Records each run of a sweep (start, end, counts, failures) in its own transactions. */
@ApplicationScoped
public class JobLog {

    private static final Logger LOG = Logger.getLogger(JobLog.class);
    private static final String INSTANCE = ManagementFactory.getRuntimeMXBean().getName();

    @Inject
    Clock clock;

    /** Runs the job for {@code day} and records the run; a job that throws is recorded as one failure. */
    public JobRun run(SweepJob job, LocalDate day) {
        long runId = start(job.name(), day);
        JobCounts counts;
        try {
            counts = job.run(day);
        } catch (RuntimeException e) {
            LOG.errorf(e, "Job %s for %s failed", job.name(), day);
            counts = new JobCounts(0, 0, 1, String.valueOf(e));
        }
        if (counts.failed() > 0) {
            LOG.warnf("Job %s for %s: %d of %d rows failed, last: %s", job.name(), day, counts.failed(),
                    counts.processed(), counts.lastError());
        }
        return finish(runId, counts);
    }

    @Transactional(TxType.REQUIRES_NEW)
    long start(String job, LocalDate day) {
        JobRun run = new JobRun();
        run.job = job;
        run.businessDate = day;
        run.startedAt = clock.instant();
        run.instance = INSTANCE;
        run.persist();
        return run.id;
    }

    @Transactional(TxType.REQUIRES_NEW)
    JobRun finish(long runId, JobCounts counts) {
        JobRun run = JobRun.findById(runId);
        run.endedAt = clock.instant();
        run.processed = counts.processed();
        run.changed = counts.changed();
        run.failed = counts.failed();
        run.lastError = counts.lastError() == null ? null
                : counts.lastError().substring(0, Math.min(500, counts.lastError().length()));
        return run;
    }

    /** The latest runs of one job, newest first. */
    @Transactional
    public List<JobRun> latest(String job, int limit) {
        return JobRun.find("job = ?1 order by startedAt desc, id desc", job).page(0, limit).list();
    }
}
