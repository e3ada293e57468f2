package io.billingconsole.web;

import io.billingconsole.support.ConsoleSession;
import io.billingconsole.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** HSTS and Secure cookies behind HTTPS, the per-address login limit, a public /q/openapi. */
@QuarkusTest
@TestProfile(StrictSettingsProfile.class)
class StrictSettingsTest {

    private static final Pattern TOKEN = Pattern.compile("name=\"csrf_token\" value=\"([^\"]+)\"");

    @Inject
    Fixtures fixtures;

    @Test
    void secureCookiesBringHstsAndSecureSameSiteCookies() {
        for (String path : List.of("/login", "/static/console.css", "/favicon.ico")) {
            assertEquals("max-age=31536000", RestAssured.get(path).header("Strict-Transport-Security"), path);
        }
        Fixtures.Customer customer = fixtures.customer("0");
        ConsoleSession browser = new ConsoleSession();
        String loginCookie = browser.get("/login").header("Set-Cookie");
        assertTrue(loginCookie.startsWith(CsrfTokens.COOKIE + "=") && loginCookie.contains("Secure")
                && loginCookie.contains("SameSite=Lax") && loginCookie.toLowerCase().contains("httponly"), loginCookie);
        Response login = browser.login(customer.username(), customer.password());
        List<String> cookies = login.headers().getValues("Set-Cookie");
        assertEquals(2, cookies.size(), cookies.toString());
        cookies.forEach(cookie -> assertTrue(cookie.contains("Secure") && cookie.contains("SameSite=Lax")
                && cookie.toLowerCase().contains("httponly"), cookie));
    }

    @Test
    void oneAddressGuessingManyUsernamesHasToWait() {
        String address = "203.0.113.7";
        List<Integer> statuses = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            statuses.add(attempt("guess" + i + "-" + System.nanoTime(), address).statusCode());
        }
        assertEquals(List.of(401, 401, 429, 429), statuses);
        Response throttled = attempt("another" + System.nanoTime(), address);
        assertEquals(429, throttled.statusCode());
        assertTrue(throttled.asString().contains("尝试次数过多"));

        Fixtures.Customer customer = fixtures.customer("0");
        assertEquals(303, attempt(customer.username(), "198.51.100.23", customer.password()).statusCode(),
                "another address is not affected");
    }

    @Test
    void theApiDescriptionIsPublicWhenConfiguredSo() {
        RestAssured.given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body(containsString("/api/v1/renewals"));
    }

    private static Response attempt(String username, String address) {
        return attempt(username, address, "wrong-password");
    }

    /** A login form post from the given client address (as the proxy reports it in X-Forwarded-For). */
    private static Response attempt(String username, String address, String password) {
        ConsoleSession browser = new ConsoleSession();
        Matcher token = TOKEN.matcher(browser.get("/login").asString());
        assertTrue(token.find());
        return RestAssured.given().redirects().follow(false)
                .header("X-Forwarded-For", address)
                .cookie(CsrfTokens.COOKIE, browser.cookie(CsrfTokens.COOKIE))
                .contentType("application/x-www-form-urlencoded")
                .formParam("csrf_token", token.group(1))
                .formParam("username", username)
                .formParam("password", password)
                .post("/login");
    }
}
