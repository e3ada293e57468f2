package io.billingconsole.notice;

import io.billingconsole.clock.TestClock;
import io.billingconsole.jobs.DailySweeps;
import io.billingconsole.resource.CloudResource;
import io.billingconsole.sms.FlakySmsSender;
import io.billingconsole.sms.SmsBooks;
import io.billingconsole.support.Api;
import io.billingconsole.support.Books;
import io.billingconsole.support.Eventually;
import io.billingconsole.support.Fixtures;
import io.billingconsole.support.Fixtures.Customer;
import io.billingconsole.support.Outbox;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 12: SMS and e-mail notices sent once each over a simulated month, by the channels the customer
 * chose; and a text the provider refuses at first is retried and arrives once.
 */
@QuarkusTest
class SmsNoticeMonthTest {

    @Inject
    Fixtures fixtures;

    @Inject
    SmsBooks sms;

    @Inject
    Books books;

    @Inject
    NoticeBooks notices;

    @Inject
    Outbox outbox;

    @Inject
    TestClock testClock;

    @Inject
    Clock clock;

    @Inject
    ZoneId zone;

    @Inject
    DailySweeps sweeps;

    @Inject
    SmsDispatcher dispatcher;

    @Inject
    FlakySmsSender provider;

    @AfterEach
    void realTime() {
        testClock.reset();
    }

    @Test
    void eachReminderPointGivesOneMailAndOneTextWhereChosenAndNoTextWhereNot() throws Exception {
        Instant start = LocalDateTime.of(2017, 3, 1, 12, 0).atZone(zone).toInstant();
        testClock.moveTo(start);
        String phone = sms.newPhone();
        Customer me = sms.customerWithPhone(phone);
        String address = NoticeServiceTest.email(me);
        // SMS and e-mail for the expiry reminders, e-mail only for the release warning
        Api.as(me).body(List.of(Map.of("kind", "EXPIRY_REMINDER", "email", true, "sms", true),
                        Map.of("kind", "RELEASE_WARNING", "email", true, "sms", false)))
                .put("/api/v1/account/notice-preferences").then().statusCode(200);
        CloudResource ecs = fixtures.resource(me, "ECS", "month-web-1", 16);  // expires 03-17, released 04-01

        for (int day = 1; day <= 31; day++) {
            testClock.moveTo(start.plus(Duration.ofDays(day)));
            if (day % 3 == 0) {
                // the sweeps run again on the same day (a second instance, a manual run): nothing new
                sweeps.runNow("EXPIRY_NOTICES");
                sweeps.runNow("RESOURCE_LIFECYCLE");
            }
        }

        List<String> reminders = books.strings("select days_before::text from notice where kind = 'EXPIRY_REMINDER'"
                + " and resource_id = " + ecs.id + " order by created_at");
        assertEquals(List.of("15", "7", "3", "1", "0"), reminders, "each point once");
        assertEquals(1, books.count("select count(*) from notice where kind = 'RELEASE_WARNING' and resource_id = " + ecs.id));

        List<MimeMessage> mails = outbox.drainedMailsTo(me.accountId(), address);
        List<String> subjects = new ArrayList<>();
        for (MimeMessage mail : mails) {
            subjects.add(mail.getSubject());
        }
        assertEquals(5, subjects.stream().filter(s -> s.contains("到期提醒")).count(), "one mail per reminder: " + subjects);
        assertEquals(1, subjects.stream().filter(s -> s.contains("释放预警")).count(), "one release warning mail: " + subjects);

        outbox.drainedTexts(me.accountId());
        List<String> texts = sms.texts(phone);
        assertEquals(5, texts.size(), "one text per reminder and none for the release warning: " + texts);
        for (String text : texts) {
            assertTrue(text.startsWith("【费用中心】") && text.contains("month-web-1") && text.contains("2017-03-17"), text);
            assertTrue(text.codePointCount(0, text.length()) <= NoticeTexts.SMS_AIM, "short: " + text);
        }
        for (String point : List.of("还剩 15 天", "还剩 7 天", "还剩 3 天", "还剩 1 天", "已于今天")) {
            assertEquals(1, texts.stream().filter(t -> t.contains(point)).count(), point + " once: " + texts);
        }
        assertEquals(5, books.count("select count(*) from sms_outbox o join notice n on n.id = o.notice_id"
                + " where o.account_id = " + me.accountId() + " and n.kind = 'EXPIRY_REMINDER' and o.sent_at is not null"));
        assertEquals(0, books.count("select count(*) from sms_outbox o join notice n on n.id = o.notice_id"
                + " where o.account_id = " + me.accountId() + " and n.kind <> 'EXPIRY_REMINDER'"), "no text where not chosen");
    }

    @Test
    void aTextTheProviderRefusesIsRetriedAndArrivesOnce() {
        String phone = sms.newPhone();
        Customer me = sms.customerWithPhone(phone);
        Api.as(me).body(List.of(Map.of("kind", "AUTO_RENEW_ENABLED", "email", true, "sms", false),
                        Map.of("kind", "BALANCE_LOW", "email", false, "sms", true)))
                .put("/api/v1/account/notice-preferences").then().statusCode(200);
        provider.failNext(phone, 2);

        assertTrue(notices.publish(me.accountId(), NoticeKind.BALANCE_LOW, "balance-low:flaky",
                NoticeFacts.balanceLow(7L, "flaky-host", "ECS", clock.instant().plus(Duration.ofDays(3)), 1,
                        io.billingconsole.shared.Money.yuan(99), io.billingconsole.shared.Money.yuan(40), 77L)));
        OutboxSms failed = Eventually.value(() -> row(me), r -> r.attempts > 0, "a send was attempted");
        assertTrue(failed.lastError == null || failed.lastError.contains("provider is down") || failed.isSent(),
                String.valueOf(failed.lastError));

        OutboxSms sent = Eventually.value(() -> {
            dispatcher.dispatch(clock.instant().plus(Duration.ofHours(2)));
            return row(me);
        }, OutboxSms::isSent, "sent once the provider takes it");
        assertEquals(3, sent.attempts, "two refusals, then sent");
        assertEquals(null, sent.lastError);
        outbox.drainedTexts(me.accountId());
        dispatcher.dispatch(clock.instant().plus(Duration.ofDays(1)));
        List<String> texts = sms.texts(phone);
        assertEquals(1, texts.size(), "arrived exactly once: " + texts);
        assertTrue(texts.get(0).contains("flaky-host") && texts.get(0).contains("¥40.00"), texts.get(0));
        assertEquals(List.of(), notices.outboxOf(me.accountId()), "no e-mail: the customer turned it off");
    }

    private OutboxSms row(Customer customer) {
        return notices.smsOutboxOf(customer.accountId()).get(0);
    }
}
