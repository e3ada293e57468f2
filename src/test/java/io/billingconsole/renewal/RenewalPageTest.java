package io.billingconsole.renewal;

import io.billingconsole.account.ConsoleAuthenticationMechanism;
import io.billingconsole.resource.CloudResource;
import io.billingconsole.resource.ResourceStatus;
import io.billingconsole.shared.Money;
import io.billingconsole.clock.TestClock;
import io.billingconsole.support.Books;
import io.billingconsole.support.ConsoleSession;
import io.billingconsole.support.Fixtures;
import io.billingconsole.support.Fixtures.Customer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Arrays;
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

/** 续费管理 over HTTP: what the list shows, and every way a renewal form can be refused. */
@QuarkusTest
class RenewalPageTest {

    private static final String RESOURCE_ROW = "data-resource";

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
    void theListShowsOnlyTheCustomersOwnResourcesWithACountPerProduct() {
        Customer me = fixtures.customer("0");
        Customer other = fixtures.customer("0");
        CloudResource web = fixtures.resource(me, "ECS", "shop-web", 5);
        CloudResource api = fixtures.resource(me, "ECS", "shop-api", 30);
        CloudResource db = fixtures.resource(me, "RDS", "shop-db", 10);
        CloudResource theirs = fixtures.resource(other, "ECS", "rival-web", 5);
        ConsoleSession session = session(me);

        String all = page(session, "/renewals");
        assertEquals(List.of(web.id, db.id, api.id), rowIds(all, RESOURCE_ROW), "soonest expiry first");
        assertFalse(all.contains(theirs.name));
        assertTrue(all.contains("href=\"/renewals?type=ECS\" class=\"\">云服务器 ECS <span class=\"muted\">(2)</span>"), all);
        assertTrue(all.contains("href=\"/renewals?type=RDS\" class=\"\">云数据库 RDS <span class=\"muted\">(1)</span>"));
        assertTrue(all.contains("href=\"/renewals?type=DOMAIN\" class=\"\">域名 <span class=\"muted\">(0)</span>"));

        String rds = page(session, "/renewals?type=RDS");
        assertEquals(List.of(db.id), rowIds(rds, RESOURCE_ROW));
        assertTrue(rds.contains("href=\"/renewals?type=RDS\" class=\"active\">"));

        String otherList = page(session(other), "/renewals");
        assertEquals(List.of(theirs.id), rowIds(otherList, RESOURCE_ROW));
        assertFalse(otherList.contains("shop-"));
    }

    @Test
    void filtersByStatusByExpiryWithinSevenDaysAndSearchesByNameOrId() {
        Customer me = fixtures.customer("0");
        CloudResource soon = fixtures.resource(me, "ECS", "alpha-soon", 5);
        CloudResource later = fixtures.resource(me, "ECS", "beta-later", 30);
        CloudResource expired = fixtures.resource(me, "ECS", "gamma-expired", -3);
        CloudResource released = fixtures.resource(me, "ECS", "delta-released", -20);
        CloudResource database = fixtures.resource(me, "RDS", "epsilon-db", 6);
        ConsoleSession session = session(me);

        assertShown(session, "/renewals?status=EXPIRED", expired);
        assertShown(session, "/renewals?status=RELEASED", released);
        assertShown(session, "/renewals?status=RUNNING", soon, database, later);
        assertShown(session, "/renewals?expiring=7", soon, database);
        assertShown(session, "/renewals?type=ECS&expiring=7", soon);
        assertShown(session, "/renewals?q=beta", later);
        assertShown(session, "/renewals?q=GAMMA", expired);
        assertShown(session, "/renewals?q=" + released.id, released);
        assertShown(session, "/renewals?q=no-such-name");
        assertTrue(page(session, "/renewals?q=no-such-name").contains("没有符合条件的资源"));
    }

    @Test
    void rowsThatCannotBeRenewedSayWhyAndLinkAPendingOrder() {
        Customer me = fixtures.customer("0");
        CloudResource released = fixtures.resource(me, "ECS", -20);
        CloudResource lapsed = fixtures.resource(me, "ECS", -20);
        fixtures.storedStatus(lapsed, ResourceStatus.EXPIRED);
        CloudResource payg = fixtures.payg(me, "ECS");
        CloudResource pending = fixtures.resource(me, "ECS", 5);
        CloudResource renewable = fixtures.resource(me, "ECS", 6);
        ConsoleSession session = session(me);
        long order = createdOrder(session.post("/renewals/" + pending.id + "/renew", Map.of("months", "1")));

        // issue 9: released resources are hidden unless asked for (was "/renewals")
        String page = page(session, "/renewals?released=1");
        assertBlocked(row(page, RESOURCE_ROW, released.id), released, "已释放，不能续费");
        assertBlocked(row(page, RESOURCE_ROW, lapsed.id), lapsed, "已超过到期后可续费期限");
        assertBlocked(row(page, RESOURCE_ROW, payg.id), payg, "按量付费，无需续费");
        String pendingRow = row(page, RESOURCE_ROW, pending.id);
        assertBlocked(pendingRow, pending, "已有待支付订单 #" + order);
        assertTrue(pendingRow.contains("<a href=\"/orders/" + order + "\">去支付</a>"), pendingRow);

        String renewableRow = row(page, RESOURCE_ROW, renewable.id);
        assertTrue(renewableRow.contains("name=\"id\" value=\"" + renewable.id + "\""), renewableRow);
        assertTrue(renewableRow.contains("href=\"/renewals/" + renewable.id + "/renew\""), renewableRow);
    }

    @Test
    void theRenewFormOfAnotherAccountsResourceOrOfANonNumberIsNotFound() {
        Customer me = fixtures.customer("0");
        Customer other = fixtures.customer("0");
        CloudResource theirs = fixtures.resource(other, "ECS", "rival-db", 5);
        ConsoleSession session = session(me);

        Response foreign = session.get("/renewals/" + theirs.id + "/renew");
        assertEquals(404, foreign.statusCode());
        assertTrue(foreign.contentType().startsWith("text/html"));
        assertTrue(foreign.asString().contains("资源 " + theirs.id + " 不存在"));
        assertFalse(foreign.asString().contains(theirs.name));
        assertEquals(404, session.get("/renewals/abc/renew").statusCode());
        assertEquals(404, session.post("/renewals/" + theirs.id + "/renew", Map.of("months", "1")).statusCode());
        assertEquals(404, session.post("/renewals/abc/renew", Map.of("months", "1")).statusCode());

        assertEquals(0, books.orderCount(me.accountId()));
        assertEquals(0, books.orderCount(other.accountId()));
    }

    @Test
    void placingARenewalRedirectsToTheNewUnpaidOrder() {
        clock.moveTo(JAN_26);                                       // ECS "5 days from today" expires 2018-01-31 00:00
        Customer me = fixtures.customer("0");
        CloudResource ecs = fixtures.resource(me, "ECS", 5);
        ConsoleSession session = session(me);

        String form = page(session, "/renewals/" + ecs.id + "/renew");
        assertTrue(form.contains("¥297.00"), "the price of 3 months");
        assertTrue(form.contains("2018-04-30 00:00"), "the expiry after 3 months: 01-31 + 3, clamped");

        Response placed = session.post("/renewals/" + ecs.id + "/renew", Map.of("months", "3"));
        assertEquals(303, placed.statusCode());
        long order = createdOrder(placed);
        assertTrue(placed.header("Location").endsWith("/orders/" + order + "?done=created"));
        assertEquals("UNPAID", books.orderStatus(order));
        assertEquals(Money.parse("297.00"), books.orderAmount(order));
        assertEquals(Map.of(ecs.id, 3), books.lineMonths(order));
        assertEquals(ecs.expiresAt, books.expiry(ecs.id), "nothing renewed before payment");

        String detail = page(session, "/orders/" + order + "?done=created");
        assertTrue(detail.contains("订单已创建，请支付。"));
        assertTrue(detail.contains("¥297.00"));
    }

    @Test
    void aStaleFormSubmittedTwiceIsRefusedTheSecondTime() {
        Customer me = fixtures.customer("0");
        CloudResource ecs = fixtures.resource(me, "ECS", 5);
        ConsoleSession session = session(me);
        page(session, "/renewals/" + ecs.id + "/renew");

        long order = createdOrder(session.post("/renewals/" + ecs.id + "/renew", Map.of("months", "1")));
        Response again = session.post("/renewals/" + ecs.id + "/renew", Map.of("months", "1"));

        assertEquals(409, again.statusCode());
        assertTrue(again.asString().contains("资源 " + ecs.name + " 已有待支付订单 " + order), again.asString());
        assertTrue(again.asString().contains("<a href=\"/orders/" + order + "\">"), "links the pending order");
        assertEquals(1, books.orderCount(me.accountId()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "1.5", "abc", "10", ""})
    void badDurationsAreRefusedOnTheForm(String months) {
        Customer me = fixtures.customer("0");
        CloudResource ecs = fixtures.resource(me, "ECS", 5);
        Response response = session(me).post("/renewals/" + ecs.id + "/renew", Map.of("months", months));

        assertEquals(400, response.statusCode());
        assertTrue(response.asString().contains("续费时长无效：" + months + "。可选月数："), response.asString());
        assertTrue(response.asString().contains("action=\"/renewals/" + ecs.id + "/renew\""), "the form again");
        assertEquals(0, books.orderCount(me.accountId()));
    }

    @Test
    void aMissingDurationIsRefusedWithoutShowingNull() {
        Customer me = fixtures.customer("0");
        CloudResource ecs = fixtures.resource(me, "ECS", 5);
        Response response = session(me).post("/renewals/" + ecs.id + "/renew", Map.of());

        assertEquals(400, response.statusCode());
        assertTrue(response.asString().contains("续费时长无效：。可选月数："), response.asString());
        assertEquals(0, books.orderCount(me.accountId()));
    }

    @Test
    void aDomainsDurationMessageListsTheYearsItAllows() {
        Customer me = fixtures.customer("0");
        CloudResource domain = fixtures.resource(me, "DOMAIN", 40);
        ConsoleSession session = session(me);

        for (String months : new String[] {"1", "abc"}) {
            Response response = session.post("/renewals/" + domain.id + "/renew", Map.of("months", months));
            assertEquals(400, response.statusCode(), months);
            assertTrue(response.asString().contains("续费时长无效：" + months + "。可选月数：12,24,36,48,60"),
                    response.asString());
        }
        assertEquals(0, books.orderCount(me.accountId()));
    }

    @Test
    void theDurationMessageFollowsTheLanguageSwitch() {
        Customer me = fixtures.customer("0");
        CloudResource ecs = fixtures.resource(me, "ECS", 5);
        ConsoleSession session = session(me);
        assertEquals(303, session.post("/language", Map.of("lang", "en")).statusCode());

        Response response = session.post("/renewals/" + ecs.id + "/renew", Map.of("months", "10"));

        assertEquals(400, response.statusCode());
        assertEquals("en", response.header("Content-Language"));
        assertTrue(response.asString().contains("Invalid duration: 10. Allowed months: 1,2,3,4,5,6,7,8,9,12,24,36,48,60"),
                response.asString());
        assertFalse(response.asString().contains("续费时长无效"));
        assertEquals(0, books.orderCount(me.accountId()));
    }

    @Test
    void forgedRenewalsOfReleasedOrLapsedResourcesAreRefusedWithTheReason() {
        Customer me = fixtures.customer("0");
        CloudResource released = fixtures.resource(me, "ECS", -20);          // ECS window: 15 days
        CloudResource lapsed = fixtures.resource(me, "ECS", -16);
        fixtures.storedStatus(lapsed, ResourceStatus.EXPIRED);              // the lifecycle job has not run yet
        ConsoleSession session = session(me);

        Response releasedAnswer = session.post("/renewals/" + released.id + "/renew", Map.of("months", "1"));
        assertEquals(409, releasedAnswer.statusCode());
        assertTrue(releasedAnswer.asString().contains("资源 " + released.name + " 已释放，不能续费"));

        Response lapsedAnswer = session.post("/renewals/" + lapsed.id + "/renew", Map.of("months", "1"));
        assertEquals(409, lapsedAnswer.statusCode());
        assertTrue(lapsedAnswer.asString().contains("资源 " + lapsed.name + " 已超过到期后可续费期限，不能续费"));

        assertEquals(0, books.orderCount(me.accountId()));
    }

    @Test
    void theBatchFormShowsEverySelectedResource() {
        Customer me = fixtures.customer("0");
        CloudResource a = fixtures.resource(me, "ECS", 5);
        CloudResource b = fixtures.resource(me, "RDS", 8);

        String form = page(session(me), "/renewals/batch?id=" + a.id + "&id=" + b.id);

        assertTrue(form.contains("已选择 2 个资源"));
        assertTrue(form.contains("<td>" + a.name + "</td>") && form.contains("<td>" + b.name + "</td>"), form);
        assertTrue(form.contains("1 个月 · 合计 ¥298.00"), "one month of both");
        assertTrue(form.contains("所选产品不支持逐个设置时长"), "RDS takes one duration for all");
    }

    @Test
    void oneDurationForAllMakesOneOrderWithALinePerResource() {
        Customer me = fixtures.customer("0");
        CloudResource a = fixtures.resource(me, "ECS", 5);
        CloudResource b = fixtures.resource(me, "RDS", 8);

        Response placed = session(me).post("/renewals/batch",
                Map.of("id", List.of(a.id, b.id), "mode", "all", "months", "1"));

        assertEquals(303, placed.statusCode());
        long order = createdOrder(placed);
        assertEquals(Map.of(a.id, 1, b.id, 1), books.lineMonths(order));
        assertEquals(Money.parse("298.00"), books.orderAmount(order));
        assertEquals(1, books.orderCount(me.accountId()));
    }

    @Test
    void aDurationPerResourceWhereTheProductAllowsIt() {
        Customer me = fixtures.customer("0");
        CloudResource a = fixtures.resource(me, "ECS", 5);
        CloudResource b = fixtures.resource(me, "ECS", 8);
        ConsoleSession session = session(me);
        assertTrue(page(session, "/renewals/batch?id=" + a.id + "&id=" + b.id).contains("name=\"months_" + b.id + "\""));

        Response placed = session.post("/renewals/batch", Map.of("id", List.of(a.id, b.id), "mode", "each",
                "months", "1", "months_" + a.id, "1", "months_" + b.id, "12"));

        assertEquals(303, placed.statusCode());
        long order = createdOrder(placed);
        assertEquals(Map.of(a.id, 1, b.id, 12), books.lineMonths(order));
        assertEquals(Money.parse("1287.00"), books.orderAmount(order));
    }

    @Test
    void productsWithoutPerResourceDurationsRefuseThem() {
        Customer me = fixtures.customer("0");
        CloudResource c = fixtures.resource(me, "RDS", 5);
        CloudResource d = fixtures.resource(me, "RDS", 8);

        Response refused = session(me).post("/renewals/batch", Map.of("id", List.of(c.id, d.id), "mode", "each",
                "months", "1", "months_" + c.id, "1", "months_" + d.id, "2"));

        assertEquals(400, refused.statusCode());
        assertTrue(refused.asString().contains("产品 RDS 不支持为每个资源单独设置时长"), refused.asString());
        assertTrue(refused.asString().contains("<td>" + c.name + "</td>"), "the batch form again");
        assertEquals(0, books.orderCount(me.accountId()));
    }

    @Test
    void aBatchWithAnotherAccountsResourceIsNotFound() {
        Customer me = fixtures.customer("0");
        Customer other = fixtures.customer("0");
        CloudResource mine = fixtures.resource(me, "ECS", 5);
        CloudResource theirs = fixtures.resource(other, "ECS", "rival-cache", 5);
        ConsoleSession session = session(me);

        Response form = session.get("/renewals/batch?id=" + mine.id + "&id=" + theirs.id);
        assertEquals(404, form.statusCode());
        assertFalse(form.asString().contains(theirs.name));

        Response posted = session.post("/renewals/batch",
                Map.of("id", List.of(mine.id, theirs.id), "mode", "all", "months", "1"));
        assertEquals(404, posted.statusCode());
        assertTrue(posted.asString().contains("资源 " + theirs.id + " 不存在"));
        assertFalse(posted.asString().contains(theirs.name));
        assertEquals(0, books.orderCount(me.accountId()));
        assertEquals(0, books.orderCount(other.accountId()));
    }

    @Test
    void anEmptySelectionIsRefused() {
        Customer me = fixtures.customer("0");
        ConsoleSession session = session(me);

        // issue 9: back to the list with the message (was a 400 page)
        Response form = session.get("/renewals/batch");
        assertEquals(303, form.statusCode());
        assertTrue(page(session, form.header("Location")).contains("请至少选择一个资源"));

        Response posted = session.post("/renewals/batch", Map.of("mode", "all", "months", "1"));
        assertEquals(400, posted.statusCode());
        assertTrue(posted.asString().contains("请至少选择一个资源"));
        assertEquals(0, books.orderCount(me.accountId()));
    }

    @Test
    void aResourceSelectedTwiceIsRenewedOnce() {
        Customer me = fixtures.customer("0");
        CloudResource ecs = fixtures.resource(me, "ECS", 5);

        Response placed = session(me).post("/renewals/batch",
                Map.of("id", List.of(ecs.id, ecs.id), "mode", "all", "months", "1"));

        assertEquals(303, placed.statusCode());
        long order = createdOrder(placed);
        assertEquals(Map.of(ecs.id, 1), books.lineMonths(order));
        assertEquals(Money.parse("99.00"), books.orderAmount(order));
    }

    @Test
    void aFormPostedWithoutItsCsrfTokenChangesNothing() {
        Customer me = fixtures.customer("0");
        CloudResource ecs = fixtures.resource(me, "ECS", 5);
        ConsoleSession session = session(me);
        page(session, "/renewals/" + ecs.id + "/renew");

        Response response = withCookiesOf(session).contentType("application/x-www-form-urlencoded")
                .formParam("months", "1")
                .post("/renewals/" + ecs.id + "/renew");

        assertEquals(400, response.statusCode());
        assertEquals(0, books.orderCount(me.accountId()));
    }

    @Test
    void aPaymentPostedAsPlainTextIsRefusedAndTheOrderStaysUnpaid() {
        Customer me = fixtures.customer("1000");
        CloudResource ecs = fixtures.resource(me, "ECS", 5);
        ConsoleSession session = session(me);
        long order = createdOrder(session.post("/renewals/" + ecs.id + "/renew", Map.of("months", "1")));
        page(session, "/orders/" + order);

        Response response = withCookiesOf(session).contentType("text/plain").body("pay")
                .post("/orders/" + order + "/pay");

        assertEquals(415, response.statusCode());
        assertEquals("UNPAID", books.orderStatus(order));
        assertEquals(Money.parse("1000.00"), books.cashBalance(me.accountId()));
        assertEquals(ecs.expiresAt, books.expiry(ecs.id));
    }

    private static ConsoleSession session(Customer customer) {
        return ConsoleSession.loggedIn(customer.username(), customer.password());
    }

    private static String page(ConsoleSession session, String path) {
        Response response = session.get(path);
        assertEquals(200, response.statusCode(), path);
        return response.asString();
    }

    private static void assertShown(ConsoleSession session, String path, CloudResource... expected) {
        List<Long> ids = Arrays.stream(expected).map(r -> r.id).toList();
        assertEquals(ids, rowIds(page(session, path), RESOURCE_ROW), path);
    }

    private static void assertBlocked(String row, CloudResource resource, String reason) {
        assertTrue(row.contains(reason), row);
        assertFalse(row.contains("type=\"checkbox\""), resource.name + " cannot be selected");
        assertFalse(row.contains("/renew\""), resource.name + " has no renew link");
    }

    /** The session's cookies (login and CSRF cookie) without the form's CSRF token. */
    private static RequestSpecification withCookiesOf(ConsoleSession session) {
        return RestAssured.given().redirects().follow(false)
                .cookie(ConsoleAuthenticationMechanism.SESSION_COOKIE,
                        session.cookie(ConsoleAuthenticationMechanism.SESSION_COOKIE))
                .cookie("billing_csrf", session.cookie("billing_csrf"));
    }
}
