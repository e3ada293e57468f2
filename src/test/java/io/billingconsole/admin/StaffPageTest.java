package io.billingconsole.admin;

import io.billingconsole.account.Role;
import io.billingconsole.support.ConsoleSession;
import io.billingconsole.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The back office's staff accounts page: operators only, forms post-redirect-get, refusals re-shown. */
@QuarkusTest
class StaffPageTest {

    @Inject
    Fixtures fixtures;

    @Test
    void onlyOperatorsSeeThePageLinkedFromTheBackOffice() {
        ConsoleSession operator = ConsoleSession.loggedIn(fixtures.staff(Role.OPERATOR), Fixtures.PASSWORD);
        assertTrue(operator.get("/admin").asString().contains("href=\"/admin/users\""));
        Response page = operator.get("/admin/users");
        assertEquals(200, page.statusCode());
        assertTrue(page.asString().contains("员工账号"));
        assertTrue(page.asString().contains("操作日志"));

        ConsoleSession finance = ConsoleSession.loggedIn(fixtures.staff(Role.FINANCE), Fixtures.PASSWORD);
        assertFalse(finance.get("/admin").asString().contains("href=\"/admin/users\""));
        assertEquals(403, finance.get("/admin/users").statusCode());
        assertEquals(403, finance.post("/admin/users", Map.of("username", "sneaky1", "role", "OPERATOR",
                "password", "sneaky-pass-1")).statusCode());
        Fixtures.Customer customer = fixtures.customer("0");
        assertEquals(403, ConsoleSession.loggedIn(customer.username(), customer.password()).get("/admin/users")
                .statusCode());
    }

    @Test
    void createsDisablesAndShowsTheAuditInEitherLanguage() {
        ConsoleSession operator = ConsoleSession.loggedIn(fixtures.staff(Role.OPERATOR), Fixtures.PASSWORD);
        String name = "pg" + System.nanoTime() % 1_000_000_000L;
        Response created = operator.post("/admin/users", Map.of("username", name, "email", "", "role", "OPERATOR",
                "password", "page-pass-123"));
        assertEquals(303, created.statusCode());
        assertTrue(created.header("Location").endsWith("/admin/users?done=created"));
        String page = operator.get("/admin/users?done=created").asString();
        assertTrue(page.contains("员工账号已创建"));
        assertTrue(page.contains("data-user=\"" + name + "\""));

        Response duplicate = operator.post("/admin/users", Map.of("username", name, "email", "x@provider.example",
                "role", "FINANCE", "password", "page-pass-123"));
        assertEquals(409, duplicate.statusCode());
        assertTrue(duplicate.asString().contains("用户名 " + name + " 已被使用"));
        assertTrue(duplicate.asString().contains("value=\"x@provider.example\""), "the input is shown again");

        Response weak = operator.post("/admin/users", Map.of("username", name + "b", "email", "",
                "role", "FINANCE", "password", "short"));
        assertEquals(400, weak.statusCode());
        assertTrue(weak.asString().contains("密码太短：至少需要 10 个字符"));

        java.util.regex.Matcher row = java.util.regex.Pattern.compile("data-user=\"" + name + "\" data-id=\"(\\d+)\"")
                .matcher(page);
        assertTrue(row.find(), "the new user's row");
        String id = row.group(1);
        assertEquals(303, operator.post("/admin/users/" + id + "/disable", Map.of()).statusCode());
        assertEquals(401, new ConsoleSession().login(name, "page-pass-123").statusCode());

        assertEquals(303, operator.post("/language", Map.of("lang", "en")).statusCode());
        String english = operator.get("/admin/users").asString();
        assertTrue(english.contains("Staff accounts"));
        assertTrue(english.contains("Account disabled") || english.contains("data-audit=\"USER_DISABLED\""));
        assertTrue(english.contains("Disabled"));
    }
}
