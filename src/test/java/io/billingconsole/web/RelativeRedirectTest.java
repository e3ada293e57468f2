package io.billingconsole.web;

import io.billingconsole.resource.CloudResource;
import io.billingconsole.support.Api;
import io.billingconsole.support.ConsoleSession;
import io.billingconsole.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Redirects never take the host from the request: a forged Host header cannot send the browser elsewhere. */
@QuarkusTest
class RelativeRedirectTest {

    private static final String EVIL = "evil.example";
    private static final Pattern TOKEN = Pattern.compile("name=\"csrf_token\" value=\"([^\"]+)\"");

    @Inject
    Fixtures fixtures;

    @Test
    void redirectsAreRelativeWhateverTheHostHeaderSays() {
        Fixtures.Customer customer = fixtures.customer("1000");
        CloudResource ecs = fixtures.resource(customer, "ECS", 40);
        int orderId = Api.as(customer).body(Map.of("resourceIds", List.of(ecs.id), "months", 1))
                .post("/api/v1/renewals").then().statusCode(201).extract().path("id");

        Response unauthenticated = RestAssured.given().redirects().follow(false).header("Host", EVIL).get("/renewals");
        assertEquals(302, unauthenticated.statusCode());
        // relative, and back to the page asked for after the login
        assertEquals("/login?next=%2Frenewals", unauthenticated.header("Location"));

        Browser browser = new Browser();
        Response login = browser.post("/login", Map.of("username", customer.username(), "password", customer.password()));
        assertEquals(303, login.statusCode());
        assertEquals("/", login.header("Location"));

        Response language = browser.post("/language", Map.of("lang", "en"), "http://" + EVIL + "/orders?status=UNPAID");
        assertEquals(303, language.statusCode());
        assertEquals("/orders?status=UNPAID", language.header("Location"));

        Response voided = browser.post("/orders/" + orderId + "/void", Map.of());
        assertEquals(303, voided.statusCode());
        assertTrue(voided.header("Location").startsWith("/orders/" + orderId), voided.header("Location"));

        Response logout = browser.post("/logout", Map.of());
        assertEquals(303, logout.statusCode());
        assertEquals("/login?out=1", logout.header("Location"));
    }

    /** A browser that reached the console under a forged Host header. */
    private static final class Browser {
        private final ConsoleSession cookies = new ConsoleSession();
        private String token;

        Response post(String path, Map<String, String> form) {
            return post(path, form, null);
        }

        Response post(String path, Map<String, String> form, String referer) {
            Response page = cookies.get("/login");
            Matcher matcher = TOKEN.matcher(page.asString());
            assertTrue(matcher.find());
            token = matcher.group(1);
            var request = RestAssured.given().redirects().follow(false).header("Host", EVIL)
                    .contentType("application/x-www-form-urlencoded").formParam("csrf_token", token);
            for (String name : List.of("billing_session", "billing_csrf")) {
                if (cookies.cookie(name) != null) {
                    request.cookie(name, cookies.cookie(name));
                }
            }
            if (referer != null) {
                request.header("Referer", referer);
            }
            form.forEach(request::formParam);
            Response response = request.post(path);
            response.detailedCookies().forEach(c -> cookies.setCookie(c.getName(), c.getValue()));
            return response;
        }
    }
}
