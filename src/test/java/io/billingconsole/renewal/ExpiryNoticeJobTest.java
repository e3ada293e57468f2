package io.billingconsole.renewal;

import io.billingconsole.resource.CloudResource;
import io.billingconsole.shared.TestClock;
import io.billingconsole.support.Books;
import io.billingconsole.support.Fixtures;
import io.billingconsole.support.Fixtures.Customer;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.time.ZoneId;

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
        assertEquals(1, books.count("select count(*) from notice where kind = 'RELEASE_WARNING' and resource_id = " + ecs.id
                + " and created_at >= timestamptz '2018-07-01 08:00:00+08' and created_at < timestamptz '2018-07-01 08:01:00+08'"),
                "the day before release, at the sweep");
        assertEquals(6, books.count("select count(*) from notice where resource_id = " + ecs.id));

        job.run(java.time.LocalDate.of(2018, 6, 10));                   // a second run of a past day
        job.run(java.time.LocalDate.of(2018, 7, 1));
        assertEquals(6, books.count("select count(*) from notice where resource_id = " + ecs.id), "never twice");
    }

    private String reminders(CloudResource resource) {
        return String.join(",", books.strings("select days_before::text from notice where kind = 'EXPIRY_REMINDER'"
                + " and resource_id = " + resource.id + " order by created_at"));
    }
}
