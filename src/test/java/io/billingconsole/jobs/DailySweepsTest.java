package io.billingconsole.jobs;

import io.billingconsole.clock.TestClock;
import io.billingconsole.support.Books;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which business days the test clock's moves sweep. */
@QuarkusTest
class DailySweepsTest {

    @Inject
    TestClock testClock;

    @Inject
    Books books;

    @Inject
    Clock clock;

    @Inject
    ZoneId zone;

    @AfterEach
    void resetClock() {
        testClock.reset();
    }

    @Test
    void movingBackADayAfterAnEarlierJumpIntoThePastSweepsOnlyTheNewDay() {
        // an earlier test went back to 2017 and then to real time: 2017-03-21 stays marked as swept
        testClock.moveTo(OffsetDateTime.parse("2017-03-21T08:30:00+08:00").toInstant());
        testClock.reset();
        LocalDate yesterday = LocalDate.now(clock.withZone(zone)).minusDays(1);
        long lastRun = books.count("select coalesce(max(id), 0) from job_run");

        testClock.moveTo(yesterday.atTime(9, 30).atZone(zone).toInstant());

        String newRuns = "select count(*) from job_run where job = 'AUTO_RENEW' and id > " + lastRun;
        assertEquals(1, books.count(newRuns + " and business_date = date '" + yesterday + "'"), "yesterday is swept again");
        assertEquals(0, books.count(newRuns + " and business_date <> date '" + yesterday + "'"), "no older day replayed");
    }
}
