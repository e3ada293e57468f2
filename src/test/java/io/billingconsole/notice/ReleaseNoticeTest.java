package io.billingconsole.notice;

import io.billingconsole.billing.BillingBooks;
import io.billingconsole.billing.PaygOverdueJob;
import io.billingconsole.clock.TestClock;
import io.billingconsole.resource.CloudResource;
import io.billingconsole.resource.ResourceStatus;
import io.billingconsole.resource.ScheduledReleaseJob;
import io.billingconsole.shared.Money;
import io.billingconsole.support.Api;
import io.billingconsole.support.Books;
import io.billingconsole.support.Fixtures;
import io.billingconsole.support.Fixtures.Customer;
import io.billingconsole.support.MailServer;
import io.billingconsole.support.Outbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import static io.billingconsole.support.TestDates.JAN_26;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * RESOURCE_RELEASED and RESOURCE_UNSUBSCRIBED: each way a resource goes (release now, the scheduled release,
 * the overdue release, the unsubscribe) leaves one notice for its account and resource, and one mail, also when
 * the action or the job runs again.
 */
@QuarkusTest
class ReleaseNoticeTest {

    private static final Instant AT = Instant.parse("2026-12-03T00:00:00Z");

    @Inject
    Fixtures fixtures;

    @Inject
    Books books;

    @Inject
    BillingBooks billing;

    @Inject
    TestClock clock;

    @Inject
    ScheduledReleaseJob scheduled;

    @Inject
    PaygOverdueJob overdue;

    @Inject
    Outbox outbox;

    @Inject
    NoticeMail mail;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void releaseNowNoticesAndMailsTheCustomerOnce() throws Exception {
        Customer me = fixtures.customer("0");
        Customer other = fixtures.customer("0");
        CloudResource payg = fixtures.payg(me, "ECS");
        CloudResource kept = fixtures.payg(me, "ECS");

        Api.as(me).post("/api/v1/resources/" + payg.id + "/release").then().statusCode(200);
        Api.as(me).post("/api/v1/resources/" + payg.id + "/release").then().statusCode(409);

        assertEquals(List.of("RESOURCE_RELEASED " + payg.id + " CUSTOMER"), notices(me));
        assertEquals(List.of(), notices(other));
        assertEquals(0, books.count("select count(*) from notice where account_id = " + me.accountId()
                + " and resource_id = " + kept.id));
        assertEquals(1, queuedMails(me, NoticeKind.RESOURCE_RELEASED), "one mail queued");
        // an SMTP time-out under load may deliver a retried mail twice: the test asks that it arrived
        List<MimeMessage> mails = outbox.drainedMailsTo(me.accountId(), email(me));
        assertTrue(!mails.isEmpty(), "the mail arrived");
        assertEquals("【资源已释放】" + payg.name, mails.get(0).getSubject());
        String text = MailServer.part(mails.get(0), "text/plain");
        assertTrue(text.contains("已按您的操作立即释放") && text.contains("您的操作（立即释放）"), text);
    }

    @Test
    void theScheduledReleaseNoticesEachReleasedResourceOnceWithTheScheduledTime() {
        clock.moveTo(JAN_26);
        Customer me = fixtures.customer("0");
        Customer other = fixtures.customer("0");
        CloudResource mine = fixtures.payg(me, "ECS");
        CloudResource theirs = fixtures.payg(other, "ECS");
        for (var r : List.of(Map.entry(me, mine), Map.entry(other, theirs))) {
            Api.as(r.getKey()).body(Map.of("releaseAt", "2018-01-26T12:30"))
                    .put("/api/v1/resources/" + r.getValue().id + "/release-at").then().statusCode(200);
        }
        Instant past = JAN_26.minusSeconds(60);
        QuarkusTransaction.requiringNew().run(() -> CloudResource.update("releaseAt = ?1 where id in ?2", past,
                List.of(mine.id, theirs.id)));

        assertEquals(2, scheduled.release());
        assertEquals(0, scheduled.release());

        assertEquals(List.of("RESOURCE_RELEASED " + mine.id + " SCHEDULED"), notices(me));
        assertEquals(List.of("RESOURCE_RELEASED " + theirs.id + " SCHEDULED"), notices(other));
        assertEquals(List.of(String.valueOf(past.getEpochSecond())), books.strings(
                "select extract(epoch from release_at)::bigint from notice where account_id = " + me.accountId()
                        + " and resource_id = " + mine.id));
    }

    @Test
    void theOverdueReleaseNoticesEachReleasedResourceOnce() {
        Customer me = fixtures.customer("0");
        billing.autoRepay(me, false);
        CloudResource server = fixtures.payg(me, "ECS");
        billing.lastMonthUsage(server, "40.00");
        billing.closeMonth();
        LocalDate today = billing.today();
        overdue.run(today.plusDays(2));
        assertEquals(ResourceStatus.STOPPED, billing.resource(server.id).status);
        assertEquals(0, billing.notices(me.accountId(), "RESOURCE_RELEASED"));

        LocalDate stoppedOn = billing.today();
        overdue.run(stoppedOn.plusDays(15));
        overdue.run(stoppedOn.plusDays(16));

        assertEquals(ResourceStatus.RELEASED, billing.resource(server.id).status);
        assertEquals(List.of("RESOURCE_RELEASED " + server.id + " OVERDUE"), notices(me).stream()
                .filter(n -> n.startsWith("RESOURCE_")).toList());
    }

    @Test
    void unsubscribingNoticesTheRefundOnceAndMailsIt() throws Exception {
        clock.moveTo(JAN_26);
        Customer me = fixtures.customer("1000");
        CloudResource ecs = fixtures.resource(me, "ECS", 5);
        long order = Api.as(me).body(Map.of("resourceIds", new long[]{ecs.id}, "months", 1))
                .post("/api/v1/renewals").then().statusCode(201).extract().<Integer>path("id").longValue();
        Api.as(me).post("/api/v1/orders/" + order + "/pay").then().statusCode(200);
        clock.moveTo(OffsetDateTime.parse("2018-01-27T12:00:00+08:00").toInstant());

        for (int i = 0; i < 2; i++) {
            Api.as(me).body(Map.of("idempotencyKey", "unsub-notice")).post("/api/v1/resources/" + ecs.id + "/unsubscribe")
                    .then().statusCode(201);
        }

        assertEquals(List.of("RESOURCE_UNSUBSCRIBED " + ecs.id + " -"), notices(me).stream()
                .filter(n -> n.startsWith("RESOURCE_")).toList());
        assertEquals(List.of("9900 0"), books.strings("select amount_fen || ' ' || missing_fen from notice"
                + " where kind = 'RESOURCE_UNSUBSCRIBED' and account_id = " + me.accountId() + " and resource_id = " + ecs.id));
        assertEquals(1, queuedMails(me, NoticeKind.RESOURCE_UNSUBSCRIBED), "one mail queued");
        List<MimeMessage> mails = outbox.drainedMailsTo(me.accountId(), email(me)).stream()
                .filter(m -> subject(m).startsWith("【资源已退订】")).toList();
        assertTrue(!mails.isEmpty(), "the mail arrived");
        String text = MailServer.part(mails.get(0), "text/plain");
        assertTrue(text.contains("¥99.00") && text.contains("/transactions") && text.contains("退回信用额度"), text);
    }

    @Test
    void theMailsNameTheWayOfTheReleaseInEnglish() {
        NoticeFacts base = NoticeFacts.released(7L, "web-1", "ECS", AT, "SCHEDULED");
        RenderedMail scheduledMail = mail.render(NoticeKind.RESOURCE_RELEASED, base, AT, "Customer", "en");
        assertTrue(scheduledMail.subject().contains("Resource released"), scheduledMail.subject());
        assertTrue(scheduledMail.text().contains("the release time you set")
                && scheduledMail.text().contains("Scheduled release time reached"), scheduledMail.text());
        RenderedMail overdueMail = mail.render(NoticeKind.RESOURCE_RELEASED,
                NoticeFacts.released(7L, "web-1", "ECS", AT, "OVERDUE"), AT, "Customer", "en");
        assertTrue(overdueMail.html().contains("Arrears overdue") && overdueMail.html().contains("arrears stayed unpaid"),
                overdueMail.html());
        RenderedMail unsubscribed = mail.render(NoticeKind.RESOURCE_UNSUBSCRIBED,
                NoticeFacts.unsubscribed(7L, "web-1", "ECS", AT, Money.parse("50.00"), Money.parse("19.00")), AT,
                "Customer", "en");
        assertTrue(unsubscribed.text().contains("69.00") && unsubscribed.text().contains("19.00 back to your credit line")
                && unsubscribed.text().contains("/transactions"), unsubscribed.text());
    }

    private List<String> notices(Customer customer) {
        return books.strings("select kind || ' ' || coalesce(resource_id::text, '-') || ' ' || coalesce(release_reason, '-') from notice"
                + " where account_id = " + customer.accountId() + " order by id");
    }

    /** Queued mails of the kind's notices (a notice's mail is rendered only when the dispatcher sends it). */
    private long queuedMails(Customer customer, NoticeKind kind) {
        return books.count("select count(*) from mail_outbox m join notice n on n.id = m.notice_id"
                + " where m.account_id = " + customer.accountId() + " and n.kind = '" + kind.name() + "'");
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String email(Customer customer) {
        return customer.username() + "@example.com";
    }
}
