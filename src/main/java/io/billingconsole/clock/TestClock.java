package io.billingconsole.clock;

import io.billingconsole.shared.BillingConfig;
import io.billingconsole.shared.CommonError;
import io.billingconsole.shared.DomainException;
import io.billingconsole.shared.Params;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Moves the business clock when {@code billing.test-clock.enabled} is on. The offset is stored so
 * that it survives restarts; observers of {@link ClockMoved} catch up with the new time.
 */
@ApplicationScoped
public class TestClock {

    /**
     * Fired after the clock was moved, inside no transaction. {@code catchUp}: the sweeps of the days
     * passed are due (a move); false when the clock went back to real time (a reset).
     */
    public record ClockMoved(Instant from, Instant to, boolean catchUp) {
    }

    /** A forward move stops at each day's sweep time, at most this many days back from the target. */
    public static final int MAX_STEPPED_DAYS = 400;

    private static final Clock SYSTEM = Clock.systemUTC();

    @Inject
    AdjustableClock clock;

    @Inject
    BillingConfig config;

    @Inject
    EntityManager em;

    @Inject
    Event<ClockMoved> moved;

    @Transactional
    void restore(@Observes @Priority(2) StartupEvent event) {
        if (!config.testClock().enabled()) {
            return;
        }
        List<?> stored = em.createNativeQuery("select offset_millis from clock_setting where id = 1").getResultList();
        if (!stored.isEmpty()) {
            clock.setOffset(Duration.ofMillis(((Number) stored.get(0)).longValue()));
        }
    }

    public boolean enabled() {
        return config.testClock().enabled();
    }

    public Instant now() {
        return clock.instant();
    }

    /**
     * Sets the business time to {@code target}; time keeps running from there. Moving forward stops at
     * each day's sweep time on the way, so that the sweeps of every simulated day run at their time.
     */
    public Instant moveTo(Instant target) {
        requireEnabled();
        Params.storable(target, target.toString());
        for (Instant stop : sweepTimesBetween(clock.instant(), target)) {
            step(stop);
        }
        step(target);
        return clock.instant();
    }

    private void step(Instant to) {
        Instant from = clock.instant();
        store(Duration.between(SYSTEM.instant(), to));
        moved.fire(new ClockMoved(from, to, true));
    }

    /** Each day's sweep time after {@code from} and before {@code to}, oldest first. */
    List<Instant> sweepTimesBetween(Instant from, Instant to) {
        ZoneId zone = config.zone();
        LocalTime at = config.sweep().dailyAt();
        LocalDate first = LocalDate.ofInstant(from, zone);
        LocalDate earliest = LocalDate.ofInstant(to, zone).minusDays(MAX_STEPPED_DAYS);
        List<Instant> stops = new ArrayList<>();
        for (LocalDate day = first.isBefore(earliest) ? earliest : first; ; day = day.plusDays(1)) {
            Instant stop = day.atTime(at).atZone(zone).toInstant();
            if (!stop.isBefore(to)) {
                return stops;
            }
            if (stop.isAfter(from)) {
                stops.add(stop);
            }
        }
    }

    public Instant reset() {
        requireEnabled();
        Instant from = clock.instant();
        store(Duration.ZERO);
        moved.fire(new ClockMoved(from, clock.instant(), false));
        return clock.instant();
    }

    @Transactional
    void store(Duration offset) {
        em.createNativeQuery("insert into clock_setting (id, offset_millis) values (1, ?1)"
                        + " on conflict (id) do update set offset_millis = excluded.offset_millis")
                .setParameter(1, offset.toMillis())
                .executeUpdate();
        clock.setOffset(offset);
    }

    private void requireEnabled() {
        if (!config.testClock().enabled()) {
            throw new DomainException(CommonError.TEST_CLOCK_DISABLED);
        }
    }
}
