package io.billingconsole.recharge;

import io.billingconsole.clock.TestClock;
import io.billingconsole.shared.Money;
import io.billingconsole.support.Api;
import io.billingconsole.support.Books;
import io.billingconsole.support.Fixtures;
import io.billingconsole.support.Fixtures.Customer;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** An online recharge unpaid for more than 30 minutes expires; the job runs every minute and when the clock moves. */
@QuarkusTest
class RechargeExpiryTest {

    private static final Instant START = OffsetDateTime.parse("2025-03-10T09:00:00+08:00").toInstant();

    @Inject
    Fixtures fixtures;

    @Inject
    TestClock clock;

    @Inject
    Books books;

    @Inject
    RechargeService recharges;

    @Inject
    RechargeExpiryJob job;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aRechargeUnpaidForThirtyMinutesExpiresAndALatePaymentIsStillBooked() {
        Customer customer = fixtures.customer("0");
        clock.moveTo(START);
        Number id = Api.as(customer).body(Map.of("amount", "30.00", "channel", "ALIPAY")).post("/api/v1/recharges")
                .then().statusCode(201).extract().path("id");
        Number paid = Api.as(customer).body(Map.of("amount", "5.00", "channel", "ALIPAY")).post("/api/v1/recharges")
                .then().statusCode(201).extract().path("id");
        Gateway.post(Gateway.signed(Gateway.paid(recharges.find(customer.accountId(), paid.longValue()).gatewayRef,
                "5.00"))).then().statusCode(200);

        clock.moveTo(START.plus(Duration.ofMinutes(29)));
        job.expire();
        status(customer, id, "PENDING");

        clock.moveTo(START.plus(Duration.ofMinutes(31)));
        status(customer, id, "EXPIRED");
        status(customer, paid, "PAID");
        assertEquals(0, job.expire(), "a second run changes nothing");
        assertEquals(Money.parse("5.00"), books.cashBalance(customer.accountId()));

        // the money did arrive after all: the gateway's late report is booked once
        String ref = recharges.find(customer.accountId(), id.longValue()).gatewayRef;
        Gateway.post(Gateway.signed(Gateway.paid(ref, "30.00"))).then().statusCode(200);
        Gateway.post(Gateway.signed(Gateway.paid(ref, "30.00"))).then().statusCode(200);
        status(customer, id, "PAID");
        assertEquals(Money.parse("35.00"), books.cashBalance(customer.accountId()));
        assertEquals(books.cashBalance(customer.accountId()), books.ledgerCashSum(customer.accountId()));
    }

    private static void status(Customer customer, Number id, String status) {
        Api.as(customer).get("/api/v1/recharges/" + id).then().body("status", equalTo(status));
    }
}
