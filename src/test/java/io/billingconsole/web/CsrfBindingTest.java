package io.billingconsole.web;

import io.billingconsole.account.ConsoleAuthenticationMechanism;
import io.billingconsole.support.ConsoleSession;
import io.billingconsole.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Form tokens belong to one browser session and change at login: a planted cookie and token are refused. */
@QuarkusTest
class CsrfBindingTest {

    private static final Pattern TOKEN = Pattern.compile("name=\"csrf_token\" value=\"([^\"]+)\"");
    private static final String SESSION = ConsoleAuthenticationMechanism.SESSION_COOKIE;

    @Inject
    Fixtures fixtures;

    @Test
    void aPlantedCookieAndTokenFromAnotherSessionAreRefused() {
        Fixtures.Customer victim = fixtures.customer("0");
        Fixtures.Customer attacker = fixtures.customer("0");
        ConsoleSession victims = ConsoleSession.loggedIn(victim.username(), victim.password());
        ConsoleSession attackers = ConsoleSession.loggedIn(attacker.username(), attacker.password());
        ConsoleSession anonymous = new ConsoleSession();

        // the attacker's own logged-in token, and a token of a browser that never logged in
        for (ConsoleSession planted : new ConsoleSession[]{attackers, anonymous}) {
            String token = token(planted.get("/login"));
            Response forged = RestAssured.given().redirects().follow(false)
                    .cookie(SESSION, victims.cookie(SESSION))
                    .cookie(CsrfTokens.COOKIE, planted.cookie(CsrfTokens.COOKIE))
                    .contentType("application/x-www-form-urlencoded")
                    .formParam("csrf_token", token)
                    .post("/logout");
            assertEquals(400, forged.statusCode());
            assertTrue(forged.asString().contains("页面已过期"), forged.asString());
        }
        assertEquals(200, victims.get("/renewals").statusCode(), "the victim is still logged in");
        assertEquals(303, victims.post("/logout", java.util.Map.of()).statusCode(), "the victim's own token works");
    }

    @Test
    void theTokenChangesAtLoginAndTheOldOneNoLongerWorks() {
        Fixtures.Customer customer = fixtures.customer("0");
        ConsoleSession browser = new ConsoleSession();
        Response loginPage = browser.get("/login");
        String before = token(loginPage);
        String loginCookieBefore = browser.cookie(CsrfTokens.COOKIE);
        assertNotNull(loginCookieBefore);
        String setCookie = loginPage.header("Set-Cookie");
        assertTrue(setCookie.contains("SameSite=Lax") && setCookie.toLowerCase().contains("httponly"), setCookie);

        Response login = browser.post("/login", java.util.Map.of("username", customer.username(),
                "password", customer.password()));
        assertEquals(303, login.statusCode());
        assertNotEquals(loginCookieBefore, browser.cookie(CsrfTokens.COOKIE), "the login cookie is replaced");
        String after = token(browser.get("/renewals"));
        assertNotEquals(before, after);

        Response old = RestAssured.given().redirects().follow(false)
                .cookie(SESSION, browser.cookie(SESSION))
                .cookie(CsrfTokens.COOKIE, loginCookieBefore)
                .contentType("application/x-www-form-urlencoded")
                .formParam("csrf_token", before).formParam("lang", "en")
                .post("/language");
        assertEquals(400, old.statusCode());

        ConsoleSession second = ConsoleSession.loggedIn(customer.username(), customer.password());
        assertNotEquals(after, token(second.get("/renewals")), "each session of the same user has its own token");
    }

    private static String token(Response page) {
        Matcher matcher = TOKEN.matcher(page.asString());
        assertTrue(matcher.find(), "a form token on the page");
        return matcher.group(1);
    }
}
