package io.billingconsole.order;

import io.billingconsole.autorenew.AutoRenewService;
import io.billingconsole.autorenew.AutoRenewal;
import io.billingconsole.clock.TestClock;
import io.billingconsole.resource.CloudResource;
import io.billingconsole.support.Api;
import io.billingconsole.support.Books;
import io.billingconsole.support.Fixtures;
import io.billingconsole.support.Fixtures.Customer;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static io.billingconsole.support.TestDates.JAN_26;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** RENEWAL_SUCCEEDED after a manual renewal as after an auto-renewal: one per order and resource, never two. */
@QuarkusTest
class RenewalNoticeTest {

    @Inject
    Fixtures fixtures;

    @Inject
    Books books;

    @Inject
    TestClock clock;

    @Inject
    ZoneId zone;

    @Inject
    AutoRenewService autoRenew;

    @Inject
    AutoRenewal autoRenewal;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aPaidRenewalOrderNoticesEachResourceOnce() {
        clock.moveTo(JAN_26);
        Customer me = fixtures.customer("1000");
        CloudResource ecs = fixtures.resource(me, "ECS", 5);               // 01-31 → 03-31 (two months)
        CloudResource host = fixtures.resource(me, "VIRTUAL_HOST", 6);     // 02-01 → 04-01
        long order = Api.as(me).body(Map.of("resourceIds", new long[]{ecs.id, host.id}, "months", 2))
                .post("/api/v1/renewals").then().statusCode(201).extract().<Integer>path("id").longValue();

        Api.as(me).post("/api/v1/orders/" + order + "/pay").then().statusCode(200);
        Api.as(me).post("/api/v1/orders/" + order + "/pay").then().statusCode(409);     // the second submit

        assertEquals(List.of(ecs.id + " 2 19800 2018-03-31", host.id + " 2 5000 2018-04-01"),
                books.strings("select resource_id || ' ' || months || ' ' || amount_fen || ' ' || to_char(expires_at"
                        + " at time zone 'Asia/Shanghai', 'YYYY-MM-DD') from notice where kind = 'RENEWAL_SUCCEEDED'"
                        + " and order_id = " + order + " order by resource_id"), "one per resource, the new expiry");
        assertEquals(2, books.count("select count(*) from mail_outbox m join notice n on n.id = m.notice_id"
                + " where m.account_id = " + me.accountId() + " and n.kind = 'RENEWAL_SUCCEEDED'"), "one mail each");
    }

    @Test
    void anAutoRenewalNoticesOnceAlsoWhenAttemptedAgain() {
        clock.moveTo(LocalDateTime.of(2017, 3, 20, 12, 0).atZone(zone).toInstant());
        Customer me = fixtures.customer("1000");
        CloudResource ecs = fixtures.resource(me, "ECS", 10);               // 03-30: first attempt 03-21
        autoRenew.set(me.accountId(), ecs.id, 1);

        clock.moveTo(LocalDateTime.of(2017, 3, 22, 12, 0).atZone(zone).toInstant());
        assertTrue(autoRenewal.attempt(ecs.id, LocalDate.of(2017, 3, 21)).isEmpty(), "not due again");

        assertEquals(List.of("AUTO_RENEWAL PAID"), books.strings("select o.kind || ' ' || o.status from orders o"
                + " join notice n on n.order_id = o.id where n.kind = 'RENEWAL_SUCCEEDED' and n.resource_id = " + ecs.id));
    }
}
