package io.billingconsole.admin;

import io.billingconsole.account.Role;
import io.billingconsole.clock.AdjustableClock;
import io.billingconsole.clock.TestClock;
import io.billingconsole.support.ConsoleSession;
import io.billingconsole.support.Fixtures;
import io.billingconsole.support.Fixtures.Customer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 后台管理 over HTTP: who may open it, the rules and accounts it lists, who may move the test clock. */
@QuarkusTest
class AdminPageTest {

    private static final List<String> PRODUCT_TYPES =
            List.of("DOMAIN", "DOMAIN_HK", "VIRTUAL_HOST", "SITE_BUILDER", "ENTERPRISE_MAIL", "ECS", "RDS");
    private static final Pattern TOTAL_PAGES = Pattern.compile("第 \\d+ / (\\d+) 页");

    @Inject
    Fixtures fixtures;

    @Inject
    TestClock testClock;

    @Inject
    AdjustableClock adjustableClock;

    @Inject
    Clock clock;

    @Inject
    ZoneId zone;

    @AfterEach
    void resetClock() {
        // the clock is shared by the whole test run
        testClock.reset();
    }

    @Test
    void operatorsAndFinanceSeeEveryProductRuleAndTheAccounts() {
        Customer customer = fixtures.customer("1234.5");
        for (Role role : new Role[] {Role.OPERATOR, Role.FINANCE}) {
            ConsoleSession session = ConsoleSession.loggedIn(fixtures.staff(role), Fixtures.PASSWORD);
            String page = page(session, "/admin");

            assertTrue(page.contains("产品续费规则"), role.name());
            for (String type : PRODUCT_TYPES) {
                assertTrue(page.contains("<span class=\"muted\">" + type + "</span>"), role + " sees " + type);
            }
            assertTrue(page.contains("云服务器 ECS <span class=\"muted\">ECS</span>"));
            assertTrue(page.contains("<td>1,2,3,4,5,6,7,8,9,12,24,36,48,60</td>"), "ECS durations");
            assertTrue(page.contains("<td class=\"num\">¥99.00</td>"), "ECS monthly price");
            assertTrue(accountRow(session, customer).contains("<td class=\"num\">¥1,234.50</td>"), role.name());
        }
    }

    @Test
    void customersAreNotLetIn() {
        Customer customer = fixtures.customer("0");
        ConsoleSession session = ConsoleSession.loggedIn(customer.username(), customer.password());

        Response response = session.get("/admin");

        assertEquals(403, response.statusCode());
        assertTrue(response.asString().contains("您无权访问此页面"));
        assertEquals(403, session.post("/admin/clock", Map.of("now", "2030-01-01T00:00")).statusCode());
        assertEquals(Duration.ZERO, adjustableClock.offset());
    }

    @Test
    void anOperatorMovesTheTestClockAndEveryPageShowsTheSimulatedTime() {
        ConsoleSession session = ConsoleSession.loggedIn(fixtures.staff(Role.OPERATOR), Fixtures.PASSWORD);
        // yesterday morning: moving back releases or expires nothing
        LocalDate yesterday = LocalDate.now(clock.withZone(zone)).minusDays(1);
        page(session, "/admin");

        Response moved = session.post("/admin/clock", Map.of("now", yesterday + "T09:30"));

        assertEquals(303, moved.statusCode());
        assertTrue(moved.header("Location").endsWith("/admin"), moved.header("Location"));
        String page = page(session, "/admin");
        assertTrue(page.contains("测试时钟已开启，当前模拟时间：" + yesterday + " 09:30"), page);
        assertTrue(page.contains("data-testid=\"clock-now\">" + yesterday + " 09:30</strong>"));
        assertEquals(yesterday, LocalDate.now(clock.withZone(zone)), "the business clock moved");

        assertEquals(303, session.post("/admin/clock/reset", Map.of()).statusCode());
        assertFalse(page(session, "/admin").contains("当前模拟时间：" + yesterday + " 09:30"));
    }

    @Test
    void anUnreadableTimeIsRefusedAndTheClockStays() {
        ConsoleSession session = ConsoleSession.loggedIn(fixtures.staff(Role.OPERATOR), Fixtures.PASSWORD);

        Response response = session.post("/admin/clock", Map.of("now", "tomorrow"));

        assertEquals(400, response.statusCode());
        assertTrue(response.asString().contains("输入无效：tomorrow"), response.asString());
        assertEquals(Duration.ZERO, adjustableClock.offset());
    }

    @Test
    void financeCannotMoveTheTestClock() {
        ConsoleSession session = ConsoleSession.loggedIn(fixtures.staff(Role.FINANCE), Fixtures.PASSWORD);
        String page = page(session, "/admin");
        assertFalse(page.contains("action=\"/admin/clock\""), "no clock form for finance");

        assertEquals(403, session.post("/admin/clock", Map.of("now", "2030-01-01T00:00")).statusCode());
        assertEquals(403, session.post("/admin/clock/reset", Map.of()).statusCode());
        assertEquals(Duration.ZERO, adjustableClock.offset());
    }

    /** The customer's row in the accounts list, which is paged by account id. */
    private static String accountRow(ConsoleSession session, Customer customer) {
        String row = "<tr><td>" + customer.accountId() + "</td><td>Customer " + customer.username() + "</td>";
        String first = page(session, "/admin");
        Matcher pages = TOTAL_PAGES.matcher(first);
        assertTrue(pages.find(), "a pager");
        for (int number = Integer.parseInt(pages.group(1)); number >= 1; number--) {
            String page = page(session, "/admin?page=" + number);
            int at = page.indexOf(row);
            if (at >= 0) {
                return page.substring(at, page.indexOf("</tr>", at));
            }
        }
        throw new AssertionError("account " + customer.accountId() + " is not listed");
    }

    private static String page(ConsoleSession session, String path) {
        Response response = session.get(path);
        assertEquals(200, response.statusCode(), path);
        return response.asString();
    }
}
