package io.billingconsole.jobs;

import io.billingconsole.account.Role;
import io.billingconsole.autorenew.AutoRenewService;
import io.billingconsole.resource.CloudResource;
import io.billingconsole.clock.TestClock;
import io.billingconsole.support.Api;
import io.billingconsole.support.Books;
import io.billingconsole.support.ConsoleSession;
import io.billingconsole.support.Fixtures;
import io.billingconsole.support.Fixtures.Customer;
import io.billingconsole.support.MailServer;
import io.billingconsole.support.Outbox;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * With the daily sweep at 06:30 instead of the default 08:00, the sweep runs then and every text that
 * names its time says 06:30: the balance-low notice and mail, the charge calendar, the back office.
 */
@QuarkusTest
@TestProfile(SweepTimeTest.SixThirty.class)
class SweepTimeTest {

    /** The console configured with {@code billing.sweep.daily-at=06:30}. */
    public static class SixThirty implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("billing.sweep.daily-at", "06:30");
        }
    }

    @Inject
    Fixtures fixtures;

    @Inject
    Books books;

    @Inject
    TestClock clock;

    @Inject
    AutoRenewService autoRenew;

    @Inject
    Outbox outbox;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void theBackOfficeStatesTheConfiguredTime() {
        ConsoleSession operator = ConsoleSession.loggedIn(fixtures.staff(Role.OPERATOR), Fixtures.PASSWORD);
        String page = operator.get("/admin").then().statusCode(200).extract().asString();
        assertTrue(page.contains("data-testid=\"jobs-hint\">每天 06:30（业务时区）运行自动续费与到期提醒"), page);
        assertFalse(page.contains("每天 08:00"), page);

        operator.post("/language", Map.of("lang", "en"));
        String english = operator.get("/admin").then().statusCode(200).extract().asString();
        assertTrue(english.contains("Auto-renewal and expiry notices run daily at 06:30 (business zone)"), english);
    }

    @Test
    void theSweepRunsAtTheConfiguredTimeAndTheBalanceLowNoticeSaysSo() throws Exception {
        long lastRun = books.lastJobRun();
        clock.moveTo(OffsetDateTime.parse("2017-03-20T12:00:00+08:00").toInstant());
        Customer broke = fixtures.customer("0");
        CloudResource ecs = fixtures.resource(broke, "ECS", 10);              // expires 2017-03-30 00:00
        autoRenew.set(broke.accountId(), ecs.id, 1);

        clock.moveTo(OffsetDateTime.parse("2017-03-21T07:00:00+08:00").toInstant());

        assertEquals(List.of("2017-03-21 INSUFFICIENT_BALANCE"), books.attempts(ecs.id));
        assertEquals(List.of("AUTO_RENEWAL VOIDED INSUFFICIENT_BALANCE 2017-03-21 06:30"), books.orders(broke.accountId()));
        assertEquals(List.of(), books.failedRunsAfter(lastRun));

        String mail = balanceLowMail(broke);
        assertTrue(mail.contains("系统将于 2017-03-22 06:30 再次尝试（每天 06:30 一次，最后一次在 2017-03-29 06:30）"), mail);
        assertFalse(mail.contains(" 08:00"), mail);

        Api.as(broke).header("Accept-Language", "en").get("/api/v1/notices").then().statusCode(200)
                .body("items[0].message", containsString("We will try again at 2017-03-22 06:30 (daily at 06:30,"
                        + " the last time at 2017-03-29 06:30)"));

        ConsoleSession customer = ConsoleSession.loggedIn(broke.username(), broke.password());
        String detail = customer.get("/renewals/" + ecs.id).then().statusCode(200).extract().asString();
        assertTrue(detail.contains("data-testid=\"next-attempt\">2017-03-22 06:30</dd>"), detail);
        assertTrue(detail.contains("data-testid=\"last-attempt\">2017-03-29 06:30</dd>"), detail);
        assertTrue(detail.contains("余额不足时重试（每天 06:30）"), detail);
        assertFalse(detail.contains(" 08:00"), detail);
    }

    /** The one balance-low mail of the account (besides the "auto-renewal enabled" one), once the outbox is drained. */
    private String balanceLowMail(Customer customer) throws Exception {
        List<MimeMessage> balanceLow = new ArrayList<>();
        for (MimeMessage mail : outbox.drainedMailsTo(customer.accountId(), customer.username() + "@example.com")) {
            if (mail.getSubject().startsWith("【余额不足】")) {   // not the funds-short warning
                balanceLow.add(mail);
            }
        }
        assertEquals(1, balanceLow.size());
        return MailServer.part(balanceLow.get(0), "text/plain");
    }
}
