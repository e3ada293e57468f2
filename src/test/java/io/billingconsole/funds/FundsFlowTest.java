package io.billingconsole.funds;

import io.billingconsole.clock.TestClock;
import io.billingconsole.renewal.RenewalItem;
import io.billingconsole.renewal.RenewalService;
import io.billingconsole.resource.CloudResource;
import io.billingconsole.support.Api;
import io.billingconsole.support.ConsoleSession;
import io.billingconsole.support.Fixtures;
import io.billingconsole.support.Fixtures.Customer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The withdrawable formula of SPEC 7 through real flows: recorded recharges, a transfer from the
 * master, a PAYG resource and its release, a payment; checked on the account API and the funds page.
 */
@QuarkusTest
class FundsFlowTest {

    @Inject
    Fixtures fixtures;

    @Inject
    FundsBooks books;

    @Inject
    TestClock testClock;

    @Inject
    Clock clock;

    @Inject
    RenewalService renewals;

    @AfterEach
    void resetClock() {
        // the clock is shared by the whole test run
        testClock.reset();
    }

    @Test
    void transferredInFundsAndThePaygReserveAreNotWithdrawable() {
        Customer master = books.customerWithRecharge("2000.00");
        Customer member = books.customerWithRecharge("1000.00");
        books.link(member, master);
        transfer(master, member, "500.00", UUID.randomUUID().toString()).then().statusCode(201);
        CloudResource payg = fixtures.payg(member, "ECS");

        JsonPath account = account(member);
        assertEquals("1500.00", account.getString("cashBalance"));
        assertEquals("500.00", account.getString("transferredIn"));
        assertEquals("100.00", account.getString("paygReserve"));
        assertEquals("0.00", account.getString("invoiceDebt"));
        assertEquals("0.00", account.getString("arrears"));
        assertEquals("0.00", account.getString("unsettled"));
        assertEquals("600.00", account.getString("notWithdrawable"));
        assertEquals("900.00", account.getString("withdrawable"));
        assertEquals("1500.00", account.getString("spendable"), "the existing fields stay");

        String page = ConsoleSession.loggedIn(member.username(), member.password()).get("/funds").then()
                .statusCode(200).extract().asString();
        assertEquals("¥900.00", testId(page, "withdrawable"));
        assertEquals("¥600.00", testId(page, "not-withdrawable"));
        assertTrue(page.contains("不可提现部分 = 转账金额 + 按量业务预留金额 + 冻结的欠款 = ¥500.00 + ¥100.00 + ¥0.00 = ¥600.00"), page);
        assertTrue(page.contains("可提现金额 = 现金余额 − 不可提现部分 = ¥1,500.00 − ¥600.00 = ¥900.00"), page);
        assertTrue(reasonRow(page, "payg_reserve").contains("¥100.00"), page);
        assertTrue(reasonRow(page, "transferred_in").contains("¥500.00"), page);
        assertTrue(reasonRow(page, "transferred_in").contains("主账号 #" + master.accountId()), page);
        assertFalse(page.contains("data-part=\"arrears\""), "zero parts have no row");
        assertTrue(page.contains("href=\"/withdrawals/new\""), page);

        JsonPath masterAccount = account(master);
        assertEquals("1500.00", masterAccount.getString("cashBalance"));
        assertEquals("1500.00", masterAccount.getString("withdrawable"));

        // released: the reserve is held 24 h after the (last) release, and the page says until when
        books.release(payg);
        assertEquals("100.00", account(member).getString("paygReserve"));
        String held = ConsoleSession.loggedIn(member.username(), member.password()).get("/funds").asString();
        assertTrue(held.contains("data-testid=\"reserve-released-at\""), held);

        testClock.moveTo(clock.instant().plus(Duration.ofHours(25)));
        JsonPath released = account(member);
        assertEquals("0.00", released.getString("paygReserve"));
        assertEquals("1000.00", released.getString("withdrawable"));
    }

    @Test
    void transferredInFundsPayBeforeTheMembersOwnCash() {
        Customer master = books.customerWithRecharge("800.00");
        Customer member = books.customerWithRecharge("1000.00");
        books.link(member, master);
        transfer(master, member, "500.00", UUID.randomUUID().toString()).then().statusCode(201);
        CloudResource server = fixtures.resource(member, "ECS", 5);
        long orderId = renewals.createOrder(member.accountId(), List.of(new RenewalItem(server.id, 1))).id;

        Api.as(member).post("/api/v1/orders/" + orderId + "/pay").then().statusCode(200);

        JsonPath account = account(member);
        assertEquals("1401.00", account.getString("cashBalance"), "ECS is 99.00 a month");
        assertEquals("401.00", account.getString("transferredIn"), "the transfer paid the order");
        assertEquals("1000.00", account.getString("withdrawable"), "the member's own cash is untouched");
        JsonPath sent = Api.as(master).get("/api/v1/transfers").then().statusCode(200).extract().jsonPath();
        assertEquals("401.00", sent.getString("items[0].remaining"));
        assertEquals("401.00", sent.getString("items[0].recallable"));
    }

    private static io.restassured.response.Response transfer(Customer from, Customer to, String amount, String key) {
        return Api.as(from).body(Map.of("toAccountId", to.accountId(), "amount", amount, "note", "budget",
                "idempotencyKey", key)).post("/api/v1/transfers");
    }

    private static JsonPath account(Customer customer) {
        return Api.as(customer).get("/api/v1/account").then().statusCode(200).extract().jsonPath();
    }

    static String testId(String page, String id) {
        Matcher m = Pattern.compile("data-testid=\"" + id + "\">([^<]*)<").matcher(page);
        assertTrue(m.find(), id + " in " + page);
        return m.group(1).trim();
    }

    static String reasonRow(String page, String part) {
        int start = page.indexOf("<tr data-part=\"" + part + "\">");
        assertTrue(start >= 0, part + " row in " + page);
        return page.substring(start, page.indexOf("</tr>", start));
    }
}
