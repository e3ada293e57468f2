package io.billingconsole.overview;

import io.billingconsole.account.Role;
import io.billingconsole.resource.CloudResource;
import io.billingconsole.support.ConsoleSession;
import io.billingconsole.support.Fixtures;
import io.billingconsole.support.Fixtures.Customer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.billingconsole.support.PageText.createdOrder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 概览 over HTTP: the balance parts, what expires within 7 days, unpaid orders; who is sent elsewhere. */
@QuarkusTest
class OverviewPageTest {

    @Inject
    Fixtures fixtures;

    @Test
    void showsEveryBalancePartFormattedAsYuan() {
        Customer me = fixtures.customer("1234.5");
        fixtures.fund(me, "3000", "20.05");

        String page = page(session(me));

        assertTrue(page.contains("data-testid=\"cash-balance\">¥1,234.50</div>"), page);
        assertTrue(page.contains("<div class=\"figure\">¥3,000.00</div>"), "credit line");
        assertTrue(page.contains("可用信用额度: ¥3,000.00"), "credit available");
        assertTrue(page.contains("<div class=\"figure\">¥20.05</div>"), "vouchers");
        assertTrue(page.contains("<div class=\"figure\">¥4,254.55</div>"), "available for payment");
    }

    @Test
    void creditDrawnShowsAsANegativeCashBalanceAndLessCreditAvailable() {
        Customer me = fixtures.customer("100");
        fixtures.fund(me, "2000", "30");
        CloudResource ecs = fixtures.resource(me, "ECS", 5);
        ConsoleSession session = session(me);
        long order = createdOrder(session.post("/renewals/" + ecs.id + "/renew", Map.of("months", "12")));
        // 1,188.00 = voucher 30.00 + cash 100.00 + credit 1,058.00
        assertEquals(303, session.post("/orders/" + order + "/pay", Map.of()).statusCode());
        fixtures.fund(me, "2000", "12.34");

        String page = page(session);

        assertTrue(page.contains("data-testid=\"cash-balance\">-¥1,058.00</div>"), page);
        assertTrue(page.contains("<div class=\"figure\">¥2,000.00</div>"), "credit line");
        assertTrue(page.contains("可用信用额度: ¥942.00"), "credit available");
        assertTrue(page.contains("<div class=\"figure\">¥12.34</div>"), "vouchers");
        assertTrue(page.contains("<div class=\"figure\">¥954.34</div>"), "available for payment");
    }

    @Test
    void listsWhatExpiresWithinSevenDaysAndWhatIsUnpaid() {
        Customer me = fixtures.customer("1000");
        CloudResource soon = fixtures.resource(me, "ECS", "expires-soon", 3);
        CloudResource later = fixtures.resource(me, "ECS", "expires-later", 30);
        CloudResource pending = fixtures.resource(me, "RDS", "renewal-pending", 40);
        CloudResource settled = fixtures.resource(me, "RDS", "renewal-settled", 50);
        ConsoleSession session = session(me);
        long unpaid = createdOrder(session.post("/renewals/" + pending.id + "/renew", Map.of("months", "1")));
        long paid = createdOrder(session.post("/renewals/" + settled.id + "/renew", Map.of("months", "1")));
        assertEquals(303, session.post("/orders/" + paid + "/pay", Map.of()).statusCode());

        String page = page(session);

        assertTrue(page.contains("<td>" + soon.name + "</td>"), page);
        assertTrue(page.contains("<a href=\"/renewals/" + soon.id + "/renew\">"));
        assertFalse(page.contains(later.name));
        assertTrue(page.contains("<td>#" + unpaid + "</td>"));
        assertTrue(page.contains("<td class=\"num\">¥199.00</td><td><a href=\"/orders/" + unpaid + "\">"), page);
        assertFalse(page.contains("#" + paid + "<"));
        assertFalse(page.contains("/orders/" + paid + "\""));
    }

    @Test
    void saysSoWhenNothingExpiresAndNothingIsUnpaid() {
        Customer me = fixtures.customer("0");
        fixtures.resource(me, "ECS", 30);

        String page = page(session(me));

        assertTrue(page.contains("7 天内没有到期的资源"));
        assertTrue(page.contains("没有待支付订单"));
    }

    @Test
    void staffAreSentToTheBackOfficeAndVisitorsToTheLogin() {
        String operator = fixtures.staff(Role.OPERATOR);
        Response staff = ConsoleSession.loggedIn(operator, Fixtures.PASSWORD).get("/");
        assertEquals(303, staff.statusCode());
        assertTrue(staff.header("Location").endsWith("/admin"), staff.header("Location"));

        Response anonymous = RestAssured.given().redirects().follow(false).get("/");
        assertEquals(303, anonymous.statusCode());
        assertTrue(anonymous.header("Location").endsWith("/login"), anonymous.header("Location"));
    }

    @Test
    void expiredButRenewableResourcesComeFirstMostUrgentFirst() {
        Customer me = fixtures.customer("0");
        CloudResource ecs = fixtures.resource(me, "ECS", -3);          // window 15 days: released in 12 days
        CloudResource domain = fixtures.resource(me, "DOMAIN", -28);   // window 30 days: released in 2 days
        CloudResource gone = fixtures.resource(me, "ECS", -20);        // past its window: released
        CloudResource running = fixtures.resource(me, "ECS", 3);
        ConsoleSession session = session(me);

        String page = page(session);

        int section = page.indexOf("data-testid=\"expired-renewable\"");
        assertTrue(section > 0 && section < page.indexOf("data-testid=\"cash-balance\""), page);
        int domainRow = page.indexOf("data-resource=\"" + domain.id + "\"");
        int ecsRow = page.indexOf("data-resource=\"" + ecs.id + "\"");
        assertTrue(domainRow > section && ecsRow > domainRow, "released soonest first: " + page);
        assertTrue(page.contains("data-testid=\"days-to-release-" + domain.id + "\">还剩 2 天</strong>"), page);
        assertTrue(page.contains("data-testid=\"days-to-release-" + ecs.id + "\">还剩 12 天</strong>"), page);
        assertTrue(page.contains("href=\"/renewals/" + domain.id + "/renew\""), page);
        assertFalse(page.contains("data-resource=\"" + gone.id + "\""), "released resources are not offered");
        assertFalse(page.contains("data-resource=\"" + running.id + "\""), "running resources are in the other list");

        assertEquals(303, session.post("/language", Map.of("lang", "en")).statusCode());
        String en = page(session);
        assertTrue(en.contains("Expired, still renewable"), en);
        assertTrue(en.contains("data-testid=\"days-to-release-" + domain.id + "\">2 days left</strong>"), en);
    }

    @Test
    void noExpiredResourceNoUrgentSection() {
        Customer me = fixtures.customer("0");
        fixtures.resource(me, "ECS", 3);
        assertFalse(page(session(me)).contains("expired-renewable"));
    }

    private static ConsoleSession session(Customer customer) {
        return ConsoleSession.loggedIn(customer.username(), customer.password());
    }

    private static String page(ConsoleSession session) {
        Response response = session.get("/");
        assertEquals(200, response.statusCode());
        return response.asString();
    }
}
