package io.billingconsole.renewal;

import io.billingconsole.account.AccountService;
import io.billingconsole.autorenew.AutoRenewService;
import io.billingconsole.jobs.DailySweeps;
import io.billingconsole.resource.CloudResource;
import io.billingconsole.clock.AdjustableClock;
import io.billingconsole.shared.DomainException;
import io.billingconsole.shared.Money;
import io.billingconsole.clock.TestClock;
import io.billingconsole.support.Books;
import io.billingconsole.support.Fixtures;
import io.billingconsole.support.Fixtures.Customer;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sixty simulated days over 1,000 resources of every product, with balances from empty to ample,
 * credit lines, manual orders left unpaid, auto-renewal on most of them, and ten days of downtime
 * caught up at once. Afterwards no sweep run
 * may have failed on a row, and the books are recomputed from the ledger, the orders and the attempts:
 * balances, debits per order, prices per line, the attempt schedule and every resource's expiry.
 */
@QuarkusTest
class SimulatedMonthsTest {

    private static final String[] PRODUCTS = {"DOMAIN", "DOMAIN_HK", "VIRTUAL_HOST", "SITE_BUILDER",
            "ENTERPRISE_MAIL", "ECS", "RDS"};

    @Inject
    Fixtures fixtures;

    @Inject
    Books books;

    @Inject
    TestClock clock;

    @Inject
    AutoRenewService autoRenew;

    @Inject
    RenewalService renewals;

    @Inject
    AccountService accounts;

    @Inject
    ZoneId zone;

    @Inject
    AdjustableClock businessClock;

    @Inject
    DailySweeps sweeps;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void sixtyDaysOverAThousandResources() {
        Random random = new Random(20171130);
        Instant start = LocalDateTime.of(2019, 1, 10, 12, 0).atZone(zone).toInstant();
        clock.moveTo(start);
        List<Customer> customers = new ArrayList<>();
        Map<Long, CloudResource> created = new HashMap<>();
        for (int a = 0; a < 50; a++) {
            Customer customer = fixtures.customer(String.valueOf(random.nextInt(4) * random.nextInt(1500)));
            if (a % 5 == 0) {
                accounts.setCreditLine(customer.accountId(), Money.yuan(random.nextInt(500)));
            }
            customers.add(customer);
            for (int r = 0; r < 20; r++) {
                String product = PRODUCTS[random.nextInt(PRODUCTS.length)];
                CloudResource resource = fixtures.resource(customer, product, 2 + random.nextInt(70));
                created.put(resource.id, resource);
                if (random.nextInt(10) < 7) {
                    try {
                        autoRenew.set(customer.accountId(), resource.id, product.startsWith("DOMAIN") || product.equals("SITE_BUILDER") ? 12 : 1 + random.nextInt(3));
                    } catch (DomainException refused) {
                        // Wanwang resources too close to expiry: the rule says no, which is part of the mix
                    }
                } else if (random.nextInt(3) == 0) {
                    renewals.createOrder(customer.accountId(), List.of(new RenewalItem(resource.id, 12)));
                }
            }
        }

        long lastRun = books.lastJobRun();
        clock.moveTo(start.plus(Duration.ofDays(30)));
        // down from 02-09 12:00 to 02-19 09:00: the time passes without a sweep; the first run after the
        // restart catches up 02-10 … 02-19 at once, when some resources due on those days have expired
        businessClock.setOffset(businessClock.offset().plus(Duration.between(businessClock.instant(),
                LocalDateTime.of(2019, 2, 19, 9, 0).atZone(zone).toInstant())));
        sweeps.catchUp(31);
        clock.moveTo(start.plus(Duration.ofDays(60)));

        assertEquals(List.of(), books.failedRunsAfter(lastRun), "a sweep swallowed a failing row");
        assertEquals(60, books.runDays("AUTO_RENEW", lastRun).size(), "every day 01-11 … 03-11 swept");
        String accounts = customers.stream().map(c -> String.valueOf(c.accountId())).collect(Collectors.joining(","));
        // money: the balance is what the ledger says, entry by entry, and never went past the credit line
        assertEquals(List.of(), books.strings("select a.id::text from account a left join (select account_id,"
                + " sum(amount_fen) total from ledger_entry where pocket in ('CASH', 'CREDIT') group by 1) l"
                + " on l.account_id = a.id where a.id in (" + accounts + ") and a.cash_balance_fen <> coalesce(l.total, 0) limit 20"),
                "accounts whose balance is not the sum of their ledger");
        assertEquals(List.of(), books.strings("select e.id::text from (select id, account_id, cash_balance_after_fen,"
                + " sum(amount_fen) over (partition by account_id order by id) running from ledger_entry"
                + " where pocket in ('CASH', 'CREDIT') and account_id in (" + accounts + ")) e"
                + " join account a on a.id = e.account_id"
                + " where e.running < -a.credit_line_fen or e.running <> e.cash_balance_after_fen limit 20"),
                "ledger entries past the credit line or with a wrong balance after them");
        // orders: a paid one is debited exactly its amount, any other not at all; its amount is its lines',
        // and a line costs its months at the resource's price
        assertEquals(List.of(), books.strings("select o.id || ' ' || o.status from orders o"
                + " left join (select order_id, sum(amount_fen) total from ledger_entry where order_id is not null"
                + " group by 1) l on l.order_id = o.id"
                + " left join (select order_id, sum(amount_fen) total from order_line group by 1) ln on ln.order_id = o.id"
                + " where o.account_id in (" + accounts + ") and ((o.status = 'PAID' and coalesce(l.total, 0) <> -o.amount_fen)"
                + " or (o.status <> 'PAID' and l.total is not null) or coalesce(ln.total, -1) <> o.amount_fen) limit 20"),
                "orders whose ledger debits or lines do not add up to their amount");
        assertEquals(List.of(), books.strings("select l.id::text from order_line l join orders o on o.id = l.order_id"
                + " join cloud_resource r on r.id = l.resource_id where o.account_id in (" + accounts + ")"
                + " and l.amount_fen <> l.months * r.monthly_price_fen limit 20"), "lines not priced at months x monthly price");
        // auto-renewal: each attempt made one order, paid when it renewed, voided for money when not;
        // for a day from expiry - lead to the day before expiry, made at or after that day's sweep and
        // before the expiry (also when the day was caught up after the downtime)
        assertEquals(List.of(), books.strings("select a.id || ' ' || a.outcome from auto_renew_attempt a"
                + " left join orders o on o.id = a.order_id where a.account_id in (" + accounts + ") and not coalesce("
                + " o.kind = 'AUTO_RENEWAL' and ((a.outcome = 'RENEWED' and o.status = 'PAID')"
                + " or (a.outcome = 'INSUFFICIENT_BALANCE' and o.status = 'VOIDED' and o.void_reason = 'INSUFFICIENT_BALANCE'"
                + " and a.missing_fen > 0 and a.missing_fen <= o.amount_fen)), false) limit 20"), "attempts without their order");
        assertEquals(books.count("select count(*) from auto_renew_attempt where account_id in (" + accounts + ")"),
                books.count("select count(*) from orders where kind = 'AUTO_RENEWAL' and account_id in (" + accounts + ")"),
                "no auto-renewal order without its attempt");
        assertEquals(List.of(), books.strings("select a.id || ' ' || a.business_date || ' ' || a.period_expiry"
                + " from auto_renew_attempt a join cloud_resource r on r.id = a.resource_id"
                + " join product_rule p on p.product_type = r.product_type where a.account_id in (" + accounts + ")"
                + " and (a.created_at >= a.period_expiry"
                + " or a.business_date < (a.period_expiry at time zone 'Asia/Shanghai')::date - p.auto_renew_lead_days"
                + " or a.business_date >= (a.period_expiry at time zone 'Asia/Shanghai')::date"
                + " or a.created_at < (a.business_date + time '08:00') at time zone 'Asia/Shanghai') limit 20"),
                "attempts outside the schedule of SPEC section 2, or after expiry");
        assertEquals(0, books.count("select count(*) from orders where status = 'UNPAID' and kind = 'RENEWAL'"
                + " and created_at < timestamptz '2019-01-10 12:00:00+08' + interval '53 days'"), "unpaid past 7 days");
        long renewed = books.count("select count(*) from auto_renew_attempt where outcome = 'RENEWED'"
                + " and account_id in (" + accounts + ")");
        long voidedForMoney = books.count("select count(*) from orders where void_reason = 'INSUFFICIENT_BALANCE'"
                + " and account_id in (" + accounts + ")");
        assertTrue(renewed > 100, "a good part renews: " + renewed);
        assertTrue(voidedForMoney > 100, "and a good part runs out of money: " + voidedForMoney);
        // expiries: each resource's is its first one plus the months of its paid lines, one after the other,
        // by the calendar (SPEC 1: N calendar months from the current expiry, clamped to the month's end)
        for (CloudResource resource : created.values()) {
            Instant expiry = resource.expiresAt;
            for (Books.PaidLine line : books.paidLines(resource.id)) {
                assertEquals(expiry, line.before(), "resource " + resource.id + ": each renewal starts where the last ended");
                Instant after = LocalDate.ofInstant(expiry, zone).plusMonths(line.months()).atStartOfDay(zone).toInstant();
                assertEquals(after, line.after(), "resource " + resource.id + ": " + line);
                expiry = after;
            }
            assertEquals(expiry, books.expiry(resource.id), "resource " + resource.id + " extended by exactly what was paid");
        }
    }
}
