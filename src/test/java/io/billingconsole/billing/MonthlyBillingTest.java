package io.billingconsole.billing;

import io.billingconsole.funds.FundsBooks;
import io.billingconsole.resource.CloudResource;
import io.billingconsole.shared.Money;
import io.billingconsole.support.Api;
import io.billingconsole.support.Fixtures;
import io.billingconsole.support.Fixtures.Customer;
import io.billingconsole.transfer.TransferService;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Month close (SPEC 12): one bill per account and month with a line per resource, auto-repay, arrears. */
@QuarkusTest
class MonthlyBillingTest {

    @Inject
    Fixtures fixtures;

    @Inject
    FundsBooks funds;

    @Inject
    BillingBooks books;

    @Inject
    Clock clock;

    @Inject
    UsageService usage;

    @Inject
    MonthlyBillingJob job;

    @Inject
    TransferService transfers;

    @Inject
    BillService billService;

    @Inject
    ZoneId zone;

    @Test
    void lastMonthsUsageBecomesOneBillWithALinePerResourceAndTheRunningMonthStaysUnsettled() {
        Customer customer = fixtures.customer("0");
        books.autoRepay(customer, false);
        CloudResource a = fixtures.payg(customer, "ECS");
        CloudResource b = fixtures.payg(customer, "ECS");
        UsageRecord a1 = books.lastMonthUsage(a, "1.00");
        books.lastMonthUsage(a, "2.50");
        books.lastMonthUsage(b, "4.00");
        Instant monthStart = books.today().withDayOfMonth(1).atStartOfDay(zone).toInstant();
        UsageRecord running = usage.report(new UsageService.Report(b.id, Money.parse("0.70"), monthStart,
                clock.instant().minusSeconds(60), UUID.randomUUID().toString())).record();

        books.closeMonth();
        books.closeMonth();

        List<Bill> bills = books.bills(customer.accountId());
        assertEquals(1, bills.size());
        Bill bill = bills.get(0);
        assertEquals(Money.parse("7.50"), bill.amount);
        assertEquals(Money.ZERO, bill.paid);
        assertEquals(books.today().withDayOfMonth(1).minusMonths(1), bill.month);
        List<BillLine> lines = books.lines(bill.id);
        assertEquals(2, lines.size());
        assertEquals(a.id, lines.get(0).resourceId);
        assertEquals(Money.parse("3.50"), lines.get(0).amount);
        assertEquals(2, lines.get(0).usageCount);
        assertEquals(Money.parse("4.00"), lines.get(1).amount);
        assertEquals(1, lines.get(1).usageCount);
        assertEquals(1, books.notices(customer.accountId(), "BILL_ISSUED"));
        assertEquals(1, books.notices(customer.accountId(), "ARREARS"));

        Api.as(customer).get("/api/v1/usage").then().statusCode(200)
                .body("unsettled", equalTo("0.70"))
                .body("records.find { it.id == " + a1.id + " }.billId", equalTo(bill.id.intValue()))
                .body("records.find { it.id == " + running.id + " }.billId", equalTo(null));
        Api.as(customer).get("/api/v1/bills").then().statusCode(200).body("total", equalTo(1))
                .body("arrears", equalTo("7.50")).body("autoRepay", equalTo(false))
                .body("items[0].amount", equalTo("7.50")).body("items[0].unpaid", equalTo("7.50"))
                .body("items[0].paidInFull", equalTo(false));
        Api.as(customer).get("/api/v1/bills/" + bill.id).then().statusCode(200)
                .body("lines.size()", equalTo(2)).body("lines[0].resourceName", equalTo(a.name))
                .body("lines[0].amount", equalTo("3.50")).body("lines[0].usageCount", equalTo(2));
        Api.as(customer).get("/api/v1/account").then().statusCode(200)
                .body("arrears", equalTo("7.50")).body("unsettled", equalTo("0.70"));

        Customer other = fixtures.customer("0");
        Api.as(other).get("/api/v1/bills/" + bill.id).then().statusCode(404).body("code", equalTo("BILL_NOT_FOUND"));
        Api.as(other).get("/api/v1/bills/abc").then().statusCode(404);
    }

    @Test
    void autoRepayPaysTheNewBillFromTransferredInFundsFirstThenCashAndTheRestIsArrears() {
        Customer master = funds.customerWithRecharge("1000.00");
        Customer member = funds.customerWithRecharge("50.00");
        funds.link(member, master);
        transfers.transfer(new TransferService.Command(master.accountId(), member.accountId(), Money.parse("30.00"),
                null, UUID.randomUUID().toString(), null));
        CloudResource server = fixtures.payg(member, "ECS");
        books.lastMonthUsage(server, "100.00");

        books.closeMonth();

        Bill bill = books.bills(member.accountId()).get(0);
        assertEquals(Money.parse("80.00"), bill.paid);
        assertEquals(Money.parse("20.00"), bill.unpaid());
        assertNull(bill.paidAt);
        assertEquals(List.of("TRANSFERRED -30.00", "CASH -50.00"), books.billPayments(bill.id));
        assertEquals(1, books.notices(member.accountId(), "ARREARS"));
        Api.as(member).get("/api/v1/account").then().statusCode(200)
                .body("cashBalance", equalTo("0.00")).body("arrears", equalTo("20.00"));
    }

    @Test
    void aBillPaidInFullByAutoRepayHasItsPaidTimeAndNoArrearsNotice() {
        Customer customer = funds.customerWithRecharge("100.00");
        CloudResource server = fixtures.payg(customer, "ECS");
        books.lastMonthUsage(server, "12.00");
        books.closeMonth();
        Bill bill = books.bills(customer.accountId()).get(0);
        assertEquals(Money.parse("12.00"), bill.paid);
        assertNotNull(bill.paidAt);
        assertEquals(0, books.notices(customer.accountId(), "ARREARS"));
        assertEquals(1, books.notices(customer.accountId(), "BILL_ISSUED"));
        Api.as(customer).get("/api/v1/bills").then().statusCode(200).body("items[0].paidInFull", equalTo(true))
                .body("arrears", equalTo("0.00"));
    }

    @Test
    void aMonthWhoseUsageWasAllDroppedGetsNoBill() {
        Customer customer = fixtures.customer("0");
        CloudResource server = fixtures.payg(customer, "ECS");
        books.released(server, books.lastMonth(0));
        books.lastMonthUsage(server, "5.00");
        books.closeMonth();
        assertEquals(List.of(), books.bills(customer.accountId()));
        assertFalse(billService.accountsToBill(books.today().withDayOfMonth(1), customer.accountId() - 1, 1)
                .contains(customer.accountId()));
    }

    @Test
    void twoInstancesClosingTheMonthAtOnceMakeOneBill() throws Exception {
        List<Customer> customers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Customer customer = fixtures.customer("0");
            books.autoRepay(customer, false);
            CloudResource server = fixtures.payg(customer, "ECS");
            books.lastMonthUsage(server, "3.00");
            books.lastMonthUsage(server, "4.00");
            customers.add(customer);
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                runs.add(pool.submit(() -> {
                    start.await();
                    return job.run(books.today());
                }));
            }
            start.countDown();
            for (Future<?> run : runs) {
                run.get();
            }
        } finally {
            pool.shutdown();
        }
        for (Customer customer : customers) {
            List<Bill> bills = books.bills(customer.accountId());
            assertEquals(1, bills.size());
            assertEquals(Money.parse("7.00"), bills.get(0).amount);
            assertEquals(1, books.notices(customer.accountId(), "BILL_ISSUED"));
        }
    }
}
