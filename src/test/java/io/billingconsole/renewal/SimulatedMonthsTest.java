package io.billingconsole.renewal;

import io.billingconsole.account.AccountService;
import io.billingconsole.resource.CloudResource;
import io.billingconsole.resource.RenewalTerm;
import io.billingconsole.shared.DomainException;
import io.billingconsole.shared.Money;
import io.billingconsole.shared.TestClock;
import io.billingconsole.support.Books;
import io.billingconsole.support.Fixtures;
import io.billingconsole.support.Fixtures.Customer;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sixty simulated days over 1,000 resources of every product, with balances from empty to ample,
 * credit lines, manual orders left unpaid, and auto-renewal on most of them. Afterwards the books
 * must balance, no period may be charged twice, and every voided order must say why.
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

        clock.moveTo(start.plus(Duration.ofDays(60)));

        for (Customer customer : customers) {
            assertEquals(books.cashBalance(customer.accountId()), books.ledgerCashSum(customer.accountId()),
                    "ledger of account " + customer.accountId());
        }
        assertEquals(0, books.count("select count(*) from account where cash_balance_fen < -credit_line_fen"));
        assertEquals(0, books.count("select count(*) from (select resource_id, period_expiry from auto_renew_attempt"
                + " where outcome = 'RENEWED' group by 1, 2 having count(*) > 1) twice"), "a period charged twice");
        assertEquals(0, books.count("select count(*) from (select resource_id, business_date from auto_renew_attempt"
                + " group by 1, 2 having count(*) > 1) twice"), "two attempts on one day");
        assertEquals(0, books.count("select count(*) from orders where status = 'VOIDED' and void_reason is null"));
        assertEquals(0, books.count("select count(*) from orders where status = 'UNPAID' and kind = 'RENEWAL'"
                + " and created_at < timestamptz '2019-01-10 12:00:00+08' + interval '53 days'"), "unpaid past 7 days");
        long renewed = books.count("select count(*) from auto_renew_attempt where outcome = 'RENEWED'");
        long voidedForMoney = books.count("select count(*) from orders where void_reason = 'INSUFFICIENT_BALANCE'");
        assertTrue(renewed > 100, "a good part renews: " + renewed);
        assertTrue(voidedForMoney > 100, "and a good part runs out of money: " + voidedForMoney);
        assertEquals(renewed, books.count("select count(*) from orders where kind = 'AUTO_RENEWAL' and status = 'PAID'"));
        for (CloudResource resource : created.values()) {
            Instant expiry = resource.expiresAt;
            for (Books.PaidLine line : books.paidLines(resource.id)) {
                assertEquals(expiry, line.before(), "resource " + resource.id + ": each renewal starts where the last ended");
                assertEquals(RenewalTerm.extend(expiry, line.months(), zone), line.after());
                expiry = line.after();
            }
            assertEquals(expiry, books.expiry(resource.id), "resource " + resource.id + " extended by exactly what was paid");
        }
    }
}
