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

/**
 * Like {@link ConsoleSession} (cookies kept, the CSRF token taken from every page it sees), but posts
 * a form body exactly as written, for tests that send what a browser never would: bad
 * percent-escapes, thousands of fields, NUL bytes.
 */
public class RawFormSession {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf_token\" value=\"([^\"]+)\"");

    private final Map<String, String> cookies = new HashMap<>();
    private String csrfToken;

    public static RawFormSession loggedIn(String username, String password) {
        RawFormSession session = new RawFormSession();
        session.get("/login");
        Response response = session.post("/login", "username=" + username + "&password=" + password);
        assertEquals(303, response.statusCode(), "login of " + username);
        session.get("/");
        return session;
    }

    /** Not logged in, with the CSRF token of the login page. */
    public static RawFormSession anonymous() {
        RawFormSession session = new RawFormSession();
        session.get("/login");
        return session;
    }

    public Response get(String path) {
        Response response = request().urlEncodingEnabled(false).get(path);
        remember(response);
        return response;
    }

    /** Posts {@code csrf_token=<token>&} followed by {@code body}, unencoded. */
    public Response post(String path, String body) {
        Response response = request().urlEncodingEnabled(false)
                .contentType("application/x-www-form-urlencoded")
                .body("csrf_token=" + csrfToken + "&" + body).post(path);
        remember(response);
        return response;
    }

    /** Posts {@code body} as it is with another content type (no CSRF token: it only fits forms). */
    public Response postAs(String path, String body, String contentType) {
        Response response = request().urlEncodingEnabled(false).contentType(contentType).body(body).post(path);
        remember(response);
        return response;
    }

    /** The CSRF token of the last page seen, for forms sent with {@link RawHttp}. */
    public String csrfToken() {
        return csrfToken;
    }

    /** The session's cookies as a Cookie header, for requests sent with {@link RawHttp}. */
    public String cookieHeader() {
        StringBuilder header = new StringBuilder();
        cookies.forEach((name, value) -> header.append(header.length() == 0 ? "" : "; ").append(name).append('=')
                .append(value));
        return header.toString();
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
