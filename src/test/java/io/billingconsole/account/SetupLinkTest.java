package io.billingconsole.account;

import io.billingconsole.notice.OutboxMail;
import io.billingconsole.support.Api;
import io.billingconsole.support.ConsoleSession;
import io.billingconsole.support.Fixtures;
import io.billingconsole.support.MailServer;
import io.billingconsole.clock.TestClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Accounts opened without a password get a one-time setup link by mail (GreenMail), valid 24
 * hours on the business clock; a used or expired link says so and offers a new one.
 */
@QuarkusTest
class SetupLinkTest {

    private static final Pattern LINK = Pattern.compile("(/setup-password\\?token=[A-Za-z0-9_-]+)");

    @Inject
    Fixtures fixtures;

    @Inject
    TestClock clock;

    @Inject
    LoginThrottle throttle;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aNewCustomerChoosesTheirPasswordThroughTheMailedLinkOnce() throws Exception {
        String operator = fixtures.staff(Role.OPERATOR);
        String username = "link" + System.nanoTime() % 1_000_000_000L;
        String email = username + "@customer.example";
        Api.as(operator).body(Map.of("username", username, "email", email, "displayName", "Link Co."))
                .post("/api/v1/admin/accounts").then().statusCode(201);

        List<MimeMessage> mails = MailServer.awaitMailsTo(email, 1);
        assertEquals(1, mails.size(), "one setup mail");
        assertEquals("设置您的登录密码 · 费用与成本中心", mails.get(0).getSubject());
        String text = MailServer.part(mails.get(0), "text/plain");
        assertTrue(text.contains("登录账号 " + username), text);
        assertTrue(MailServer.part(mails.get(0), "text/html").contains("/setup-password?token="));
        String link = link(text);

        ConsoleSession browser = new ConsoleSession();
        Response form = browser.get(link);
        assertEquals(200, form.statusCode());
        assertTrue(form.asString().contains("为账号 " + username + " 设置登录密码"));
        String token = link.substring(link.indexOf('=') + 1);
        Response weak = browser.post("/setup-password", Map.of("token", token, "password", "short", "confirm", "short"));
        assertEquals(400, weak.statusCode());
        assertTrue(weak.asString().contains("密码太短"));

        Response set = browser.post("/setup-password", Map.of("token", token, "password", "my-own-pass-1",
                "confirm", "my-own-pass-1"));
        assertEquals(303, set.statusCode());
        assertTrue(set.header("Location").endsWith("/setup-password/done"));
        Api.as(username, "my-own-pass-1").get("/api/v1/account").then().statusCode(200);

        Response again = browser.get(link);
        assertEquals(410, again.statusCode());
        assertTrue(again.asString().contains("此链接已经使用过"));
        assertTrue(again.asString().contains("action=\"/setup-password/new\""), "offers a new link");
        Response reuse = browser.post("/setup-password", Map.of("token", token, "password", "stolen-pass-1",
                "confirm", "stolen-pass-1"));
        assertEquals(410, reuse.statusCode());
        Api.as(username, "my-own-pass-1").get("/api/v1/account").then().statusCode(200);
        Api.as(username, "stolen-pass-1").get("/api/v1/account").then().statusCode(401);
    }

    @Test
    void aStaffLinkExpiresAfter24HoursOfTheBusinessClockAndANewOneCanBeAskedFor() throws Exception {
        // days back first, so that the sweeps the move forward runs are dated in the past, not after real time
        clock.moveTo(clock.now().minus(Duration.ofDays(3)));
        String operator = fixtures.staff(Role.OPERATOR);
        String username = "late" + System.nanoTime() % 1_000_000_000L;
        String email = username + "@provider.example";
        Api.as(operator).body(Map.of("username", username, "email", email, "role", "FINANCE", "language", "en"))
                .post("/api/v1/admin/users").then().statusCode(201);
        MimeMessage mail = MailServer.awaitMailsTo(email, 1).get(0);
        assertEquals("Set your password · Billing & cost console", mail.getSubject());
        String link = link(MailServer.part(mail, "text/plain"));
        Api.as(username, "anything-at-all").get("/api/v1/notices").then().statusCode(401);

        clock.moveTo(clock.now().plus(Duration.ofHours(23)).plus(Duration.ofMinutes(59)));
        assertEquals(200, new ConsoleSession().get(link).statusCode(), "still valid before 24 hours");
        clock.moveTo(clock.now().plus(Duration.ofMinutes(2)));
        Response expired = new ConsoleSession().get(link);
        assertEquals(410, expired.statusCode());
        assertTrue(expired.asString().contains("此链接已过期"));

        ConsoleSession browser = new ConsoleSession();
        browser.get("/setup-password/new");
        Response asked = browser.post("/setup-password/new", Map.of("who", username.toUpperCase()));
        assertEquals(303, asked.statusCode());
        Response nobody = browser.post("/setup-password/new", Map.of("who", "nobody-" + username));
        assertEquals(303, nobody.statusCode());
        assertEquals(asked.header("Location"), nobody.header("Location"), "the same answer either way");

        List<MimeMessage> mails = MailServer.awaitMailsTo(email, 2);
        assertEquals(2, mails.size(), "a second link");
        String fresh = link(MailServer.part(mails.get(1), "text/plain"));
        assertEquals(200, browser.get(fresh).statusCode());
        assertEquals(303, browser.post("/setup-password", Map.of("token", fresh.substring(fresh.indexOf('=') + 1),
                "password", "late-but-mine-1", "confirm", "late-but-mine-1")).statusCode());
        assertEquals(200, ConsoleSession.loggedIn(username, "late-but-mine-1").get("/admin").statusCode());

        Api.as(operator).get("/api/v1/admin/audit?limit=500").then().statusCode(200)
                .body("findAll { it.target == '" + username + "' }.action", equalTo(List.of(
                        "PASSWORD_SET_BY_LINK", "SETUP_LINK_SENT", "SETUP_LINK_SENT", "STAFF_CREATED")))
                .body("findAll { it.target == '" + username + "' }.actor", equalTo(List.of(
                        Audit.ANONYMOUS, Audit.ANONYMOUS, operator, operator)));
    }

    @Test
    void aProvisioningScriptThatGivesThePasswordSendsNoSetupMail() {
        String operator = fixtures.staff(Role.OPERATOR);
        String username = "prov" + System.nanoTime() % 1_000_000_000L;
        int id = Api.as(operator).body(Map.of("username", username, "password", "scripted-pass-1",
                        "email", username + "@customer.example", "displayName", "Scripted Co."))
                .post("/api/v1/admin/accounts").then().statusCode(201).extract().path("id");
        // the outbox row would be written in the creating transaction: none is there
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> OutboxMail.count("accountId", (long) id)));
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> SetupToken.count("userId in (select u.id from"
                + " AppUser u where u.accountId = ?1)", (long) id)));
        Api.as(username, "scripted-pass-1").get("/api/v1/account").then().statusCode(200);
    }

    @Test
    void aPasswordSetThroughALinkStartsTheLoginCountOver() throws Exception {
        String operator = fixtures.staff(Role.OPERATOR);
        String username = "relock" + System.nanoTime() % 1_000_000_000L;
        String email = username + "@customer.example";
        Api.as(operator).body(Map.of("username", username, "email", email, "displayName", "Relock Co."))
                .post("/api/v1/admin/accounts").then().statusCode(201);
        String link = link(MailServer.part(MailServer.awaitMailsTo(email, 1).get(0), "text/plain"));
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 1; i <= 20; i++) {
                throttle.recordFailure(username, null, Instant.now());
            }
        });
        assertEquals(429, new ConsoleSession().login(username, "anything-at-all").statusCode(), "locked");

        assertEquals(303, new ConsoleSession().post("/setup-password", Map.of("token",
                link.substring(link.indexOf('=') + 1), "password", "fresh-start-1", "confirm", "fresh-start-1"))
                .statusCode());
        assertEquals(303, new ConsoleSession().login(username, "fresh-start-1").statusCode(),
                "the user who just chose a password can log in");
    }

    @Test
    void anUnknownTokenIsInvalidAndOffersANewLink() {
        Response page = new ConsoleSession().get("/setup-password?token=not-a-token");
        assertEquals(404, page.statusCode());
        assertTrue(page.asString().contains("此链接无效"));
        assertTrue(page.asString().contains("action=\"/setup-password/new\""));
    }

    private static String link(String text) {
        Matcher matcher = LINK.matcher(text);
        assertTrue(matcher.find(), text);
        return matcher.group(1);
    }
}
