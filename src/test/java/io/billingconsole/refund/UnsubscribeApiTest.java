package io.billingconsole.refund;

import io.billingconsole.clock.TestClock;
import io.billingconsole.resource.CloudResource;
import io.billingconsole.shared.Money;
import io.billingconsole.support.Api;
import io.billingconsole.support.Books;
import io.billingconsole.support.Fixtures;
import io.billingconsole.support.Fixtures.Customer;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import static io.billingconsole.support.TestDates.JAN_26;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** 退订 through the API (SPEC 13): the preview, the refund through the ledger, the release, the refusals. */
@QuarkusTest
class UnsubscribeApiTest {

    @Inject
    Fixtures fixtures;

    @Inject
    Books books;

    @Inject
    TestClock clock;

    @Inject
    RefundEvents events;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void twoPaidRenewalsAreRefundedNewestFirstByTheirDaysLeft() {
        clock.moveTo(JAN_26);                                       // ECS "5 days from today" expires 2018-01-31 00:00
        Customer me = fixtures.customer("1000");
        CloudResource ecs = fixtures.resource(me, "ECS", 5);
        long first = paidRenewal(me, ecs, 1);                       // 01-31 → 02-28, 99.00
        long second = paidRenewal(me, ecs, 1);                      // 02-28 → 03-28 (a month from the 28th), 99.00
        clock.moveTo(OffsetDateTime.parse("2018-02-10T12:00:00+08:00").toInstant());

        Api.as(me).get("/api/v1/resources/" + ecs.id + "/unsubscribe").then().statusCode(200)
                .body("resourceId", equalTo(ecs.id.intValue()))
                .body("lines", hasSize(2))
                .body("lines[0].orderId", equalTo((int) second))
                .body("lines[0].daysLeft", equalTo(28))
                .body("lines[0].daysTotal", equalTo(28))
                .body("lines[0].amount", equalTo("99.00"))
                .body("lines[1].orderId", equalTo((int) first))
                .body("lines[1].daysLeft", equalTo(18))
                .body("lines[1].daysTotal", equalTo(28))
                .body("lines[1].amount", equalTo("63.64"))
                .body("toCash", equalTo("162.64"))
                .body("toCredit", equalTo("0.00"))
                .body("total", equalTo("162.64"))
                .body("refundId", nullValue());
        assertEquals(Money.parse("802.00"), books.cashBalance(me.accountId()), "a preview moves nothing");

        long refundId = Api.as(me).header("Idempotency-Key", "unsub-" + ecs.id).post("/api/v1/resources/" + ecs.id + "/unsubscribe")
                .then().statusCode(201)
                .body("total", equalTo("162.64"))
                .body("resourceStatus", equalTo("RELEASED"))
                .extract().<Integer>path("refundId").longValue();

        assertEquals(Money.parse("964.64"), books.cashBalance(me.accountId()));
        assertEquals(books.cashBalance(me.accountId()), books.ledgerCashSum(me.accountId()));
        assertEquals(List.of("REFUND CASH 9900 " + second, "REFUND CASH 6364 " + first), books.strings(
                "select entry_type || ' ' || pocket || ' ' || amount_fen || ' ' || order_id from ledger_entry"
                        + " where refund_id = " + refundId + " order by id"));
        assertEquals(List.of(new OrderRefunded(me.accountId(), refundId, second, Money.parse("99.00")),
                new OrderRefunded(me.accountId(), refundId, first, Money.parse("63.64"))), events.of(me.accountId()));
        assertEquals(List.of("RELEASED UNSUBSCRIBED 2018-02-10 12:00 false"), books.strings(
                "select status || ' ' || release_reason || ' ' || to_char(released_at at time zone 'Asia/Shanghai',"
                        + " 'YYYY-MM-DD HH24:MI') || ' ' || auto_renew_enabled from cloud_resource where id = " + ecs.id));
        assertEquals(List.of(second + " 28 28 9900", first + " 18 28 6364"), books.strings(
                "select order_id || ' ' || days_left || ' ' || days_total || ' ' || cash_fen from refund_line"
                        + " where refund_id = " + refundId + " order by id"));
        Api.as(me).get("/api/v1/resources/" + ecs.id).then().body("status", equalTo("RELEASED"))
                .body("releaseReason", equalTo("UNSUBSCRIBED"));
    }

    @Test
    void cashAndCreditComeBackAsPaidAndVouchersDoNot() {
        clock.moveTo(JAN_26);
        Customer me = fixtures.customer("50");
        fixtures.fund(me, "100", "30");
        CloudResource ecs = fixtures.resource(me, "ECS", 5);
        long order = paidRenewal(me, ecs, 1);                       // 99.00: vouchers 30, cash 50, credit 19
        assertEquals(Money.parse("-19.00"), books.cashBalance(me.accountId()));

        Api.as(me).get("/api/v1/resources/" + ecs.id + "/unsubscribe").then().statusCode(200)
                .body("lines[0].daysLeft", equalTo(28))              // not started yet: the whole period
                .body("lines[0].toCash", equalTo("50.00"))
                .body("lines[0].toCredit", equalTo("19.00"))
                .body("lines[0].voucherNotRefunded", equalTo("30.00"))
                .body("total", equalTo("69.00"));
        long refundId = unsubscribe(me, ecs, "k1").then().statusCode(201)
                .body("toCash", equalTo("50.00")).body("toCredit", equalTo("19.00"))
                .body("voucherNotRefunded", equalTo("30.00"))
                .extract().<Integer>path("refundId").longValue();

        Api.as(me).get("/api/v1/account").then()
                .body("cashBalance", equalTo("50.00"))
                .body("creditAvailable", equalTo("100.00"))
                .body("vouchers", equalTo("0.00"));
        assertEquals(List.of("CASH 5000", "CREDIT 1900"), books.strings("select pocket || ' ' || amount_fen"
                + " from ledger_entry where refund_id = " + refundId + " and order_id = " + order + " order by id"));
        assertEquals(List.of(new OrderRefunded(me.accountId(), refundId, order, Money.parse("69.00"))),
                events.of(me.accountId()));
        assertEquals(books.cashBalance(me.accountId()), books.ledgerCashSum(me.accountId()));
    }

    @Test
    void aDoubleSubmitRefundsOnceAndAnswersTheSame() {
        clock.moveTo(JAN_26);
        Customer me = fixtures.customer("1000");
        CloudResource ecs = fixtures.resource(me, "ECS", 5);
        CloudResource other = fixtures.resource(me, "ECS", 5);
        paidRenewal(me, ecs, 1);

        int first = unsubscribe(me, ecs, "same-key").then().statusCode(201).body("total", equalTo("99.00"))
                .extract().path("refundId");
        int again = Api.as(me).body(Map.of("idempotencyKey", "same-key")).post("/api/v1/resources/" + ecs.id + "/unsubscribe")
                .then().statusCode(201).body("total", equalTo("99.00")).extract().path("refundId");

        assertEquals(first, again);
        assertEquals(Money.parse("1000.00"), books.cashBalance(me.accountId()), "99.00 paid, 99.00 back, once");
        assertEquals(1, books.count("select count(*) from refund where resource_id = " + ecs.id));
        assertEquals(1, events.of(me.accountId()).size());
        unsubscribe(me, ecs, "another-key").then().statusCode(409).body("code", equalTo("ALREADY_RELEASED"));
        unsubscribe(me, other, "same-key").then().statusCode(409).body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));
        Api.as(me).post("/api/v1/resources/" + other.id + "/unsubscribe").then().statusCode(400)
                .body("code", equalTo("IDEMPOTENCY_KEY_REQUIRED"));
        assertEquals(List.of("RUNNING"), books.strings("select status from cloud_resource where id = " + other.id));
    }

    @Test
    void domainsAreRefusedWithTheProductNamed() {
        Customer me = fixtures.customer("1000");
        CloudResource domain = fixtures.resource(me, "DOMAIN", 60);

        Api.as(me).get("/api/v1/resources/" + domain.id + "/unsubscribe").then().statusCode(409)
                .body("code", equalTo("NOT_UNSUBSCRIBABLE")).body("message", containsString("域名"));
        Api.as(me).header("Accept-Language", "en").header("Idempotency-Key", "d1")
                .post("/api/v1/resources/" + domain.id + "/unsubscribe").then().statusCode(409)
                .body("code", equalTo("NOT_UNSUBSCRIBABLE")).body("message", containsString("Domain"));
        assertEquals(List.of("RUNNING"), books.strings("select status from cloud_resource where id = " + domain.id));
        assertEquals(0, books.count("select count(*) from refund where resource_id = " + domain.id));
    }

    @Test
    void anotherAccountsResourceIsNotFoundAndUntouched() {
        Customer me = fixtures.customer("1000");
        Customer intruder = fixtures.customer("1000");
        CloudResource ecs = fixtures.resource(me, "ECS", 30);

        Api.as(intruder).get("/api/v1/resources/" + ecs.id + "/unsubscribe").then().statusCode(404)
                .body("code", equalTo("RESOURCE_NOT_FOUND"));
        unsubscribe(intruder, ecs, "x").then().statusCode(404).body("code", equalTo("RESOURCE_NOT_FOUND"));
        assertEquals(List.of("RUNNING"), books.strings("select status from cloud_resource where id = " + ecs.id));
    }

    @Test
    void withoutAPaidRenewalNothingIsRefundedButTheResourceIsReleased() {
        Customer me = fixtures.customer("1000");
        CloudResource ecs = fixtures.resource(me, "ECS", 30);
        CloudResource payg = fixtures.payg(me, "ECS");

        Api.as(me).get("/api/v1/resources/" + ecs.id + "/unsubscribe").then().statusCode(200)
                .body("lines", hasSize(0)).body("total", equalTo("0.00"));
        unsubscribe(me, ecs, "k").then().statusCode(201).body("total", equalTo("0.00"))
                .body("resourceStatus", equalTo("RELEASED"));

        assertEquals(Money.parse("1000.00"), books.cashBalance(me.accountId()));
        assertEquals(0, books.count("select count(*) from ledger_entry where refund_id is not null and account_id = "
                + me.accountId()));
        assertEquals(0, events.of(me.accountId()).size());
        Api.as(me).get("/api/v1/resources/" + payg.id + "/unsubscribe").then().statusCode(409)
                .body("code", equalTo("PAYG_USE_RELEASE"));
        Api.as(me).get("/api/v1/resources/abc/unsubscribe").then().statusCode(404);
    }

    private io.restassured.response.Response unsubscribe(Customer customer, CloudResource resource, String key) {
        return Api.as(customer).body(Map.of("idempotencyKey", key))
                .post("/api/v1/resources/" + resource.id + "/unsubscribe");
    }

    private long paidRenewal(Customer customer, CloudResource resource, int months) {
        long order = Api.as(customer).body(Map.of("resourceIds", new long[]{resource.id}, "months", months))
                .post("/api/v1/renewals").then().statusCode(201).extract().<Integer>path("id").longValue();
        Api.as(customer).post("/api/v1/orders/" + order + "/pay").then().statusCode(200);
        return order;
    }
}
