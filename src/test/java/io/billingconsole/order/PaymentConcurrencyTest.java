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

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static io.billingconsole.support.TestDates.JAN_26;
import static io.billingconsole.support.TestDates.midnight;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Parallel payments through the API: the balance never goes below the credit line and no order is paid twice. */
@QuarkusTest
class PaymentConcurrencyTest {

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
    void manyParallelPaymentsAgainstASmallBalance() throws Exception {
        clock.moveTo(JAN_26);                                       // ECS "5 days from today" expires 2018-01-31 00:00
        Customer me = fixtures.customer("300");
        fixtures.fund(me, "100", "0");                    // 400 to spend: four 99.00 orders, not five
        List<CloudResource> resources = new ArrayList<>();
        List<Long> orders = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            CloudResource ecs = fixtures.resource(me, "ECS", 5 + i);
            resources.add(ecs);
            orders.add(Api.as(me).body(Map.of("resourceIds", new long[]{ecs.id}, "months", 1))
                    .post("/api/v1/renewals").then().statusCode(201).extract().<Integer>path("id").longValue());
        }
        List<Long> attempts = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            attempts.addAll(orders);                         // every order is paid three times at once
        }
        Collections.shuffle(attempts);

        List<Integer> statuses = runAtOnce(attempts.stream()
                .<Callable<Integer>>map(order -> () -> Api.as(me).post("/api/v1/orders/" + order + "/pay").statusCode())
                .toList());

        assertEquals(4, statuses.stream().filter(s -> s == 200).count(), "statuses " + statuses);
        assertTrue(statuses.stream().allMatch(s -> s == 200 || s == 409), "only successes and refusals: " + statuses);
        long paid = orders.stream().filter(o -> books.orderStatus(o).equals("PAID")).count();
        assertEquals(4, paid);
        assertEquals(Money.parse("-96.00"), books.cashBalance(me.accountId()));
        assertEquals(books.cashBalance(me.accountId()), books.ledgerCashSum(me.accountId()));
        // expiring 01-31, 02-01 … 02-11; one month more: 02-28 (clamped), 03-01 … 03-11
        List<String> before = List.of("2018-01-31", "2018-02-01", "2018-02-02", "2018-02-03", "2018-02-04", "2018-02-05",
                "2018-02-06", "2018-02-07", "2018-02-08", "2018-02-09", "2018-02-10", "2018-02-11");
        List<String> after = List.of("2018-02-28", "2018-03-01", "2018-03-02", "2018-03-03", "2018-03-04", "2018-03-05",
                "2018-03-06", "2018-03-07", "2018-03-08", "2018-03-09", "2018-03-10", "2018-03-11");
        for (int i = 0; i < resources.size(); i++) {
            CloudResource resource = resources.get(i);
            boolean orderPaid = books.orderStatus(orders.get(i)).equals("PAID");
            assertEquals(midnight(orderPaid ? after.get(i) : before.get(i)),
                    books.expiry(resource.id), "resource " + resource.id + " renewed exactly as often as paid");
            assertEquals(orderPaid, books.ledgerEntriesOfOrder(orders.get(i)) > 0, "ledger entries only for paid orders");
        }
    }

    @Test
    void oneOrderPaidFromManyRequestsAtOnceIsChargedOnce() throws Exception {
        clock.moveTo(JAN_26);                                       // ECS "5 days from today" expires 2018-01-31 00:00
        Customer me = fixtures.customer("10000");
        CloudResource ecs = fixtures.resource(me, "ECS", 5);
        long order = Api.as(me).body(Map.of("resourceIds", new long[]{ecs.id}, "months", 2))
                .post("/api/v1/renewals").then().statusCode(201).extract().<Integer>path("id").longValue();

        List<Callable<Integer>> clicks = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            clicks.add(() -> Api.as(me).post("/api/v1/orders/" + order + "/pay").statusCode());
        }
        List<Integer> statuses = runAtOnce(clicks);

        assertEquals(1, statuses.stream().filter(s -> s == 200).count(), "statuses " + statuses);
        assertEquals(15, statuses.stream().filter(s -> s == 409).count(), "statuses " + statuses);
        assertEquals(Money.parse("9802.00"), books.cashBalance(me.accountId()));
        assertEquals(1, books.ledgerEntriesOfOrder(order));
        assertEquals(midnight("2018-03-31"), books.expiry(ecs.id), "01-31 + 2 months");
        assertEquals(1, books.count("select count(*) from notice where kind = 'RENEWAL_SUCCEEDED' and order_id = "
                + order), "one renewal notice, however many clicks");
    }

    /** Starts every task on its own thread, releases them together and collects the results. */
    private static <T> List<T> runAtOnce(List<Callable<T>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
