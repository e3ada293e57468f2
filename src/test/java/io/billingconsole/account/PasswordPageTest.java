package io.billingconsole.account;

import io.billingconsole.support.ConsoleSession;
import io.billingconsole.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every user changes their own password; the current one is required and their other sessions end. */
@QuarkusTest
class PasswordPageTest {

    @Inject
    Fixtures fixtures;

    @Inject
    DataSource dataSource;

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

    @Test
    void wrongCurrentPasswordsCountLikeWrongLoginsAndAWaitRefusesTheChange() throws SQLException {
        Fixtures.Customer customer = fixtures.customer("0");
        ConsoleSession here = ConsoleSession.loggedIn(customer.username(), customer.password());
        Map<String, String> guess = Map.of("current", "guessed-password", "password", "stolen-pass-12",
                "confirm", "stolen-pass-12");
        for (int i = 1; i <= 4; i++) {
            Response wrong = here.post("/account/password", guess);
            assertEquals(400, wrong.statusCode(), "guess " + i);
            assertTrue(wrong.asString().contains("当前密码不正确"));
        }
        Response fifth = here.post("/account/password", guess);
        assertEquals(429, fifth.statusCode());
        assertEquals("1", fifth.header("Retry-After"));
        assertTrue(fifth.asString().contains("尝试次数过多，请在 1 秒后重试"), fifth.asString());
        assertEquals(5, failures(customer.username()), "counted per username, in the login throttle");

        blockFor(customer.username(), 60);
        Response right = here.post("/account/password", Map.of("current", customer.password(),
                "password", "brand-new-pass-1", "confirm", "brand-new-pass-1"));
        assertEquals(429, right.statusCode(), "while the username waits even the right password is refused");
        assertTrue(Long.parseLong(right.header("Retry-After")) > 50);
        assertEquals(429, new ConsoleSession().login(customer.username(), customer.password()).statusCode(),
                "the login waits too: one count");
        assertEquals(5, failures(customer.username()), "a refused attempt is not counted");

        unblock(customer.username());
        assertEquals(303, here.post("/account/password", Map.of("current", customer.password(),
                "password", "brand-new-pass-1", "confirm", "brand-new-pass-1")).statusCode());
        assertEquals(0, failures(customer.username()), "the right password starts the count over");
        assertEquals(303, new ConsoleSession().login(customer.username(), "brand-new-pass-1").statusCode());
    }

    private void unblock(String username) throws SQLException {
        update("update login_throttle set blocked_until = now() - interval '1 second' where subject = ?", username);
    }

    private void blockFor(String username, int seconds) throws SQLException {
        update("update login_throttle set blocked_until = now() + interval '" + seconds + " seconds' where subject = ?",
                username);
    }

    private void update(String sql, String username) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement(sql)) {
            update.setString(1, username.toLowerCase());
            update.executeUpdate();
        }
    }

    private long failures(String username) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "select coalesce(sum(failures), 0) from login_throttle where kind = 'USERNAME' and subject = ?")) {
            query.setString(1, username.toLowerCase());
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }
}
