package io.billingconsole.order;

import io.billingconsole.resource.CloudResource;
import io.billingconsole.shared.Money;
import io.billingconsole.clock.TestClock;
import io.billingconsole.support.Books;
import io.billingconsole.support.ConsoleSession;
import io.billingconsole.support.Fixtures;
import io.billingconsole.support.Fixtures.Customer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.billingconsole.support.TestDates.JAN_26;
import static io.billingconsole.support.TestDates.midnight;
import static io.billingconsole.support.PageText.createdOrder;
import static io.billingconsole.support.PageText.row;
import static io.billingconsole.support.PageText.rowIds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 订单管理 over HTTP: paying and voiding through the page, and the refusals a stale page or a foreign id meet. */
@QuarkusTest
class OrderPageTest {

    private static final String ORDER_ROW = "data-order";

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
    void payingThroughThePageRenewsAndShowsTheExpiryChange() {
        clock.moveTo(JAN_26);                                       // ECS "5 days from today" expires 2018-01-31 00:00
        Customer me = fixtures.customer("1000");
        CloudResource ecs = fixtures.resource(me, "ECS", 5);
        ConsoleSession session = session(me);
        long order = renew(session, ecs, 3);

        Response paid = session.post("/orders/" + order + "/pay", Map.of());

        assertEquals(303, paid.statusCode());
        assertTrue(paid.header("Location").endsWith("/orders/" + order + "?done=paid"), paid.header("Location"));
        String page = page(session, "/orders/" + order + "?done=paid");
        assertTrue(page.contains("data-testid=\"order-status\">已支付</span>"), page);
        assertTrue(page.contains("支付成功，资源已续费。"));
        String change = "2018-01-31 00:00 → 2018-04-30 00:00";
        assertTrue(page.contains("data-testid=\"expiry-change-" + ecs.id + "\">" + change + "</td>"), page);
        assertFalse(page.contains("action=\"/orders/" + order + "/pay\""), "no pay button any more");

        assertEquals("PAID", books.orderStatus(order));
        assertEquals(midnight("2018-04-30"), books.expiry(ecs.id));
        assertEquals(Money.parse("703.00"), books.cashBalance(me.accountId()));
    }

    @Test
    void anUnpaidOrderShowsTheExpiryPaymentWillGiveAndItsPayByDeadline() {
        clock.moveTo(JAN_26);                                       // created 2018-01-26 12:00, voided after 7 days
        Customer me = fixtures.customer("0");
        CloudResource ecs = fixtures.resource(me, "ECS", 5);        // expires 2018-01-31 00:00
        ConsoleSession session = session(me);
        long order = renew(session, ecs, 3);

        String page = page(session, "/orders/" + order);
        assertTrue(page.contains("data-testid=\"expiry-change-" + ecs.id + "\">2018-01-31 00:00 → 2018-04-30 00:00 "
                + "<span class=\"muted\" data-testid=\"expiry-projected\">（支付后生效）</span></td>"), page);
        assertTrue(page.contains("data-testid=\"pay-by\">2018-02-02 12:00 <span class=\"muted\">（创建后 7 天内未支付将自动作废）"),
                page);
        String list = page(session, "/orders");
        assertTrue(list.contains("data-testid=\"pay-by-" + order + "\">2018-02-02 12:00</td>"), list);

        assertEquals(303, session.post("/language", Map.of("lang", "en")).statusCode());
        String en = page(session, "/orders/" + order);
        assertTrue(en.contains("2018-01-31 00:00 → 2018-04-30 00:00 <span class=\"muted\" data-testid=\"expiry-projected\">"
                + "(once paid)</span>"), en);
        assertTrue(en.contains("(voided automatically if not paid within 7 days of creation)"), en);
        assertTrue(en.contains("<td>3 months</td>"), en);
        assertTrue(page(session, "/orders").contains("<th>Pay by</th>"));
    }

    @Test
    void aVoidedOrderHasNoPayByDeadlineAndNoExpiryChange() {
        Customer me = fixtures.customer("0");
        CloudResource ecs = fixtures.resource(me, "ECS", 5);
        ConsoleSession session = session(me);
        long order = renew(session, ecs, 1);
        assertEquals(303, session.post("/orders/" + order + "/void", Map.of()).statusCode());

        String page = page(session, "/orders/" + order);
        assertFalse(page.contains("data-testid=\"pay-by\""), page);
        assertTrue(page.contains("data-testid=\"expiry-change-" + ecs.id + "\"></td>"), page);
        assertTrue(page(session, "/orders").contains("data-testid=\"pay-by-" + order + "\"></td>"));
    }

    @Test
    void payingAgainFromAStalePageIsRefusedAndChargesOnce() {
        clock.moveTo(JAN_26);                                       // ECS "5 days from today" expires 2018-01-31 00:00
        Customer me = fixtures.customer("1000");
        CloudResource ecs = fixtures.resource(me, "ECS", 5);
        ConsoleSession session = session(me);
        long order = renew(session, ecs, 1);
        page(session, "/orders/" + order);

        assertEquals(303, session.post("/orders/" + order + "/pay", Map.of()).statusCode());
        Response again = session.post("/orders/" + order + "/pay", Map.of());

        assertEquals(409, again.statusCode());
        assertTrue(again.asString().contains("订单 " + order + " 已支付，不能重复支付"), again.asString());
        assertTrue(again.asString().contains("data-testid=\"order-status\">已支付</span>"), "shows the order as it is");
        assertEquals(Money.parse("901.00"), books.cashBalance(me.accountId()), "charged once");
        assertEquals(1, books.ledgerEntriesOfOrder(order));
        assertEquals(midnight("2018-02-28"), books.expiry(ecs.id), "renewed once");
    }

    @Test
    void voidingSaysWhyInPlainWordsAndAVoidedOrderCannotBePaid() {
        Customer me = fixtures.customer("1000");
        CloudResource ecs = fixtures.resource(me, "ECS", 5);
        ConsoleSession session = session(me);
        long order = renew(session, ecs, 1);

        Response voided = session.post("/orders/" + order + "/void", Map.of());
        assertEquals(303, voided.statusCode());
        assertTrue(voided.header("Location").endsWith("/orders/" + order + "?done=voided"), voided.header("Location"));
        String page = page(session, "/orders/" + order + "?done=voided");
        assertTrue(page.contains("订单已作废。"));
        assertTrue(page.contains("data-testid=\"void-reason\">您手动作废了此订单</dd>"), page);
        assertEquals("VOIDED", books.orderStatus(order));

        Response pay = session.post("/orders/" + order + "/pay", Map.of());
        assertEquals(409, pay.statusCode());
        assertTrue(pay.asString().contains("订单 " + order + " 已作废，不能支付"), pay.asString());
        assertEquals("VOIDED", books.orderStatus(order));
        assertEquals(Money.parse("1000.00"), books.cashBalance(me.accountId()));
        assertEquals(0, books.ledgerEntriesOfOrder(order));
        assertEquals(ecs.expiresAt, books.expiry(ecs.id));
    }

    @Test
    void theListFiltersByStatusAndShowsTheVoidReason() {
        Customer me = fixtures.customer("1000");
        ConsoleSession session = session(me);
        long voided = renew(session, fixtures.resource(me, "ECS", 5), 1);
        assertEquals(303, session.post("/orders/" + voided + "/void", Map.of()).statusCode());
        long paid = renew(session, fixtures.resource(me, "ECS", 6), 1);
        assertEquals(303, session.post("/orders/" + paid + "/pay", Map.of()).statusCode());
        long unpaid = renew(session, fixtures.resource(me, "ECS", 7), 1);

        assertEquals(List.of(unpaid, paid, voided), rowIds(page(session, "/orders"), ORDER_ROW), "newest first");
        String voidedList = page(session, "/orders?status=VOIDED");
        assertEquals(List.of(voided), rowIds(voidedList, ORDER_ROW));
        assertTrue(row(voidedList, ORDER_ROW, voided).contains("<td>您手动作废了此订单</td>"), voidedList);
        assertEquals(List.of(paid), rowIds(page(session, "/orders?status=PAID"), ORDER_ROW));
        String unpaidList = page(session, "/orders?status=UNPAID");
        assertEquals(List.of(unpaid), rowIds(unpaidList, ORDER_ROW));
        assertTrue(row(unpaidList, ORDER_ROW, unpaid).contains("<td></td>"), "no void reason");
    }

    @Test
    void anotherAccountsOrderIsNotFoundAndUntouched() {
        Customer me = fixtures.customer("1000");
        Customer intruder = fixtures.customer("1000");
        CloudResource ecs = fixtures.resource(me, "ECS", 5);
        long order = renew(session(me), ecs, 1);
        ConsoleSession session = session(intruder);

        Response detail = session.get("/orders/" + order);
        assertEquals(404, detail.statusCode());
        assertTrue(detail.asString().contains("订单 " + order + " 不存在"));
        assertFalse(detail.asString().contains(ecs.name));
        assertEquals(404, session.post("/orders/" + order + "/pay", Map.of()).statusCode());
        assertEquals(404, session.post("/orders/" + order + "/void", Map.of()).statusCode());
        assertEquals(404, session.get("/orders/abc").statusCode());

        assertEquals("UNPAID", books.orderStatus(order));
        assertEquals(0, books.ledgerEntriesOfOrder(order));
        assertEquals(Money.parse("1000.00"), books.cashBalance(me.accountId()));
        assertEquals(Money.parse("1000.00"), books.cashBalance(intruder.accountId()));
        assertEquals(ecs.expiresAt, books.expiry(ecs.id));
        assertEquals(List.of(), rowIds(page(session, "/orders"), ORDER_ROW));
    }

    @Test
    void aShortBalanceSaysWhatIsMissingAfterVouchersCashAndCredit() {
        Customer me = fixtures.customer("100");
        fixtures.fund(me, "200", "50.50");
        CloudResource rds = fixtures.resource(me, "RDS", 5);
        ConsoleSession session = session(me);
        long order = renew(session, rds, 12);
        // 199.00 x 12 = 2,388.00 against vouchers 50.50 + cash 100.00 + credit line 200.00
        Money missing = Money.parse("2388.00").minus(Money.parse("50.50").plus(Money.parse("100.00"))
                .plus(Money.parse("200.00")));
        assertEquals(Money.parse("2037.50"), missing);

        String page = page(session, "/orders/" + order);
        assertTrue(page.contains("data-testid=\"missing\">余额不足，还差 ¥2,037.50。请充值后再支付。</p>"), page);

        Response pay = session.post("/orders/" + order + "/pay", Map.of());
        assertEquals(409, pay.statusCode());
        assertTrue(pay.asString().contains("账户余额不足，还差 ¥"), pay.asString());
        assertTrue(pay.asString().contains("余额不足，还差 ¥2,037.50。"), "the order again, with what is missing");
        assertEquals("UNPAID", books.orderStatus(order));
        assertEquals(Money.parse("100.00"), books.cashBalance(me.accountId()));
        assertEquals(0, books.ledgerEntriesOfOrder(order));
    }

    private static ConsoleSession session(Customer customer) {
        return ConsoleSession.loggedIn(customer.username(), customer.password());
    }

    private static long renew(ConsoleSession session, CloudResource resource, int months) {
        return createdOrder(session.post("/renewals/" + resource.id + "/renew", Map.of("months", String.valueOf(months))));
    }

    private static String page(ConsoleSession session, String path) {
        Response response = session.get(path);
        assertEquals(200, response.statusCode(), path);
        return response.asString();
    }
}
