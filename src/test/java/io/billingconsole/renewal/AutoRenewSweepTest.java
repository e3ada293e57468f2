package io.billingconsole.renewal;

import io.billingconsole.ledger.LedgerService;
import io.billingconsole.order.Order;
import io.billingconsole.order.OrderService;
import io.billingconsole.order.OrderVoidingJob;
import io.billingconsole.resource.CloudResource;
import io.billingconsole.resource.RenewalTerm;
import io.billingconsole.shared.Money;
import io.billingconsole.shared.TestClock;
import io.billingconsole.support.Books;
import io.billingconsole.support.Eventually;
import io.billingconsole.support.Fixtures;
import io.billingconsole.support.MailServer;
import io.billingconsole.support.Fixtures.Customer;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

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
        clock.moveTo(unpaid.createdAt.plus(OrderVoidingJob.UNPAID_LIMIT).minusSeconds(5));
        assertEquals("UNPAID", books.orderStatus(unpaid.id), "just before 7 days");
        clock.moveTo(unpaid.createdAt.plus(OrderVoidingJob.UNPAID_LIMIT));
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
    }

    @Test
    void twoSweepsAtOnceChargeEachDueResourceExactlyOnce() throws Exception {
        Customer rich = fixtures.customer("10000");
        List<CloudResource> due = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            CloudResource ecs = fixtures.resource(rich, "ECS", 3 + i % 5);   // first attempt already passed
            autoRenew.set(rich.accountId(), ecs.id, 1);
            due.add(ecs);
        }
        LocalDate today = LocalDate.now(java.time.Clock.system(zone));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<CompletableFuture<Void>> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                runs.add(CompletableFuture.runAsync(() -> {
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    job.run(today);
                }, pool));
            }
            start.countDown();
            CompletableFuture.allOf(runs.toArray(CompletableFuture[]::new)).get(120, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }

        for (CloudResource resource : due) {
            assertEquals(RenewalTerm.extend(resource.expiresAt, 1, zone), books.expiry(resource.id), "renewed once");
            assertEquals(1, books.attempts(resource.id).size());
        }
        assertEquals(Money.parse("8020.00"), books.cashBalance(rich.accountId()), "10000 - 20 x 99");
        assertEquals(books.cashBalance(rich.accountId()), books.ledgerCashSum(rich.accountId()));
        assertEquals(20, books.orders(rich.accountId()).stream().filter(o -> o.startsWith("AUTO_RENEWAL PAID")).count());
    }

    /** The balance-low e-mails received over SMTP for the resource, as their plain-text parts. */
    private static List<String> balanceLowMails(Customer customer, CloudResource resource, int expected) {
        List<String> texts = Eventually.value(() -> balanceLowTexts(customer, resource), t -> t.size() >= expected,
                expected + " balance-low mails for " + resource.name);
        assertEquals(expected, texts.size(), "balance-low mails for " + resource.name);
        return texts;
    }

    private static List<String> balanceLowTexts(Customer customer, CloudResource resource) {
        List<String> texts = new ArrayList<>();
        for (MimeMessage mail : MailServer.mailsTo(customer.username() + "@example.com")) {
            try {
                if (mail.getSubject().contains(resource.name) && mail.getSubject().contains("余额不足")) {
                    texts.add(MailServer.part(mail, "text/plain"));
                }
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }
        return texts;
    }

    private Instant at(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(zone).toInstant();
    }
}
