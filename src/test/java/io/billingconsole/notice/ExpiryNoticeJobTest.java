package io.billingconsole.notice;

import io.billingconsole.resource.CloudResource;
import io.billingconsole.clock.TestClock;
import io.billingconsole.support.Books;
import io.billingconsole.support.Fixtures;
import io.billingconsole.support.Fixtures.Customer;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Expiry reminders at 15, 7, 3, 1 days before and on expiry day, and the warning before release: once each. */
@QuarkusTest
class ExpiryNoticeJobTest {

    @Inject
    Fixtures fixtures;

    @Inject
    Books books;

    @Inject
    TestClock clock;

    @Inject
    ExpiryNoticeJob job;

    @Inject
    ZoneId zone;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void eachPointOnceAsTheDaysGoBy() {
        clock.moveTo(LocalDateTime.of(2018, 6, 1, 12, 0).atZone(zone).toInstant());
        Customer me = fixtures.customer("0");
        CloudResource ecs = fixtures.resource(me, "ECS", 16);          // expires 2018-06-17, released 07-02

        clock.moveTo(LocalDateTime.of(2018, 7, 3, 12, 0).atZone(zone).toInstant());

        assertEquals("15,7,3,1,0", reminders(ecs), "in the order they came");
        assertEquals("06-02 15,06-10 7,06-14 3,06-16 1,06-17 0", reminderDays(ecs), "each on its day");
        assertEquals(1, books.count("select count(*) from notice where kind = 'RELEASE_WARNING' and resource_id = " + ecs.id
                + " and created_at >= timestamptz '2018-07-01 08:00:00+08' and created_at < timestamptz '2018-07-01 08:01:00+08'"),
                "the day before release, at the sweep");
        assertEquals(6, books.count("select count(*) from notice where resource_id = " + ecs.id));

        job.run(java.time.LocalDate.of(2018, 6, 10));                   // a second run of a past day
        job.run(java.time.LocalDate.of(2018, 7, 1));
        assertEquals(6, books.count("select count(*) from notice where resource_id = " + ecs.id), "never twice");
    }

    /**
     * Expiries stored at another moment than 00:00 in the business zone (set while the zone setting was
     * UTC, or late in the day) are reminded on their business day, at every point, like the others.
     */
    @Test
    void expiriesThatAreNotAtLocalMidnightAreRemindedOnTheirBusinessDay() {
        clock.moveTo(LocalDateTime.of(2018, 6, 1, 12, 0).atZone(zone).toInstant());
        long lastRun = books.lastJobRun();
        Customer me = fixtures.customer("0");
        CloudResource setInUtc = fixtures.resource(me, "ECS", 16);
        fixtures.storedExpiry(setInUtc, Instant.parse("2018-06-17T00:00:00Z"));                 // 08:00 in Shanghai
        CloudResource lateInTheDay = fixtures.resource(me, "RDS", 16);
        fixtures.storedExpiry(lateInTheDay, OffsetDateTime.parse("2018-06-17T23:59:59+08:00").toInstant());
        CloudResource nextDay = fixtures.resource(me, "ECS", 17);                                 // 06-18 00:00

        clock.moveTo(LocalDateTime.of(2018, 6, 18, 12, 0).atZone(zone).toInstant());

        for (CloudResource resource : List.of(setInUtc, lateInTheDay)) {
            assertEquals("06-02 15,06-10 7,06-14 3,06-16 1,06-17 0", reminderDays(resource), resource.name);
        }
        assertEquals("06-03 15,06-11 7,06-15 3,06-17 1,06-18 0", reminderDays(nextDay), "the next day's, not a day early");
        assertEquals(List.of(), books.failedRunsAfter(lastRun));
    }

    private String reminderDays(CloudResource resource) {
        return String.join(",", books.strings("select to_char(created_at at time zone 'Asia/Shanghai', 'MM-DD') || ' '"
                + " || days_before from notice where kind = 'EXPIRY_REMINDER' and resource_id = " + resource.id
                + " order by created_at"));
    }

    private String reminders(CloudResource resource) {
        return String.join(",", books.strings("select days_before::text from notice where kind = 'EXPIRY_REMINDER'"
                + " and resource_id = " + resource.id + " order by created_at"));
    }
}
