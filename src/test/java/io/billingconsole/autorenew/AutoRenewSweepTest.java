package io.billingconsole.autorenew;

import io.billingconsole.jobs.DailySweeps;
import io.billingconsole.jobs.JobCounts;
import io.billingconsole.ledger.LedgerService;
import io.billingconsole.order.Order;
import io.billingconsole.order.OrderService;
import io.billingconsole.renewal.RenewalItem;
import io.billingconsole.renewal.RenewalService;
import io.billingconsole.resource.CloudResource;
import io.billingconsole.clock.AdjustableClock;
import io.billingconsole.shared.Money;
import io.billingconsole.clock.TestClock;
import io.billingconsole.support.Books;
import io.billingconsole.support.Fixtures;
import io.billingconsole.support.MailServer;
import io.billingconsole.support.Outbox;
import io.billingconsole.support.Fixtures.Customer;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The 08:00 auto-renew sweep and the order voiding, driven by the test clock as a real month would. */
@QuarkusTest
class AutoRenewSweepTest {

    @Inject
    Fixtures fixtures;

    @Inject
    Books books;

    @Inject
    TestClock clock;

    @Inject
    AutoRenewService autoRenew;

    @Inject
    AutoRenewJob job;

    @Inject
    RenewalService renewals;

    @Inject
    OrderService orders;

    @Inject
    LedgerService ledger;

    @Inject
    ZoneId zone;

    @Inject
    AdjustableClock businessClock;

    @Inject
    DailySweeps sweeps;

    @Inject
    Outbox outbox;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    /**
     * The seed's worked example: expiry 2017-03-30 00:00, lead 9 days, one-month auto-renewal. With an
     * empty balance the sweep tries (and voids an order) every day 03-21 … 03-29 at 08:00 and never
     * after; with money added on 03-24 the attempt of 03-25 succeeds and the expiry becomes 04-30.
     * Alongside: a manual renewal before the first attempt moves it, and the 7-day voiding boundary.
     */
    @Test
    void theSeedsWorkedExampleDrivenByTheClock() {
        clock.moveTo(at(2017, 3, 20, 12, 0));
        long lastRun = books.lastJobRun();
        Customer broke = fixtures.customer("0");
        CloudResource neverPaid = fixtures.resource(broke, "ECS", 10);
        Customer saver = fixtures.customer("0");
        CloudResource paidLater = fixtures.resource(saver, "ECS", 10);
        Customer early = fixtures.customer("1000");
        CloudResource renewedByHand = fixtures.resource(early, "ECS", 10);
        CloudResource leftUnpaid = fixtures.resource(early, "RDS", 40);
        assertEquals(LocalDate.of(2017, 3, 30).atStartOfDay(zone).toInstant(), neverPaid.expiresAt);
        for (CloudResource resource : List.of(neverPaid, paidLater, renewedByHand)) {
            autoRenew.set(resource.accountId, resource.id, 1);
        }
        Order manual = renewals.createOrder(early.accountId(), List.of(new RenewalItem(renewedByHand.id, 1)));
        orders.pay(early.accountId(), manual.id);                   // on 03-20, before the first attempt
        Order unpaid = renewals.createOrder(early.accountId(), List.of(new RenewalItem(leftUnpaid.id, 1)));

        clock.moveTo(at(2017, 3, 24, 12, 0));
        assertEquals(List.of("2017-03-21 INSUFFICIENT_BALANCE", "2017-03-22 INSUFFICIENT_BALANCE",
                "2017-03-23 INSUFFICIENT_BALANCE", "2017-03-24 INSUFFICIENT_BALANCE"), books.attempts(paidLater.id));
        assertEquals("AUTO_RENEWAL VOIDED INSUFFICIENT_BALANCE 2017-03-21 08:00", books.orders(saver.accountId()).get(0));

        List<String> lowBalanceMails = balanceLowMails(saver, paidLater, 4);
        String firstLowBalanceMail = lowBalanceMails.stream().filter(m -> m.contains("2017-03-22 08:00")).findFirst()
                .orElseThrow(() -> new AssertionError("the 03-21 mail names the next attempt: " + lowBalanceMails));
        assertTrue(firstLowBalanceMail.contains("¥99.00"), firstLowBalanceMail);
        assertTrue(firstLowBalanceMail.contains("2017-03-30 00:00"), "the expiry: " + firstLowBalanceMail);

        ledger.topUp(saver.accountId(), Money.parse("99.00"), "bank transfer");
        clock.moveTo(at(2017, 3, 25, 12, 0));
        assertEquals("2017-03-25 RENEWED", books.attempts(paidLater.id).get(4));
        assertEquals(LocalDate.of(2017, 4, 30).atStartOfDay(zone).toInstant(), books.expiry(paidLater.id));
        assertEquals(Money.ZERO, books.cashBalance(saver.accountId()));
        assertEquals("AUTO_RENEWAL PAID - 2017-03-25 08:00", books.orders(saver.accountId()).get(4));

        // the clock keeps running while the sweeps work, so the boundary is checked to a few seconds
        assertEquals("RENEWAL UNPAID - 2017-03-20 12:00", books.orders(early.accountId()).get(1));
        clock.moveTo(unpaid.createdAt.plus(Duration.ofDays(7)).minusSeconds(5));
        assertEquals("UNPAID", books.orderStatus(unpaid.id), "just before 7 days");
        clock.moveTo(unpaid.createdAt.plus(Duration.ofDays(7)));
        assertEquals("VOIDED", books.orderStatus(unpaid.id), "7 days after creation");
        assertTrue(books.orders(early.accountId()).contains("RENEWAL VOIDED UNPAID_TIMEOUT 2017-03-20 12:00"));

        clock.moveTo(at(2017, 4, 2, 12, 0));
        List<String> expected = new ArrayList<>();
        for (int day = 21; day <= 29; day++) {
            expected.add("2017-03-" + day + " INSUFFICIENT_BALANCE");
        }
        assertEquals(expected, books.attempts(neverPaid.id), "daily until the day before expiry, none after");
        assertEquals(9, books.orders(broke.accountId()).size());
        assertTrue(books.orders(broke.accountId()).stream().allMatch(o -> o.contains("VOIDED INSUFFICIENT_BALANCE")));
        assertEquals(5, books.attempts(paidLater.id).size(), "no attempt after the success");
        assertEquals(List.of(), books.attempts(renewedByHand.id), "next attempt moved to 2017-04-21");
        assertEquals(books.cashBalance(early.accountId()), books.ledgerCashSum(early.accountId()));
        assertEquals(Money.parse("901.00"), books.cashBalance(early.accountId()), "1000 - the manual 99; the RDS order unpaid");
        assertEquals(List.of(), books.failedRunsAfter(lastRun), "no sweep run failed on a row");
        assertEquals(13, books.runDays("AUTO_RENEW", lastRun).size(), "every day 03-21 … 04-02 swept");
    }

    /**
     * The console is down from 2017-03-20 12:00 until 03-30 09:00; the first run after the restart
     * catches up 03-21 … 03-30 at 03-30 09:00. The ECS that expired at 03-30 00:00 meanwhile is not
     * charged for any of the days caught up (after expiry only manual renewal remains, SPEC 2) and can
     * still be renewed by hand; the one expiring 04-05 is charged on the caught-up 03-27 as it would have been.
     */
    @Test
    void aCatchUpAfterDowntimeNeverChargesAResourceThatExpiredMeanwhile() {
        clock.moveTo(at(2017, 3, 20, 12, 0));
        Customer rich = fixtures.customer("1000");
        CloudResource expiredMeanwhile = fixtures.resource(rich, "ECS", 10);
        CloudResource stillRunning = fixtures.resource(rich, "ECS", 16);
        autoRenew.set(rich.accountId(), expiredMeanwhile.id, 1);
        autoRenew.set(rich.accountId(), stillRunning.id, 1);
        long lastRun = books.lastJobRun();

        // down: the time passes without any sweep (no test-clock move, whose stops sweep each day)
        businessClock.setOffset(businessClock.offset().plus(Duration.between(businessClock.instant(), at(2017, 3, 30, 9, 0))));
        sweeps.catchUp(31);

        assertEquals(List.of("2017-03-21", "2017-03-22", "2017-03-23", "2017-03-24", "2017-03-25", "2017-03-26",
                "2017-03-27", "2017-03-28", "2017-03-29", "2017-03-30"), books.runDays("AUTO_RENEW", lastRun));
        assertEquals(List.of(), books.failedRunsAfter(lastRun));
        assertEquals(List.of(), books.attempts(expiredMeanwhile.id), "not charged for a day before its expiry");
        assertEquals(LocalDate.of(2017, 3, 30).atStartOfDay(zone).toInstant(), books.expiry(expiredMeanwhile.id));
        assertEquals("on 1", books.autoRenew(expiredMeanwhile.id), "the setting stays");
        assertEquals(List.of("2017-03-27 RENEWED"), books.attempts(stillRunning.id));
        assertEquals(LocalDate.of(2017, 5, 5).atStartOfDay(zone).toInstant(), books.expiry(stillRunning.id));
        assertEquals(List.of("AUTO_RENEWAL PAID - 2017-03-30 09:00"), books.orders(rich.accountId()));
        assertEquals(Money.parse("901.00"), books.cashBalance(rich.accountId()));

        Order byHand = renewals.createOrder(rich.accountId(), List.of(new RenewalItem(expiredMeanwhile.id, 1)));
        orders.pay(rich.accountId(), byHand.id);
        assertEquals(LocalDate.of(2017, 4, 30).atStartOfDay(zone).toInstant(), books.expiry(expiredMeanwhile.id));
        assertEquals(Money.parse("802.00"), books.cashBalance(rich.accountId()));
        assertEquals(books.cashBalance(rich.accountId()), books.ledgerCashSum(rich.accountId()));
    }

    @Test
    void twoSweepsAtOnceChargeEachDueResourceExactlyOnce() throws Exception {
        clock.moveTo(at(2018, 5, 10, 12, 0));
        long lastRun = books.lastJobRun();
        Customer rich = fixtures.customer("10000");
        List<CloudResource> due = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            CloudResource ecs = fixtures.resource(rich, "ECS", 3 + i % 5);   // first attempt already passed
            autoRenew.set(rich.accountId(), ecs.id, 1);
            due.add(ecs);
        }
        LocalDate today = LocalDate.of(2018, 5, 10);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<JobCounts> counts = new ArrayList<>();
        try {
            List<CompletableFuture<JobCounts>> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                runs.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return job.run(today);
                }, pool));
            }
            start.countDown();
            for (CompletableFuture<JobCounts> run : runs) {
                counts.add(run.get(120, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }

        assertEquals(0, counts.get(0).failed() + counts.get(1).failed(), "no row failed: " + counts);
        assertEquals(20, counts.get(0).changed() + counts.get(1).changed(), "20 charged between them: " + counts);
        for (int i = 0; i < due.size(); i++) {
            CloudResource resource = due.get(i);
            // expiring 05-13 … 05-17 00:00, one month more: 06-13 … 06-17 00:00
            assertEquals(LocalDate.of(2018, 6, 13 + i % 5).atStartOfDay(zone).toInstant(), books.expiry(resource.id),
                    "renewed once");
            assertEquals(List.of("2018-05-10 RENEWED"), books.attempts(resource.id));
        }
        assertEquals(List.of(), books.failedRunsAfter(lastRun));
        assertEquals(Money.parse("8020.00"), books.cashBalance(rich.accountId()), "10000 - 20 x 99");
        assertEquals(books.cashBalance(rich.accountId()), books.ledgerCashSum(rich.accountId()));
        assertEquals(20, books.orders(rich.accountId()).stream().filter(o -> o.startsWith("AUTO_RENEWAL PAID")).count());
    }

    /**
     * One account's due resources are charged in one transaction whose updates (the voucher, the balance) are
     * written only at its commit: each attempt still pays from what the ones before it left. Cash 100, a voucher of
     * 150, four ECS at 99 due the same day: the first from the voucher, the second from the voucher's last 51 and
     * 48 of cash, the last two are short (52 left) and voided; nothing is spent twice.
     */
    @Test
    void oneAccountsResourcesInOneTransactionEachPayFromWhatTheOnesBeforeLeft() {
        clock.moveTo(at(2019, 7, 10, 12, 0));
        long lastRun = books.lastJobRun();
        Customer customer = fixtures.customer("100");
        fixtures.fund(customer, "0", "150");
        List<CloudResource> due = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            CloudResource ecs = fixtures.resource(customer, "ECS", 5);    // same expiry: walked side by side, by id
            autoRenew.set(customer.accountId(), ecs.id, 1);
            due.add(ecs);
        }

        JobCounts counts = job.run(LocalDate.of(2019, 7, 10));

        assertEquals(0, counts.failed(), "no row failed: " + counts);
        assertEquals(List.of("2019-07-10 RENEWED"), books.attempts(due.get(0).id));
        assertEquals(List.of("2019-07-10 RENEWED"), books.attempts(due.get(1).id));
        assertEquals(List.of("2019-07-10 INSUFFICIENT_BALANCE"), books.attempts(due.get(2).id));
        assertEquals(List.of("2019-07-10 INSUFFICIENT_BALANCE"), books.attempts(due.get(3).id));
        assertEquals(Money.parse("52.00"), books.cashBalance(customer.accountId()), "100 - 48");
        assertEquals(books.cashBalance(customer.accountId()), books.ledgerCashSum(customer.accountId()));
        long account = customer.accountId();
        assertEquals(0, books.count("select coalesce(sum(remaining_fen), 0) from voucher where account_id = " + account));
        assertEquals(15000, books.count("select coalesce(-sum(amount_fen), 0) from ledger_entry where account_id = "
                + account + " and pocket = 'VOUCHER' and entry_type = 'PAYMENT'"), "the voucher's 150 spent once");
        assertEquals(2, books.orders(account).stream().filter(o -> o.startsWith("AUTO_RENEWAL PAID")).count());
        assertEquals(List.of(), books.failedRunsAfter(lastRun));
    }

    /** The balance-low e-mails received over SMTP for the resource, as their plain-text parts, once all were sent. */
    private List<String> balanceLowMails(Customer customer, CloudResource resource, int expected) {
        List<String> texts = new ArrayList<>();
        for (MimeMessage mail : outbox.drainedMailsTo(customer.accountId(), customer.username() + "@example.com")) {
            try {
                if (mail.getSubject().contains(resource.name) && mail.getSubject().startsWith("【余额不足】")) {
                    texts.add(MailServer.part(mail, "text/plain"));
                }
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }
        assertEquals(expected, texts.size(), "balance-low mails for " + resource.name);
        return texts;
    }

    private Instant at(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(zone).toInstant();
    }
}
