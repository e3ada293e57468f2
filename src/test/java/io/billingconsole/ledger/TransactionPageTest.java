package io.billingconsole.ledger;

import io.billingconsole.resource.CloudResource;
import io.billingconsole.shared.Money;
import io.billingconsole.support.ConsoleSession;
import io.billingconsole.support.Fixtures;
import io.billingconsole.support.Fixtures.Customer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import static io.billingconsole.support.PageText.createdOrder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 收支明细 over HTTP: the type and date filters, one account's entries only, and bad dates refused. */
@QuarkusTest
class TransactionPageTest {

    private static final String TOP_UP_CELL = "<td>充值</td>";
    private static final String PAYMENT_CELL = "<td>消费</td>";

    @Inject
    Fixtures fixtures;

    @Inject
    LedgerService ledger;

    @Inject
    ZoneId zone;

    @Test
    void systemNotesAndVoucherNamesShowInTheViewersLanguageWhileTypedNotesStayAsTyped() {
        Customer me = fixtures.customer("0");
        ledger.topUp(me.accountId(), Money.parse("500"), LedgerText.DEMO_TOP_UP);
        ledger.topUp(me.accountId(), Money.parse("1"), "转账 bank transfer #42");
        ledger.grantVoucher(me.accountId(), LedgerText.WELCOME_VOUCHER, "新客代金券", Money.parse("10"), fixtures.midnight(30));
        CloudResource ecs = fixtures.resource(me, "ECS", 5);
        ConsoleSession session = session(me);
        long order = createdOrder(session.post("/renewals/" + ecs.id + "/renew", Map.of("months", "1")));
        assertEquals(303, session.post("/orders/" + order + "/pay", Map.of()).statusCode());

        String zh = page(session, "/transactions");
        assertTrue(zh.contains("<td>演示充值</td>"), zh);
        assertEquals(2, count(zh, "<td>新客代金券</td>"), "the grant and the payment from the voucher: " + zh);
        assertTrue(zh.contains("<td>转账 bank transfer #42</td>"), zh);

        assertEquals(303, session.post("/language", Map.of("lang", "en")).statusCode());
        String en = page(session, "/transactions");
        assertTrue(en.contains("<td>Demo top-up</td>"), en);
        assertEquals(2, count(en, "<td>Welcome voucher</td>"), en);
        assertTrue(en.contains("<td>转账 bank transfer #42</td>"), "typed text is not translated");
        assertFalse(en.contains("演示充值") || en.contains("新客代金券"), en);
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    @Test
    void entriesAreFilteredByType() {
        Customer me = fixtures.customer("0");
        ledger.topUp(me.accountId(), Money.parse("1000"), "bank transfer");
        CloudResource ecs = fixtures.resource(me, "ECS", 5);
        ConsoleSession session = session(me);
        long order = createdOrder(session.post("/renewals/" + ecs.id + "/renew", Map.of("months", "1")));
        assertEquals(303, session.post("/orders/" + order + "/pay", Map.of()).statusCode());

        String all = page(session, "/transactions");
        assertTrue(all.contains(TOP_UP_CELL) && all.contains(PAYMENT_CELL), all);
        assertTrue(all.contains("共 2 条"));

        String topUps = page(session, "/transactions?type=TOP_UP");
        assertTrue(topUps.contains(TOP_UP_CELL));
        assertTrue(topUps.contains("<td class=\"num\">¥1,000.00</td>"), topUps);
        assertTrue(topUps.contains("bank transfer"));
        assertFalse(topUps.contains(PAYMENT_CELL));
        assertTrue(topUps.contains("共 1 条"));
        assertTrue(topUps.contains("<option value=\"TOP_UP\" selected>"), "the filter stays selected");

        String payments = page(session, "/transactions?type=PAYMENT");
        assertTrue(payments.contains(PAYMENT_CELL));
        assertTrue(payments.contains("<td class=\"num\">-¥99.00</td>"), payments);
        assertTrue(payments.contains("<a href=\"/orders/" + order + "\">#" + order + "</a>"));
        assertFalse(payments.contains(TOP_UP_CELL));
        assertTrue(payments.contains("共 1 条"));
    }

    @Test
    void entriesAreFilteredByBusinessDates() {
        Customer me = fixtures.customer("0");
        LedgerEntry entry = ledger.topUp(me.accountId(), Money.parse("250"), "dated top-up");
        // the day of the entry in Asia/Shanghai, not "now": the test may run across midnight
        LocalDate day = LocalDate.ofInstant(entry.createdAt, zone);
        ConsoleSession session = session(me);

        String sameDay = page(session, "/transactions?from=" + day + "&to=" + day);
        assertTrue(sameDay.contains("dated top-up"), sameDay);
        assertTrue(sameDay.contains("name=\"from\" value=\"" + day + "\""), "the dates stay in the form");
        assertTrue(page(session, "/transactions?from=" + day).contains("dated top-up"));
        assertTrue(page(session, "/transactions?to=" + day).contains("dated top-up"));

        String endingYesterday = page(session, "/transactions?from=" + day.minusDays(7) + "&to=" + day.minusDays(1));
        assertFalse(endingYesterday.contains("dated top-up"));
        assertTrue(endingYesterday.contains("没有记录"));
        assertFalse(page(session, "/transactions?from=" + day.plusDays(1)).contains("dated top-up"));
    }

    @Test
    void anotherCustomersEntriesNeverAppear() {
        Customer me = fixtures.customer("0");
        Customer other = fixtures.customer("0");
        ledger.topUp(me.accountId(), Money.parse("100"), "my top-up");
        LedgerEntry theirs = ledger.topUp(other.accountId(), Money.parse("4321.09"), "their top-up");
        LocalDate day = LocalDate.ofInstant(theirs.createdAt, zone);
        ConsoleSession session = session(me);

        for (String path : new String[] {"/transactions", "/transactions?type=TOP_UP",
                "/transactions?from=" + day + "&to=" + day}) {
            String page = page(session, path);
            assertTrue(page.contains("my top-up"), path);
            assertFalse(page.contains("their top-up"), path);
            assertFalse(page.contains("4,321.09"), path);
            assertTrue(page.contains("共 1 条"), path);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-02-30", "2024-13-01", "24-1-1", "yesterday", "2024/01/01"})
    void anInvalidDateIsRefusedWithAMessage(String date) {
        Customer me = fixtures.customer("0");
        ConsoleSession session = session(me);

        for (String path : new String[] {"/transactions?from=" + date, "/transactions?to=" + date}) {
            Response response = session.get(path);
            assertEquals(400, response.statusCode(), path);
            assertTrue(response.contentType().startsWith("text/html"), path);
            assertTrue(response.asString().contains("输入无效：" + date), response.asString());
        }
    }

    private static ConsoleSession session(Customer customer) {
        return ConsoleSession.loggedIn(customer.username(), customer.password());
    }

    private static String page(ConsoleSession session, String path) {
        Response response = session.get(path);
        assertEquals(200, response.statusCode(), path);
        return response.asString();
    }
}
