package io.billingconsole.billing;

import io.billingconsole.clock.TestClock;
import io.billingconsole.recharge.RechargeChannel;
import io.billingconsole.recharge.RechargeService;
import io.billingconsole.resource.CloudResource;
import io.billingconsole.resource.ReleaseReason;
import io.billingconsole.resource.ResourceStatus;
import io.billingconsole.shared.Money;
import io.billingconsole.support.Api;
import io.billingconsole.support.Fixtures;
import io.billingconsole.support.Fixtures.Customer;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Overdue arrears (SPEC 12): a warning, the stop past the grace, the restart on payment, the release after the window. */
@QuarkusTest
class OverdueTest {

    @Inject
    Fixtures fixtures;

    @Inject
    BillingBooks books;

    @Inject
    TestClock testClock;

    @Inject
    Clock clock;

    @Inject
    ZoneId zone;

    @Inject
    RechargeService recharges;

    @Inject
    PaygOverdueJob job;

    @AfterEach
    void realTime() {
        testClock.reset();
    }

    private record InArrears(Customer customer, CloudResource server, CloudResource idle) {
    }

    private InArrears inArrears() {
        Customer customer = fixtures.customer("0");
        books.autoRepay(customer, false);
        CloudResource server = fixtures.payg(customer, "ECS");
        CloudResource idle = fixtures.payg(customer, "ECS");
        books.lastMonthUsage(server, "40.00");
        books.closeMonth();
        return new InArrears(customer, server, idle);
    }

    @Test
    void pastTheGraceTheResourcesStopWithAWarningTheDayBeforeAndPayingRestartsThem() {
        InArrears a = inArrears();
        LocalDate today = books.today();
        job.run(today);
        assertEquals(ResourceStatus.RUNNING, books.resource(a.server().id).status);
        assertEquals(0, books.notices(a.customer().accountId(), "PAYG_STOP_WARNING"));

        // ECS: one day of grace; the day after the bill is the last day, with a warning
        testClock.moveTo(sweepTime(today.plusDays(1)).plusSeconds(60));
        assertEquals(ResourceStatus.RUNNING, books.resource(a.server().id).status);
        assertEquals(2, books.notices(a.customer().accountId(), "PAYG_STOP_WARNING"));

        testClock.moveTo(sweepTime(today.plusDays(2)).plusSeconds(60));
        CloudResource stopped = books.resource(a.server().id);
        assertEquals(ResourceStatus.STOPPED, stopped.status);
        assertNotNull(stopped.stoppedAt);
        assertEquals(ResourceStatus.STOPPED, books.resource(a.idle().id).status);
        assertEquals(2, books.notices(a.customer().accountId(), "PAYG_STOPPED"));
        job.run(books.today());
        assertEquals(2, books.notices(a.customer().accountId(), "PAYG_STOPPED"));

        recharge(a.customer(), "100.00");
        Api.as(a.customer()).post("/api/v1/arrears/pay").then().statusCode(200).body("left", equalTo("0.00"));
        CloudResource restarted = books.resource(a.server().id);
        assertEquals(ResourceStatus.RUNNING, restarted.status);
        assertNull(restarted.stoppedAt);
        assertEquals(ResourceStatus.RUNNING, books.resource(a.idle().id).status);
        assertEquals(2, books.notices(a.customer().accountId(), "PAYG_RESTARTED"));
    }

    @Test
    void autoRepayOnAMoneyArrivalRestartsStoppedResourcesAndAStoppedOneIsReleasedAfterTheWindow() {
        InArrears a = inArrears();
        InArrears b = inArrears();
        LocalDate today = books.today();
        testClock.moveTo(sweepTime(today.plusDays(2)).plusSeconds(60));
        assertEquals(ResourceStatus.STOPPED, books.resource(a.server().id).status);
        assertEquals(ResourceStatus.STOPPED, books.resource(b.server().id).status);

        books.autoRepay(a.customer(), true);
        recharge(a.customer(), "40.00");
        assertEquals(ResourceStatus.RUNNING, books.resource(a.server().id).status);
        Api.as(a.customer()).get("/api/v1/account").then().body("arrears", equalTo("0.00"))
                .body("cashBalance", equalTo("0.00"));

        // ECS: released 15 days after the stop; the day before, still stopped
        LocalDate stoppedOn = books.today();
        job.run(stoppedOn.plusDays(14));
        assertEquals(ResourceStatus.STOPPED, books.resource(b.server().id).status);
        job.run(stoppedOn.plusDays(15));
        CloudResource released = books.resource(b.server().id);
        assertEquals(ResourceStatus.RELEASED, released.status);
        assertEquals(ReleaseReason.OVERDUE, released.releaseReason);
        assertNotNull(released.releasedAt);
        assertEquals(ResourceStatus.RUNNING, books.resource(a.server().id).status);
    }

    @Test
    void twoInstancesStopOnceAndNoticeOnce() throws Exception {
        List<InArrears> accounts = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            accounts.add(inArrears());
        }
        LocalDate stopDay = books.today().plusDays(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                runs.add(pool.submit(() -> {
                    start.await();
                    return job.run(stopDay);
                }));
            }
            start.countDown();
            for (Future<?> run : runs) {
                run.get();
            }
        } finally {
            pool.shutdown();
        }
        for (InArrears a : accounts) {
            assertEquals(ResourceStatus.STOPPED, books.resource(a.server().id).status);
            assertEquals(2, books.notices(a.customer().accountId(), "PAYG_STOPPED"));
        }
    }

    private java.time.Instant sweepTime(LocalDate day) {
        return day.atTime(8, 0).atZone(zone).toInstant();
    }

    private void recharge(Customer customer, String amount) {
        recharges.record(new RechargeService.Recorded(customer.accountId(), Money.parse(amount),
                RechargeChannel.BANK_TRANSFER, null, null, "6222000011112222", "Payer", LocalDate.now(clock),
                "test recharge", null));
    }
}
