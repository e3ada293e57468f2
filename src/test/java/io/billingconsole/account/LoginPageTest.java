package io.billingconsole.account;

import io.billingconsole.support.ConsoleSession;
import io.billingconsole.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class LoginPageTest {

    @Inject
    Fixtures fixtures;

    @Test
    void protectedPagesRedirectToLogin() {
        RestAssured.given().redirects().follow(false).get("/renewals")
                .then().statusCode(302).header("Location", containsString("/login"));
    }

    @Test
    void wrongPasswordIsRefusedWithAMessage() {
        Fixtures.Customer customer = fixtures.customer("0");
        ConsoleSession session = new ConsoleSession();
        Response response = session.login(customer.username(), "wrong-password");
        assertEquals(401, response.statusCode());
        assertTrue(response.asString().contains("用户名或密码错误"));
        assertEquals(302, session.get("/renewals").statusCode(), "still logged out");
    }

    @Test
    void logoutEndsTheSessionEvenForACopiedCookie() {
        Fixtures.Customer customer = fixtures.customer("0");
        ConsoleSession session = ConsoleSession.loggedIn(customer.username(), customer.password());
        String saved = session.cookie(ConsoleAuthenticationMechanism.SESSION_COOKIE);
        assertNotNull(saved);
        assertEquals(200, session.get("/renewals").statusCode());

        assertEquals(303, session.post("/logout", Map.of()).statusCode());

        ConsoleSession replay = new ConsoleSession();
        replay.setCookie(ConsoleAuthenticationMechanism.SESSION_COOKIE, saved);
        assertEquals(302, replay.get("/renewals").statusCode());
    }

    @Test
    void formsWithoutCsrfTokenAreRefused() {
        Fixtures.Customer customer = fixtures.customer("0");
        ConsoleSession session = ConsoleSession.loggedIn(customer.username(), customer.password());
        Response response = RestAssured.given().redirects().follow(false)
                .cookie(ConsoleAuthenticationMechanism.SESSION_COOKIE,
                        session.cookie(ConsoleAuthenticationMechanism.SESSION_COOKIE))
                .contentType("application/x-www-form-urlencoded")
                .formParam("lang", "en")
                .post("/language");
        assertEquals(400, response.statusCode());
    }
}
