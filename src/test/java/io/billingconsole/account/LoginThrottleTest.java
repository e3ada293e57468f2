package io.billingconsole.account;

import io.billingconsole.support.Api;
import io.billingconsole.support.ConsoleSession;
import io.billingconsole.support.Fixtures;
import io.billingconsole.support.MailServer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Login guessing is throttled per username (5 failures: a wait of 1 s, doubling; 20: locked for
 * 15 minutes with a notice), on the login form and on HTTP Basic alike, counted in the database.
 * The per-address limit is tested in {@code web.StrictSettingsTest} (every test here comes from
 * 127.0.0.1, whose limit the test profile lifts).
 */
@QuarkusTest
class LoginThrottleTest {

    private static final Pattern ALERT = Pattern.compile("<p class=\"error\" role=\"alert\">([^<]*)</p>");

    @Inject
    Fixtures fixtures;

    @Inject
    DataSource dataSource;

    @Inject
    LoginThrottle throttle;

    @Test
    void fiveFailuresMakeTheUsernameWaitAndTheRightPasswordIsNotCheckedMeanwhile() throws SQLException {
        Fixtures.Customer customer = fixtures.customer("0");
        ConsoleSession session = new ConsoleSession();
        for (int i = 1; i <= 4; i++) {
            Response wrong = session.login(customer.username(), "wrong-password");
            assertEquals(401, wrong.statusCode(), "failure " + i);
            assertEquals("用户名或密码错误", alert(wrong));
        }
        Response fifth = session.login(customer.username(), "wrong-password");
        assertEquals(429, fifth.statusCode());
        assertEquals("1", fifth.header("Retry-After"));
        assertEquals("尝试次数过多，请在 1 秒后重试", alert(fifth));

        blockFor(customer.username(), 60);
        Response rightTooSoon = session.login(customer.username(), customer.password());
        assertEquals(429, rightTooSoon.statusCode(), "inside the wait even the right password is refused");
        assertTrue(Long.parseLong(rightTooSoon.header("Retry-After")) > 50);
        assertEquals(302, session.get("/renewals").statusCode(), "still logged out");
        assertEquals(5, failures(customer.username()), "a refused attempt is not counted");

        unblock(customer.username());
        assertEquals(303, session.login(customer.username(), customer.password()).statusCode());
        assertEquals(0, failures(customer.username()), "a success starts the username's count over");
    }

    @Test
    void theWaitGrowsWithEachFurtherFailure() throws SQLException {
        Fixtures.Customer customer = fixtures.customer("0");
        List<String> waits = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            unblock(customer.username());
            Response response = Api.as(customer.username(), "wrong-password").get("/api/v1/account");
            waits.add(response.statusCode() + ":" + response.header("Retry-After"));
        }
        assertEquals(List.of("401:null", "401:null", "401:null", "401:null", "429:1", "429:2", "429:4", "429:8"),
                waits);
    }

    @Test
    void basicAuthIsThrottledLikeTheFormAndSharesItsCount() throws SQLException {
        Fixtures.Customer customer = fixtures.customer("0");
        // a recent success is cached for API clients: the cache must not let a throttled user in
        Api.as(customer).get("/api/v1/account").then().statusCode(200);
        ConsoleSession browser = new ConsoleSession();
        for (int i = 1; i <= 3; i++) {
            assertEquals(401, browser.login(customer.username(), "wrong-password").statusCode());
        }
        Api.as(customer.username(), "wrong-password").get("/api/v1/account").then().statusCode(401);
        Api.as(customer.username(), "wrong-password").header("Accept-Language", "en").get("/api/v1/account")
                .then().statusCode(429).header("Retry-After", "1")
                .body("code", equalTo("TOO_MANY_LOGIN_ATTEMPTS"))
                .body("message", equalTo("Too many attempts, try again in 1 seconds"));

        blockFor(customer.username(), 60);
        Api.as(customer).get("/api/v1/account").then().statusCode(429);
        assertEquals(429, browser.login(customer.username(), customer.password()).statusCode());
    }

    @Test
    void unknownUsernamesGetExactlyTheSameAnswers() {
        Fixtures.Customer customer = fixtures.customer("0");
        String unknown = "nobody" + customer.username();
        assertEquals(answers(customer.username()), answers(unknown));
        assertEquals(List.of("401 用户名或密码错误", "401 用户名或密码错误", "401 用户名或密码错误",
                "401 用户名或密码错误", "429 尝试次数过多，请在 1 秒后重试"), answers(unknown + "x"));
    }

    @Test
    void aSuccessStartsTheCountOver() {
        Fixtures.Customer customer = fixtures.customer("0");
        for (int round = 0; round < 2; round++) {
            for (int i = 1; i <= 4; i++) {
                Api.as(customer.username(), "wrong-password").get("/api/v1/account").then().statusCode(401);
            }
            Api.as(customer).get("/api/v1/account").then().statusCode(200);
        }
        Api.as(customer.username(), "wrong-password").get("/api/v1/account").then().statusCode(401);
    }

    @Test
    void twentyFailuresLockTheLoginAndTellTheCustomer() throws Exception {
        Fixtures.Customer customer = fixtures.customer("0");
        ConsoleSession session = new ConsoleSession();
        Response last = null;
        for (int i = 1; i <= 20; i++) {
            unblock(customer.username());
            last = session.login(customer.username(), "wrong-password");
        }
        assertEquals(429, last.statusCode());
        long retryAfter = Long.parseLong(last.header("Retry-After"));
        assertTrue(retryAfter > 890 && retryAfter <= 900, "locked for 15 minutes: " + retryAfter);
        assertEquals(429, session.login(customer.username(), customer.password()).statusCode());
        Api.as(customer).get("/api/v1/account").then().statusCode(429);

        List<MimeMessage> mails = MailServer.awaitMailsTo(customer.username() + "@example.com", 1);
        assertEquals(1, mails.size());
        assertEquals("【登录已暂时锁定】" + customer.username(), mails.get(0).getSubject());
        assertTrue(MailServer.part(mails.get(0), "text/plain").contains("锁定至"));
        assertEquals(1, count("select count(*) from notice where account_id = ? and kind = 'LOGIN_LOCKED'",
                customer.accountId()));

        // once the lock has passed (moved into the past here), the right password works again
        unblock(customer.username());
        assertEquals(303, session.login(customer.username(), customer.password()).statusCode());
    }

    @Test
    void staffLoginsLockTooAndWithoutAnEmailAddressNobodyIsMailed() throws SQLException {
        String operator = fixtures.staff(Role.OPERATOR);
        for (int i = 1; i <= 20; i++) {
            unblock(operator);
            Api.as(operator, "wrong-password").get("/api/v1/admin/jobs");
        }
        Api.as(operator).get("/api/v1/admin/jobs").then().statusCode(429).body("code", equalTo("TOO_MANY_LOGIN_ATTEMPTS"));
        assertEquals(20, failures(operator));
        assertEquals(0, count("select count(*) from notice where kind = 'LOGIN_LOCKED' and resource_name = ?", operator),
                "staff have no message center: no notice");
        assertEquals(0, count("select count(*) from audit_log where action = 'LOGIN_LOCK_MAILED' and target = ?",
                operator), "no e-mail address: no mail");
    }

    @Test
    void aLockedStaffUserWithAnEmailAddressIsMailedInTheirLanguageOnceADay() throws Exception {
        String operator = fixtures.staff(Role.OPERATOR);
        String name = "lockfin" + System.nanoTime() % 1_000_000_000L;
        String email = name + "@provider.example";
        Api.as(operator).body(Map.of("username", name, "password", "finance-pass-77", "role", "FINANCE",
                "email", email, "language", "en")).post("/api/v1/admin/users").then().statusCode(201);
        for (int i = 1; i <= 20; i++) {
            unblock(name);
            Api.as(name, "wrong-password").get("/api/v1/account");
        }
        Api.as(name, "finance-pass-77").get("/api/v1/admin/jobs").then().statusCode(429);

        List<MimeMessage> mails = MailServer.awaitMailsTo(email, 1);
        assertEquals(1, mails.size());
        assertEquals("Login locked: " + name, mails.get(0).getSubject());
        String text = MailServer.part(mails.get(0), "text/plain");
        assertTrue(text.startsWith("Dear " + name + ","), text);
        assertTrue(text.contains("Your login " + name + " is locked until"), text);
        assertTrue(text.contains("Locked until: "), text);
        assertFalse(text.contains("/notices"), "staff have no message center: " + text);
        assertFalse(MailServer.part(mails.get(0), "text/html").contains("/notices"));
        assertEquals(1, count("select count(*) from audit_log where action = 'LOGIN_LOCK_MAILED' and actor = 'system'"
                + " and target = ?", name));

        // locked again the same day (the lock passed, one more wrong password): no second mail
        unblock(name);
        Api.as(name, "wrong-password").get("/api/v1/account").then().statusCode(429);
        assertEquals(21, failures(name));
        assertEquals(1, count("select count(*) from audit_log where action = 'LOGIN_LOCK_MAILED' and target = ?", name));
        assertEquals(1, count("select count(*) from mail_outbox where recipient = ?", email), "one mail a day");
    }

    @Test
    void aPasswordResetByAnOperatorStartsTheCountOver() throws SQLException {
        String operator = fixtures.staff(Role.OPERATOR);
        String name = "lockreset" + System.nanoTime() % 1_000_000_000L;
        int id = Api.as(operator).body(Map.of("username", name, "password", "before-pass-1", "role", "FINANCE"))
                .post("/api/v1/admin/users").then().statusCode(201).extract().path("id");
        for (int i = 1; i <= 20; i++) {
            unblock(name);
            Api.as(name, "wrong-password").get("/api/v1/account");
        }
        assertEquals(429, new ConsoleSession().login(name, "before-pass-1").statusCode(), "locked");

        Api.as(operator).body(Map.of("password", "after-pass-22")).put("/api/v1/admin/users/" + id + "/password")
                .then().statusCode(200);
        assertEquals(0, failures(name), "the new password starts the count over");
        assertEquals(303, new ConsoleSession().login(name, "after-pass-22").statusCode(), "no longer locked");
    }

    @Test
    void oldCountsArePurged() throws Exception {
        Instant now = Instant.now();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("""
                     insert into login_throttle (kind, subject, failures, last_failure_at) values
                     ('ADDRESS', '198.51.100.1', 3, now() - interval '25 hours'),
                     ('USERNAME', 'recent-purge-check', 3, now() - interval '1 hour')""")) {
            insert.executeUpdate();
        }
        throttle.purge(now);
        assertEquals(0, count("select count(*) from login_throttle where subject = ?", "198.51.100.1"));
        assertEquals(1, count("select count(*) from login_throttle where subject = ?", "recent-purge-check"));
    }

    /** Status and message of five wrong logins in a row on the form. */
    private static List<String> answers(String username) {
        ConsoleSession session = new ConsoleSession();
        List<String> answers = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Response response = session.login(username, "wrong-password");
            answers.add(response.statusCode() + " " + alert(response));
        }
        return answers;
    }

    private static String alert(Response response) {
        Matcher matcher = ALERT.matcher(response.asString());
        assertTrue(matcher.find(), "an alert on the page");
        String text = matcher.group(1);
        assertFalse(matcher.find(), "one alert only");
        return text;
    }

    /** Plays the passing of the current wait: it ends now. */
    private void unblock(String username) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement(
                     "update login_throttle set blocked_until = now() - interval '1 second' where subject = ?")) {
            update.setString(1, username.toLowerCase());
            update.executeUpdate();
        }
    }

    /** Makes the username's current wait last the given seconds from now. */
    private void blockFor(String username, int seconds) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement(
                     "update login_throttle set blocked_until = now() + make_interval(secs => ?) where subject = ?")) {
            update.setInt(1, seconds);
            update.setString(2, username.toLowerCase());
            update.executeUpdate();
        }
    }

    private long failures(String username) throws SQLException {
        return count("select coalesce(sum(failures), 0) from login_throttle where kind = 'USERNAME' and subject = ?",
                username.toLowerCase());
    }

    private long count(String sql, Object parameter) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(sql)) {
            query.setObject(1, parameter);
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }
}
