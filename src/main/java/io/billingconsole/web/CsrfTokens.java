package io.billingconsole.web;

import io.billingconsole.account.ConsoleAuthenticationMechanism;
import io.billingconsole.account.CurrentUser;
import io.billingconsole.shared.BillingConfig;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.core.NewCookie;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The CSRF token of the forms ({@code templates/tags/csrf.html}: {@code {inject:csrf.token}}).
 * Logged in, the token is an HMAC of the session cookie: it belongs to that session alone, and a
 * new login means a new token. Before login (the login form, the language switch) it is an HMAC
 * of a random login cookie, which is replaced at every login and logout. {@link CsrfCheck}
 * compares posted tokens with {@link #accepts}.
 */
@Named("csrf")
@RequestScoped
public class CsrfTokens {

    public static final String FIELD = "csrf_token";
    public static final String COOKIE = "billing_csrf";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    HttpServerRequest request;

    @Inject
    CurrentUser user;

    @Inject
    CsrfKey key;

    @Inject
    BillingConfig config;

    private String token;

    public String getParameterName() {
        return FIELD;
    }

    /** This request's token; before login, sets the login cookie when the browser has none yet. */
    public String getToken() {
        if (token == null) {
            String session = sessionToken();
            if (session != null) {
                token = key.sign("session", session);
            } else {
                String login = cookie(COOKIE);
                if (login == null) {
                    login = randomValue();
                    request.response().addCookie(Cookie.cookie(COOKIE, login).setPath("/").setHttpOnly(true)
                            .setSecure(config.session().secureCookie()).setSameSite(CookieSameSite.LAX));
                }
                token = key.sign("login", login);
            }
        }
        return token;
    }

    /** Whether a posted token is this browser's: its session's when logged in, else its login cookie's. */
    public boolean accepts(String submitted) {
        if (submitted == null || submitted.isEmpty()) {
            return false;
        }
        String session = sessionToken();
        String expected;
        if (session != null) {
            expected = key.sign("session", session);
        } else {
            String login = cookie(COOKIE);
            if (login == null) {
                return false;
            }
            expected = key.sign("login", login);
        }
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                submitted.getBytes(StandardCharsets.UTF_8));
    }

    /** A fresh login cookie for the answer to a login or a logout: no token from before survives it. */
    public NewCookie renewedCookie() {
        return new NewCookie.Builder(COOKIE).value(randomValue()).path("/").httpOnly(true)
                .secure(config.session().secureCookie()).sameSite(NewCookie.SameSite.LAX).build();
    }

    /** The session cookie, only when it belongs to a live session (the user is logged in with it). */
    private String sessionToken() {
        return user.loggedIn() ? cookie(ConsoleAuthenticationMechanism.SESSION_COOKIE) : null;
    }

    private String cookie(String name) {
        Cookie cookie = request.getCookie(name);
        return cookie == null || cookie.getValue().isBlank() ? null : cookie.getValue();
    }

    private static String randomValue() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
