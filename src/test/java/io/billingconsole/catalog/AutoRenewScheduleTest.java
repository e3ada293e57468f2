package io.billingconsole.catalog;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** SPEC section 2, the auto-renew schedule: first attempt, daily retries, last attempt the day before expiry. */
class AutoRenewScheduleTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final LocalTime SWEEP = LocalTime.of(8, 0);

    /** Expiry 2017-03-30 00:00 local, the SPEC's worked example. */
    private final AutoRenewSchedule spec = AutoRenewSchedule.forExpiry(Instant.parse("2017-03-29T16:00:00Z"), ZONE);

    @Test
    void theExpiryDayIsTheBusinessDayInTheZone() {
        assertEquals(LocalDate.of(2017, 3, 30), spec.expiryDay());
        assertEquals(LocalDate.of(2017, 3, 29), AutoRenewSchedule.forExpiry(Instant.parse("2017-03-29T15:59:59Z"), ZONE).expiryDay());
    }

    @ParameterizedTest(name = "lead {0} -> {1}")
    @CsvSource({
            "9,  2017-03-21",
            "15, 2017-03-15",
            "1,  2017-03-29",
            "0,  "
    })
    void firstAttemptIsLeadDaysBeforeExpiryAndBeforeTheExpiryDay(int lead, LocalDate expected) {
        assertEquals(expected, spec.firstAttemptDay(lead));
    }

    @Test
    void retriesRunDailyUntilTheDayBeforeExpiry() {
        assertEquals(LocalDate.of(2017, 3, 29), spec.lastAttemptDay());
        assertEquals(LocalDate.of(2017, 3, 22), spec.retryAfter(LocalDate.of(2017, 3, 21)));
        assertEquals(LocalDate.of(2017, 3, 29), spec.retryAfter(LocalDate.of(2017, 3, 28)));
        assertNull(spec.retryAfter(LocalDate.of(2017, 3, 29)));
        assertNull(spec.retryAfter(LocalDate.of(2017, 4, 2)));
        assertEquals(List.of(LocalDate.of(2017, 3, 22), LocalDate.of(2017, 3, 23), LocalDate.of(2017, 3, 24),
                LocalDate.of(2017, 3, 25), LocalDate.of(2017, 3, 26), LocalDate.of(2017, 3, 27),
                LocalDate.of(2017, 3, 28), LocalDate.of(2017, 3, 29)), spec.retriesAfter(LocalDate.of(2017, 3, 21)));
        assertEquals(List.of(), spec.retriesAfter(LocalDate.of(2017, 3, 29)));
        assertEquals(LocalDate.of(2017, 3, 30), AutoRenewSchedule.nextDay(LocalDate.of(2017, 3, 29)));
    }

    @Test
    void noAttemptOnOrAfterTheExpiryDay() {
        assertEquals(LocalDate.of(2017, 3, 29), spec.orNull(LocalDate.of(2017, 3, 29)));
        assertNull(spec.orNull(LocalDate.of(2017, 3, 30)));
    }

    @Test
    void anAttemptRunsAtTheSweepTimeInTheZone() {
        assertEquals(Instant.parse("2017-03-21T00:00:00Z"), AutoRenewSchedule.at(spec.firstAttemptDay(9), SWEEP, ZONE).toInstant());
    }

    @Test
    void theSpecsSecondExampleFollowsTheRule() {
        AutoRenewSchedule schedule = AutoRenewSchedule.forExpiry(Instant.parse("2015-04-29T16:00:00Z"), ZONE);
        assertEquals(LocalDate.of(2015, 4, 21), schedule.firstAttemptDay(9));
    }
}
