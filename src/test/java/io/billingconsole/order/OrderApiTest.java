package io.billingconsole.order;

import io.billingconsole.resource.CloudResource;
import io.billingconsole.shared.Money;
import io.billingconsole.clock.TestClock;
import io.billingconsole.support.Api;
import io.billingconsole.support.Books;
import io.billingconsole.support.Fixtures;
import io.billingconsole.support.Fixtures.Customer;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.billingconsole.support.TestDates.JAN_26;
import static io.billingconsole.support.TestDates.midnight;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class OrderApiTest {

    @Inject
    Fixtures fixtures;

    @Inject
    Books books;

    @Inject
    TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void payingRenewsTheResourceFromItsExpiryAndWritesTheLedger() {
        clock.moveTo(JAN_26);                                       // ECS "5 days from today" expires 2018-01-31 00:00
        Customer me = fixtures.customer("1000");
        CloudResource ecs = fixtures.resource(me, "ECS", 5);
        long order = renewalOrder(me, ecs, 3);

        Api.as(me).post("/api/v1/orders/" + order + "/pay").then().statusCode(200)
                .body("status", equalTo("PAID"))
                .body("paidFromCash", equalTo("297.00"))
                .body("lines[0].expiryBefore", equalTo("2018-01-31T00:00:00+08:00"))
                .body("lines[0].expiryAfter", equalTo("2018-04-30T00:00:00+08:00"));

        assertEquals(midnight("2018-04-30"), books.expiry(ecs.id), "3 months from 01-31, clamped to April's end");
        assertEquals(Money.parse("703.00"), books.cashBalance(me.accountId()));
        assertEquals(books.cashBalance(me.accountId()), books.ledgerCashSum(me.accountId()));
        Api.as(me).get("/api/v1/account").then().body("cashBalance", equalTo("703.00"));
        Api.as(me).get("/api/v1/resources/" + ecs.id).then()
                .body("expiresAt", equalTo("2018-04-30T00:00:00+08:00"));
    }

    @Test
    void anOrderIsPaidOnceAndAPaidOrderCannotBeVoided() {
        clock.moveTo(JAN_26);                                       // ECS "5 days from today" expires 2018-01-31 00:00
        Customer me = fixtures.customer("1000");
        CloudResource ecs = fixtures.resource(me, "ECS", 5);
        long order = renewalOrder(me, ecs, 1);
        Api.as(me).post("/api/v1/orders/" + order + "/pay").then().statusCode(200);

        Api.as(me).post("/api/v1/orders/" + order + "/pay").then().statusCode(409)
                .body("code", equalTo("ORDER_ALREADY_PAID"));
        Api.as(me).post("/api/v1/orders/" + order + "/void").then().statusCode(409)
                .body("code", equalTo("ORDER_ALREADY_PAID"));
        assertEquals(Money.parse("901.00"), books.cashBalance(me.accountId()), "charged once");
        assertEquals(midnight("2018-02-28"), books.expiry(ecs.id), "renewed once");
    }

    @Test
    void aVoidedOrderCanNeverBePaid() {
        Customer me = fixtures.customer("1000");
        CloudResource ecs = fixtures.resource(me, "ECS", 5);
        long order = renewalOrder(me, ecs, 1);

        Api.as(me).post("/api/v1/orders/" + order + "/void").then().statusCode(200)
                .body("status", equalTo("VOIDED")).body("voidReason", equalTo("MANUAL"));
        Api.as(me).post("/api/v1/orders/" + order + "/pay").then().statusCode(409)
                .body("code", equalTo("ORDER_VOIDED"));
        Api.as(me).post("/api/v1/orders/" + order + "/void").then().statusCode(409)
                .body("code", equalTo("ORDER_VOIDED"));

        assertEquals(Money.parse("1000.00"), books.cashBalance(me.accountId()));
        assertEquals(ecs.expiresAt, books.expiry(ecs.id));
        // the resource is free for a new order again
        renewalOrder(me, ecs, 1);
    }

    @Test
    void anotherAccountsOrderIsNotFoundAndUntouched() {
        Customer me = fixtures.customer("1000");
        Customer intruder = fixtures.customer("1000");
        CloudResource ecs = fixtures.resource(me, "ECS", 5);
        long order = renewalOrder(me, ecs, 1);

        Api.as(intruder).get("/api/v1/orders/" + order).then().statusCode(404).body("code", equalTo("ORDER_NOT_FOUND"));
        Api.as(intruder).post("/api/v1/orders/" + order + "/pay").then().statusCode(404);
        Api.as(intruder).post("/api/v1/orders/" + order + "/void").then().statusCode(404);

        assertEquals("UNPAID", books.orderStatus(order));
        assertEquals(Money.parse("1000.00"), books.cashBalance(intruder.accountId()));
        Api.as(me).get("/api/v1/orders").then().body("total", equalTo(1));
        Api.as(intruder).get("/api/v1/orders").then().body("total", equalTo(0));
    }

    @Test
    void aShortBalanceLeavesTheOrderUnpaidAndSaysWhatIsMissing() {
        Customer me = fixtures.customer("50");
        CloudResource ecs = fixtures.resource(me, "ECS", 5);
        long order = renewalOrder(me, ecs, 1);

        Api.as(me).post("/api/v1/orders/" + order + "/pay").then().statusCode(409)
                .body("code", equalTo("INSUFFICIENT_BALANCE"))
                .body("message", containsString("49.00"));

        assertEquals("UNPAID", books.orderStatus(order));
        assertEquals(Money.parse("50.00"), books.cashBalance(me.accountId()));
        assertEquals(0, books.ledgerEntriesOfOrder(order));
    }

    @Test
    void vouchersPayFirstThenCashThenTheCreditLine() {
        Customer me = fixtures.customer("50");
        fixtures.fund(me, "100", "30");
        CloudResource ecs = fixtures.resource(me, "ECS", 5);
        long order = renewalOrder(me, ecs, 1);                        // 99.00

        Api.as(me).post("/api/v1/orders/" + order + "/pay").then().statusCode(200)
                .body("paidFromVouchers", equalTo("30.00"))
                .body("paidFromCash", equalTo("50.00"))
                .body("paidFromCredit", equalTo("19.00"));

        Api.as(me).get("/api/v1/account").then()
                .body("cashBalance", equalTo("-19.00"))
                .body("creditLine", equalTo("100.00"))
                .body("creditAvailable", equalTo("81.00"))
                .body("vouchers", equalTo("0.00"));
        assertEquals(books.cashBalance(me.accountId()), books.ledgerCashSum(me.accountId()));
        assertEquals(3, books.ledgerEntriesOfOrder(order), "one entry per pocket");
    }

    @Test
    void theListFiltersByStatusAndShowsTheVoidReason() {
        Customer me = fixtures.customer("1000");
        long voided = renewalOrder(me, fixtures.resource(me, "ECS", 5), 1);
        Api.as(me).post("/api/v1/orders/" + voided + "/void").then().statusCode(200);
        long unpaid = renewalOrder(me, fixtures.resource(me, "ECS", 6), 1);

        Api.as(me).get("/api/v1/orders?status=VOIDED").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].id", equalTo((int) voided))
                .body("items[0].voidReason", equalTo("MANUAL"));
        Api.as(me).get("/api/v1/orders?status=UNPAID").then()
                .body("items[0].id", equalTo((int) unpaid)).body("items[0].voidReason", nullValue());
        Api.as(me).get("/api/v1/orders?status=LOST").then().statusCode(400);
    }

    @Test
    void everyMomentInTheOrderJsonCarriesItsOffset() {
        Customer me = fixtures.customer("1000");
        long order = renewalOrder(me, fixtures.resource(me, "ECS", 5), 1);
        Api.as(me).post("/api/v1/orders/" + order + "/pay").then().statusCode(200);
        String offset = ".*T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?([+-]\\d{2}:\\d{2}|Z)";

        Api.as(me).get("/api/v1/orders").then().statusCode(200)
                .body("items[0].createdAt", matchesPattern(offset))
                .body("items[0].paidAt", matchesPattern(offset))
                .body("items[0].lines[0].expiryBefore", matchesPattern(offset))
                .body("items[0].lines[0].expiryAfter", matchesPattern(offset));
    }

    private long renewalOrder(Customer customer, CloudResource resource, int months) {
        return Api.as(customer).body(Map.of("resourceIds", new long[]{resource.id}, "months", months))
                .post("/api/v1/renewals").then().statusCode(201).extract().<Integer>path("id").longValue();
    }
}
