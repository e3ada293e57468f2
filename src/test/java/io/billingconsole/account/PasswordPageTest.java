package io.billingconsole.account;

import io.billingconsole.support.ConsoleSession;
import io.billingconsole.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every user changes their own password; the current one is required and their other sessions end. */
@QuarkusTest
class PasswordPageTest {

    @Inject
    Fixtures fixtures;

    @Test
    void theHeaderLinksToThePageForEveryRole() {
        Fixtures.Customer customer = fixtures.customer("0");
        ConsoleSession me = ConsoleSession.loggedIn(customer.username(), customer.password());
        assertTrue(me.get("/").asString().contains("href=\"/account/password\""));
        ConsoleSession finance = ConsoleSession.loggedIn(fixtures.staff(io.billingconsole.account.Role.FINANCE),
                Fixtures.PASSWORD);
        assertTrue(finance.get("/admin").asString().contains("href=\"/account/password\""));
        assertEquals(200, finance.get("/account/password").statusCode());
        assertEquals(302, new ConsoleSession().get("/account/password").statusCode(), "not logged in: to the login");
    }

    @Test
    void aWrongCurrentPasswordChangesNothingAndARightOneEndsTheOtherSessions() {
        Fixtures.Customer customer = fixtures.customer("0");
        ConsoleSession here = ConsoleSession.loggedIn(customer.username(), customer.password());
        ConsoleSession elsewhere = ConsoleSession.loggedIn(customer.username(), customer.password());

        Response wrong = here.post("/account/password", Map.of("current", "not-my-password",
                "password", "brand-new-pass-1", "confirm", "brand-new-pass-1"));
        assertEquals(400, wrong.statusCode());
        assertTrue(wrong.asString().contains("当前密码不正确"));
        Response differ = here.post("/account/password", Map.of("current", customer.password(),
                "password", "brand-new-pass-1", "confirm", "brand-new-pass-2"));
        assertEquals(400, differ.statusCode());
        assertTrue(differ.asString().contains("两次输入的新密码不一致"));
        Response tooLong = here.post("/account/password", Map.of("current", customer.password(),
                "password", "x".repeat(73), "confirm", "x".repeat(73)));
        assertEquals(400, tooLong.statusCode());
        assertTrue(tooLong.asString().contains("最多 72 字节"));
        assertEquals(200, elsewhere.get("/renewals").statusCode(), "nothing changed yet");

        Response changed = here.post("/account/password", Map.of("current", customer.password(),
                "password", "brand-new-pass-1", "confirm", "brand-new-pass-1"));
        assertEquals(303, changed.statusCode());
        assertTrue(here.get("/account/password?done=1").asString().contains("密码已修改"));
        assertEquals(200, here.get("/renewals").statusCode(), "this session stays");
        assertEquals(302, elsewhere.get("/renewals").statusCode(), "the other session ended");
        assertEquals(401, new ConsoleSession().login(customer.username(), customer.password()).statusCode());
        assertEquals(303, new ConsoleSession().login(customer.username(), "brand-new-pass-1").statusCode());
    }
}
