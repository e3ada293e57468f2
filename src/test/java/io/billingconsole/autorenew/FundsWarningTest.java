package io.billingconsole.autorenew;

import io.billingconsole.clock.TestClock;
import io.billingconsole.notice.NoticeFacts;
import io.billingconsole.notice.NoticeKind;
import io.billingconsole.notice.NoticeMail;
import io.billingconsole.notice.RenderedMail;
import io.billingconsole.resource.CloudResource;
import io.billingconsole.shared.Money;
import io.billingconsole.support.Books;
import io.billingconsole.support.Fixtures;
import io.billingconsole.support.Fixtures.Customer;
import io.billingconsole.support.MailServer;
import io.billingconsole.support.Outbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * AUTO_RENEW_FUNDS_SHORT: N (default 3) days before an auto-renewal's first attempt, an account whose spendable
 * money does not cover all its auto-renewals due within those days is warned once, with the total and what is
 * missing; a covered account is not; N = 0 turns the warning off.
 */
@QuarkusTest
class FundsWarningTest {

    @Inject
    Fixtures fixtures;

    @Inject
    Books books;

    @Inject
    TestClock clock;

    @Inject
    ZoneId zone;

    @Inject
    AutoRenewService autoRenew;

    @Inject
    FundsWarningJob job;

    @Inject
    Outbox outbox;

    @Inject
    NoticeMail mail;

    @Inject
    EntityManager em;

    @AfterEach
    void realTime() {
        warningDays(3);
        clock.reset();
    }

    /**
     * Two ECS auto-renewals (¥99 each) with first attempts on 03-21 and 03-22. On 03-18 only the first is within
     * three days and ¥150 covers it; on 03-19 both are, ¥198 is needed and ¥48 missing: one warning, never two.
     */
    @Test
    void warnedOnceAtThePointWhenShortNotWhenCovered() throws Exception {
        clock.moveTo(at(2017, 3, 10, 12));
        Customer shortOne = fixtures.customer("150");
        Customer covered = fixtures.customer("198");
        List<CloudResource> shortOnes = twoAutoRenewals(shortOne);
        twoAutoRenewals(covered);

        clock.moveTo(at(2017, 3, 20, 12));

        assertEquals(List.of("03-19 19800 4800 2 3"), books.strings("select to_char(created_at at time zone"
                + " 'Asia/Shanghai', 'MM-DD') || ' ' || amount_fen || ' ' || missing_fen || ' ' || months || ' '"
                + " || days_before from notice where kind = 'AUTO_RENEW_FUNDS_SHORT' and account_id = "
                + shortOne.accountId()));
        assertEquals(List.of(shortOnes.get(0).name + ", " + shortOnes.get(1).name + " "
                        + at(2017, 3, 21, 8).getEpochSecond() + " " + LocalDate.of(2017, 3, 30).atStartOfDay(zone)
                        .toInstant().getEpochSecond()),
                books.strings("select resource_name || ' ' || extract(epoch from release_at)::bigint || ' '"
                        + " || extract(epoch from expires_at)::bigint from notice"
                        + " where kind = 'AUTO_RENEW_FUNDS_SHORT' and account_id = " + shortOne.accountId()),
                "the names, the first attempt and the earliest expiry");
        assertEquals(0, funds(covered), "¥198 covers both");

        assertEquals(0, job.run(LocalDate.of(2017, 3, 19)).changed(), "a second run of the day sends nothing");
        assertEquals(1, funds(shortOne), "never twice");

        List<String> texts = mailsOf(shortOne);
        assertEquals(1, texts.size(), "one mail");
        String text = texts.get(0);
        assertTrue(text.contains("¥198.00") && text.contains("¥48.00") && text.contains("2017-03-21 08:00")
                && text.contains("2017-03-30 00:00") && text.contains(shortOnes.get(1).name), text);
    }

    @Test
    void zeroDaysTurnsTheWarningOff() {
        warningDays(0);
        clock.moveTo(at(2017, 3, 10, 12));
        Customer broke = fixtures.customer("0");
        twoAutoRenewals(broke);

        clock.moveTo(at(2017, 3, 20, 12));

        assertEquals(0, funds(broke));
    }

    @Test
    void theMailSaysItInEnglish() {
        RenderedMail english = mail.render(NoticeKind.AUTO_RENEW_FUNDS_SHORT,
                NoticeFacts.fundsShort(null, "web-1, web-2", 2, Money.parse("198.00"), Money.parse("48.00"),
                        at(2017, 3, 21, 8), LocalDate.of(2017, 3, 30).atStartOfDay(zone).toInstant(), 3),
                at(2017, 3, 18, 8), "Customer", "en");
        assertTrue(english.subject().contains("Auto-renewal funds short"), english.subject());
        assertTrue(english.text().contains("2 auto-renewals are due") && english.text().contains("48.00 short")
                && english.text().contains("2017-03-21 08:00"), english.text());
        assertTrue(english.html().contains("198.00") && english.html().contains("web-1, web-2"), english.html());
    }

    @Test
    void aLongListOfNamesFitsTheColumn() {
        List<CloudResource> many = new java.util.ArrayList<>();
        for (int i = 0; i < 30; i++) {
            CloudResource r = new CloudResource();
            r.name = "website-number-" + i;
            many.add(r);
        }
        String names = FundsWarnings.names(many);
        assertTrue(names.length() <= 120 && names.endsWith("(+25)"), names);
    }

    private List<CloudResource> twoAutoRenewals(Customer customer) {
        CloudResource first = fixtures.resource(customer, "ECS", 20);       // 03-30: first attempt 03-21
        CloudResource second = fixtures.resource(customer, "ECS", 21);      // 03-31: first attempt 03-22
        autoRenew.set(customer.accountId(), first.id, 1);
        autoRenew.set(customer.accountId(), second.id, 1);
        return List.of(first, second);
    }

    private long funds(Customer customer) {
        return books.count("select count(*) from notice where kind = 'AUTO_RENEW_FUNDS_SHORT' and account_id = "
                + customer.accountId());
    }

    private List<String> mailsOf(Customer customer) throws Exception {
        List<String> texts = new java.util.ArrayList<>();
        for (MimeMessage m : outbox.drainedMailsTo(customer.accountId(), customer.username() + "@example.com")) {
            if (m.getSubject().startsWith("【自动续费余额不足预警】")) {
                texts.add(MailServer.part(m, "text/plain"));
            }
        }
        return texts;
    }

    private void warningDays(int days) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update notice_schedule set funds_warning_days = ?1 where id = 1").setParameter(1, days).executeUpdate());
    }

    private Instant at(int year, int month, int day, int hour) {
        return LocalDateTime.of(year, month, day, hour, 0).atZone(zone).toInstant();
    }
}
