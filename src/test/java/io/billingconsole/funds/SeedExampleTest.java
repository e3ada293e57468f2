package io.billingconsole.funds;

import io.billingconsole.account.Role;
import io.billingconsole.clock.TestClock;
import io.billingconsole.support.Api;
import io.billingconsole.support.ConsoleSession;
import io.billingconsole.support.Fixtures;
import io.billingconsole.support.Fixtures.Customer;
import io.billingconsole.support.LedgerInvariants;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The seed's worked example (SPEC 7) reached the way a customer gets there, through the API, from an
 * empty account: a recharge, a renewal invoiced for 200 and then unsubscribed (invoice debt 200), a
 * PAYG resource (reserve 100) with 300 of last month's usage billed while auto-repay is off (arrears
 * 300) and 200 of this month's (unsettled 200), and 500 transferred in by the master: cash 1000 →
 * withdrawable 200. Then each part is cleared as the funds page says, and the withdrawable amount is
 * checked after each step; the books agree throughout.
 */
@QuarkusTest
class SeedExampleTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Inject
    Fixtures fixtures;

    @Inject
    TestClock testClock;

    @Inject
    LedgerInvariants invariants;

    @AfterEach
    void realTime() {
        testClock.reset();
    }

    @Test
    void theSeedsExampleComesOutOfRealFlowsAndEachPartClearsTheWayTheSeedSays() {
        testClock.moveTo(at(2019, 3, 31, 12));
        String operator = fixtures.staff(Role.OPERATOR);
        String finance = fixtures.staff(Role.FINANCE);
        Customer master = fixtures.customer("0");
        Customer member = fixtures.customer("0");
        Api.as(operator).body(Map.of("masterAccountId", master.accountId()))
                .put("/api/v1/admin/accounts/" + member.accountId() + "/master").then().statusCode(200);
        recharge(finance, master, "2000.00");
        recharge(finance, member, "500.00");

        // a renewal of 500, invoiced for 200, then unsubscribed before its period starts: all 500 back,
        // the invoiced 200 is more than was consumed — invoice debt 200
        long server = register(operator, member, "SUBSCRIPTION", "seed-ecs", "250.00");
        long order = ((Number) Api.as(member).body(Map.of("resourceIds", List.of(server), "months", 2))
                .post("/api/v1/renewals").then().statusCode(201).body("amount", equalTo("500.00"))
                .extract().path("id")).longValue();
        Api.as(member).post("/api/v1/orders/" + order + "/pay").then().statusCode(200);
        long title = ((Number) Api.as(member).body(Map.of("type", "PERSONAL", "name", "李四"))
                .post("/api/v1/invoice-titles").then().statusCode(201).extract().path("id")).longValue();
        long invoice = ((Number) Api.as(member).body(Map.of("titleId", title, "kind", "GENERAL_E", "amount", "200.00",
                        "email", "seed@example.com", "idempotencyKey", UUID.randomUUID().toString()))
                .post("/api/v1/invoices").then().statusCode(201).extract().path("id")).longValue();
        Api.as(finance).post("/api/v1/admin/invoices/" + invoice + "/issue").then().statusCode(200);
        assertEquals("500.00", Api.as(member).get("/api/v1/resources/" + server + "/unsubscribe").then()
                .statusCode(200).extract().path("total"));
        Api.as(member).header("Idempotency-Key", UUID.randomUUID().toString())
                .post("/api/v1/resources/" + server + "/unsubscribe").then().statusCode(201);

        // a PAYG resource: 300 of usage in March, billed on 1 April with auto-repay off; 200 in April
        long payg = register(operator, member, "PAYG", "seed-payg", null);
        Api.as(member).body(Map.of("autoRepay", false)).put("/api/v1/account/settings").then().statusCode(200);
        usage(operator, payg, "300.00", at(2019, 3, 31, 9), at(2019, 3, 31, 10));
        testClock.moveTo(at(2019, 4, 1, 9));
        usage(operator, payg, "200.00", at(2019, 4, 1, 0), at(2019, 4, 1, 8));
        long bill = ((Number) Api.as(member).get("/api/v1/bills").then().statusCode(200)
                .extract().path("items[0].id")).longValue();

        // the master transfers 500: consumption only, and with auto-repay off it pays no arrears
        Api.as(master).body(Map.of("toAccountId", member.accountId(), "amount", "500.00",
                        "idempotencyKey", UUID.randomUUID().toString()))
                .post("/api/v1/transfers").then().statusCode(201);

        JsonPath seed = account(member);
        assertParts(seed, "1000.00", "500.00", "200.00", "300.00", "200.00", "100.00");
        assertEquals("800.00", seed.getString("notWithdrawable"));
        assertEquals("200.00", seed.getString("withdrawable"), "the seed's answer");
        String page = ConsoleSession.loggedIn(member.username(), member.password()).get("/funds").then()
                .statusCode(200).extract().asString();
        assertTrue(page.contains("可提现金额 = 现金余额 − 不可提现部分 = ¥1,000.00 − ¥800.00 = ¥200.00"), page);
        for (String link : List.of("href=\"/invoices/debt\"", "href=\"/usage\"", "href=\"/bills\"", "href=\"/transfers\"")) {
            assertTrue(page.contains(link), link + " on " + page);
        }
        assertBooks(member, master);

        // 1. pay the arrears from the overview's API: transferred-in funds pay first
        Api.as(member).post("/api/v1/arrears/pay").then().statusCode(200);
        JsonPath paid = account(member);
        assertParts(paid, "700.00", "200.00", "200.00", "0.00", "200.00", "100.00");
        assertEquals("200.00", paid.getString("withdrawable"), "debts 400 − transferred-in 200 still freeze 200");

        // 2. offset the invoice debt with the paid bill (new consumption)
        Api.as(member).body(Map.of("items", List.of(Map.of("billId", bill))))
                .post("/api/v1/invoice-debt/offset").then().statusCode(200);
        JsonPath offset = account(member);
        assertParts(offset, "700.00", "200.00", "0.00", "0.00", "200.00", "100.00");
        assertEquals("400.00", offset.getString("withdrawable"));

        // 3. release the PAYG resource: the reserve stays 24 h after the release
        Api.as(member).post("/api/v1/resources/" + payg + "/release").then().statusCode(200);
        assertEquals("100.00", account(member).getString("paygReserve"));
        testClock.moveTo(at(2019, 4, 2, 10));
        JsonPath released = account(member);
        assertParts(released, "700.00", "200.00", "0.00", "0.00", "200.00", "0.00");
        assertEquals("500.00", released.getString("withdrawable"));

        // 4. April's usage is billed on 1 May; with auto-repay on the bill is paid at once
        Api.as(member).body(Map.of("autoRepay", true)).put("/api/v1/account/settings").then().statusCode(200);
        testClock.moveTo(at(2019, 5, 1, 9));
        JsonPath settled = account(member);
        assertParts(settled, "500.00", "0.00", "0.00", "0.00", "0.00", "0.00");
        assertEquals("500.00", settled.getString("withdrawable"), "nothing holds the own cash back any more");
        assertBooks(member, master);
    }

    private void assertBooks(Customer... customers) {
        for (Customer customer : customers) {
            assertEquals(List.of(), invariants.broken(customer.accountId()), "books of account " + customer.accountId());
        }
    }

    private static void assertParts(JsonPath account, String cash, String transferredIn, String invoiceDebt,
                                    String arrears, String unsettled, String reserve) {
        assertEquals(List.of(cash, transferredIn, invoiceDebt, arrears, unsettled, reserve),
                List.of(account.getString("cashBalance"), account.getString("transferredIn"),
                        account.getString("invoiceDebt"), account.getString("arrears"),
                        account.getString("unsettled"), account.getString("paygReserve")),
                "cash, transferred-in, invoice debt, arrears, unsettled, reserve");
    }

    private static JsonPath account(Customer customer) {
        return Api.as(customer).get("/api/v1/account").then().statusCode(200).extract().jsonPath();
    }

    private static void recharge(String finance, Customer customer, String amount) {
        Api.as(finance).body(Map.of("amount", amount))
                .post("/api/v1/admin/accounts/" + customer.accountId() + "/credit").then().statusCode(201);
    }

    private static long register(String operator, Customer owner, String method, String name, String monthlyPrice) {
        Map<String, Object> body = new HashMap<>(Map.of("accountId", owner.accountId(), "productType", "ECS",
                "name", name, "region", "cn-hangzhou", "billingMethod", method));
        if (monthlyPrice != null) {
            body.put("monthlyPrice", monthlyPrice);
            body.put("expiresAt", "2019-04-10T00:00:00+08:00");
        }
        return ((Number) Api.as(operator).body(body).post("/api/v1/admin/resources").then().statusCode(201)
                .extract().path("id")).longValue();
    }

    private static void usage(String operator, long resource, String amount, Instant from, Instant to) {
        Api.as(operator).body(Map.of("resourceId", resource, "amount", amount, "from", from.toString(), "to", to.toString(),
                        "idempotencyKey", UUID.randomUUID().toString()))
                .post("/api/v1/admin/usage").then().statusCode(201);
    }

    private static Instant at(int year, int month, int day, int hour) {
        return LocalDateTime.of(year, month, day, hour, 0).atZone(SHANGHAI).toInstant();
    }
}
