package io.billingconsole.support;

import io.restassured.RestAssured;
import io.restassured.http.Cookies;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A browser-like client for page tests: keeps cookies and sends the CSRF token with every form. */
public class ConsoleSession {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf_token\" value=\"([^\"]+)\"");

    private final Map<String, String> cookies = new HashMap<>();
    private String csrfToken;

    public static ConsoleSession loggedIn(String username, String password) {
        ConsoleSession session = new ConsoleSession();
        Response response = session.login(username, password);
        assertEquals(303, response.statusCode(), "login of " + username);
        return session;
    }

    public Response login(String username, String password) {
        get("/login");
        Response response = post("/login", Map.of("username", username, "password", password));
        if (response.statusCode() == 303) {
            // form tokens belong to the session: pick up the new session's token, as a browser does on its next page
            get("/login");
        }
        return response;
    }

    public Response get(String path) {
        Response response = request().get(path);
        remember(response);
        return response;
    }

    /** A GET with extra request headers (e.g. {@link StatementCounter#HEADER}). */
    public Response get(String path, Map<String, String> headers) {
        Response response = request().headers(headers).get(path);
        remember(response);
        return response;
    }

    public Response post(String path, Map<String, ?> form) {
        if (csrfToken == null) {
            get("/login");
        }
        RequestSpecification request = request().contentType("application/x-www-form-urlencoded")
                .formParam("csrf_token", csrfToken);
        form.forEach((name, value) -> {
            if (value instanceof Iterable<?> values) {
                values.forEach(v -> request.formParam(name, v));
            } else {
                request.formParam(name, value);
            }
        });
        Response response = request.post(path);
        remember(response);
        return response;
    }

    public String cookie(String name) {
        return cookies.get(name);
    }

    public void setCookie(String name, String value) {
        cookies.put(name, value);
    }

    private RequestSpecification request() {
        return RestAssured.given().redirects().follow(false).cookies(cookies);
    }

    private void remember(Response response) {
        Cookies received = response.detailedCookies();
        received.forEach(c -> {
            if (c.getMaxAge() == 0 || c.getValue().isEmpty()) {
                cookies.remove(c.getName());
            } else {
                cookies.put(c.getName(), c.getValue());
            }
        });
        Matcher matcher = CSRF.matcher(response.asString());
        if (matcher.find()) {
            csrfToken = matcher.group(1);
        }
    }
}
