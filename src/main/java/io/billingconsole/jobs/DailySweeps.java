package io.billingconsole.jobs;

import io.billingconsole.shared.BillingConfig;
import io.billingconsole.shared.DomainException;
import io.billingconsole.clock.TestClock;
import io.quarkus.arc.All;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Runs the sweeps: every business day at the configured time (default 08:00) the daily ones, in order, and
 * every few minutes the ones that follow the clock (lifecycle, unpaid-order voiding). Days that were
 * missed — the console was down, or the test clock jumped — are caught up one by one, oldest first.
 */
@ApplicationScoped
public class DailySweeps {

    /** The order in which a day's sweeps run: statuses first, then orders, then charges, then notices. */
    public static final List<String> DAILY = List.of("MONTHLY_BILLING", "RESOURCE_LIFECYCLE", "ORDER_VOIDING", "AUTO_RENEW",
            "AUTO_RENEW_FUNDS_WARNING", "EXPIRY_NOTICES", "PAYG_OVERDUE", "DATA_LOSS_NOTICES");
    public static final List<String> FREQUENT = List.of("RESOURCE_LIFECYCLE", "ORDER_VOIDING", "SCHEDULED_RELEASE");

    private final ReentrantLock lock = new ReentrantLock();

    @Inject
    @All
    List<SweepJob> jobs;

    @Inject
    JobLog log;

    @Inject
    Clock clock;

    @Inject
    ZoneId zone;

    @Inject
    BillingConfig config;

    @Inject
    EntityManager em;

    @Scheduled(every = "60s", delayed = "15s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void everyMinute() {
        catchUp(config.sweep().maxCatchUpDays());
    }

    @Scheduled(every = "5m", delayed = "30s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void everyFewMinutes() {
        runFrequent();
    }

    /**
     * The test clock moved. Forward, it stops at each day's sweep time and the day is swept there;
     * back, the days from the new today on are to be swept again, and the days before it count as
     * swept (an older marker left by an earlier jump must not replay hundreds of days). A reset to
     * real time resumes the sweeps from today without replaying the days in between.
     */
    void onClockMoved(@Observes TestClock.ClockMoved moved) {
        LocalDate today = LocalDate.ofInstant(moved.to(), zone);
        if (!moved.catchUp() || moved.to().isBefore(moved.from())) {
            resumeAt(today);
        }
        catchUp(TestClock.MAX_STEPPED_DAYS);
        runFrequent();
    }

    /** Runs the daily sweeps of every day whose sweep time has passed and that has not run yet. */
    public void catchUp(int maxDays) {
        lock.lock();
        try {
            LocalDate day = nextDay(maxDays);
            while (!clock.instant().isBefore(sweepTime(day))) {
                for (String name : DAILY) {
                    log.run(job(name), day);
                }
                markDone(day);
                day = day.plusDays(1);
            }
        } finally {
            lock.unlock();
        }
    }

    /** Runs one job now for today (the back office's "run now"); the run is logged like any other. */
    public JobRun runNow(String name) {
        SweepJob job = job(name);
        lock.lock();
        try {
            return log.run(job, LocalDate.now(clock.withZone(zone)));
        } finally {
            lock.unlock();
        }
    }

    public List<String> names() {
        return jobs.stream().map(SweepJob::name).sorted(Comparator.comparingInt(this::rank)).toList();
    }

    /** The moment the daily sweeps of {@code day} are due. */
    public Instant sweepTime(LocalDate day) {
        return day.atTime(config.sweep().dailyAt()).atZone(zone).toInstant();
    }

    private void runFrequent() {
        lock.lock();
        try {
            LocalDate today = LocalDate.now(clock.withZone(zone));
            for (String name : FREQUENT) {
                log.run(job(name), today);
            }
        } finally {
            lock.unlock();
        }
    }

    SweepJob job(String name) {
        Optional<SweepJob> found = jobs.stream().filter(j -> j.name().equals(name)).findFirst();
        return found.orElseThrow(() -> new DomainException(JobError.UNKNOWN_JOB, String.valueOf(name)));
    }

    private int rank(String name) {
        int index = DAILY.indexOf(name);
        return index < 0 ? DAILY.size() : index;
    }

    /** The day after the last one swept, but never earlier than {@code maxDays} before today. */
    @Transactional
    LocalDate nextDay(int maxDays) {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        Object last = em.createNativeQuery("select max(business_date) from sweep_day").getSingleResult();
        if (last == null) {
            return today;
        }
        LocalDate next = (last instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) last).plusDays(1);
        LocalDate earliest = today.minusDays(maxDays);
        return next.isBefore(earliest) ? earliest : next;
    }

    @Transactional
    void markDone(LocalDate day) {
        em.createNativeQuery("insert into sweep_day (business_date, finished_at) values (?1, ?2)"
                        + " on conflict (business_date) do update set finished_at = excluded.finished_at")
                .setParameter(1, day)
                .setParameter(2, clock.instant())
                .executeUpdate();
    }

    @Transactional
    void forgetDaysFrom(LocalDate day) {
        em.createNativeQuery("delete from sweep_day where business_date >= ?1").setParameter(1, day).executeUpdate();
    }

    /** Continue with today's sweep as if every day before had been swept. */
    @Transactional
    void resumeAt(LocalDate today) {
        forgetDaysFrom(today);
        markDone(today.minusDays(1));
    }
}
