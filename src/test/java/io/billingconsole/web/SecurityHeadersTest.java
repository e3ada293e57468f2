package io.billingconsole.web;

import io.billingconsole.support.Api;
import io.billingconsole.support.ConsoleSession;
import io.billingconsole.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every answer carries the browser-security headers: pages, API, static files, errors, 404s, redirects. */
@QuarkusTest
class SecurityHeadersTest {

    private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; form-action 'self'; "
            + "frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

    @Inject
    Fixtures fixtures;

    @Test
    void everyKindOfAnswerCarriesTheHeaders() {
        Fixtures.Customer customer = fixtures.customer("0");
        ConsoleSession session = ConsoleSession.loggedIn(customer.username(), customer.password());
        Map<String, Response> answers = Map.of(
                "login page", RestAssured.get("/login"),
                "customer page", session.get("/renewals"),
                "redirect to login", RestAssured.given().redirects().follow(false).get("/orders"),
                "static file", RestAssured.get("/static/console.css"),
                "script", RestAssured.get("/static/console.js"),
                "404", RestAssured.get("/favicon.ico"),
                "api", Api.as(customer).get("/api/v1/account"),
                "api 401", RestAssured.get("/api/v1/account"),
                "form refused", RestAssured.given().contentType("application/x-www-form-urlencoded")
                        .formParam("lang", "en").post("/language"),
                "health", RestAssured.get("/q/health/ready"));
        answers.forEach((what, response) -> {
            assertEquals(CSP, response.header("Content-Security-Policy"), what);
            assertEquals("DENY", response.header("X-Frame-Options"), what);
            assertEquals("nosniff", response.header("X-Content-Type-Options"), what);
            assertEquals("same-origin", response.header("Referrer-Policy"), what);
            assertNull(response.header("Strict-Transport-Security"), what + ": no HSTS without secure cookies");
        });
        assertEquals(200, answers.get("script").statusCode());
        assertEquals(404, answers.get("404").statusCode());
        assertEquals(400, answers.get("form refused").statusCode());
    }

    /** The policy forbids inline script, style and event handlers: no page template may have any. */
    @Test
    void noPageTemplateHasInlineScriptStyleOrHandlers() throws IOException {
        Pattern inline = Pattern.compile("<script(?![^>]*\\bsrc=)|<style|\\sstyle=|\\son[a-z]+=|javascript:",
                Pattern.CASE_INSENSITIVE);
        Path templates = Path.of("src/main/resources/templates");
        List<Path> offenders;
        try (Stream<Path> files = Files.walk(templates)) {
            offenders = files.filter(Files::isRegularFile)
                    // e-mails are not served by the console; mail clients need inline styles
                    .filter(p -> !p.startsWith(templates.resolve("mail")) && !p.startsWith(templates.resolve("NoticeMail")))
                    .filter(p -> inline.matcher(read(p)).find())
                    .toList();
        }
        assertEquals(List.of(), offenders);
        assertTrue(read(templates.resolve("layout.html")).contains("<script src=\"/static/console.js\" defer></script>"));
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
