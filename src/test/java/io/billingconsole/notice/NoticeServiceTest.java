package io.billingconsole.notice;

import io.billingconsole.resource.CloudResource;
import io.billingconsole.shared.Money;
import io.billingconsole.support.ConsoleSession;
import io.billingconsole.support.Eventually;
import io.billingconsole.support.Fixtures;
import io.billingconsole.support.Fixtures.Customer;
import io.billingconsole.support.MailServer;
import io.billingconsole.support.Outbox;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.transaction.TransactionalException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Publishing: one notice and one mail per key, rendered in the account's language, sent after commit. */
@QuarkusTest
class NoticeServiceTest {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    Fixtures fixtures;

    @Inject
    NoticeBooks books;

    @Inject
    NoticeService notices;

    @Inject
    ZoneId zone;

    @Inject
    Outbox outbox;

    @Test
    void aBalanceLowNoticeIsMailedToTheAccountWithAmountsDatesAndWhatToDo() throws Exception {
        Customer me = fixtures.customer("0");
        CloudResource ecs = fixtures.resource(me, "ECS", 5);
        NoticeFacts facts = NoticeFacts.balanceLow(ecs.id, ecs.name, "ECS", ecs.expiresAt, 3,
                Money.parse("1234.50"), Money.parse("234.50"), 4711L);

        assertTrue(books.publish(me.accountId(), NoticeKind.BALANCE_LOW, "balance-low:4711", facts));

        List<MimeMessage> mails = outbox.drainedMailsTo(me.accountId(), email(me));
        assertEquals(1, mails.size(), "the mail arrives without anyone calling the dispatcher");
        MimeMessage mail = mails.get(0);
        assertEquals("【余额不足】" + ecs.name, mail.getSubject());
        String text = MailServer.part(mail, "text/plain");
        String html = MailServer.part(mail, "text/html");
        Instant lastAttempt = LocalDate.ofInstant(ecs.expiresAt, zone).minusDays(1).atTime(8, 0).atZone(zone).toInstant();
        for (String body : List.of(text, html)) {
            assertTrue(body.contains("尊敬的 Customer " + me.username()), body);
            assertTrue(body.contains(ecs.name), body);
            assertTrue(body.contains("¥1,234.50"), "amount due in " + body);
            assertTrue(body.contains("¥234.50"), "missing amount in " + body);
            assertTrue(body.contains("#4711"), "voided order in " + body);
            assertTrue(body.contains(dateTime(ecs.expiresAt)), "expiry in " + body);
            assertTrue(body.contains(dateTime(lastAttempt)), "last attempt in " + body);
            assertTrue(body.contains("充值至少 ¥234.50"), "what to do in " + body);
            assertTrue(body.contains("云服务器 ECS"), "product name in " + body);
        }
        assertTrue(html.contains("<html lang=\"zh\">"), html);
        assertFalse(text.contains("<"), "no markup in the text part: " + text);

        OutboxMail row = Eventually.value(() -> books.outboxOf(me.accountId()).get(0), OutboxMail::isSent,
                "the dispatcher committed");
        assertEquals(1, row.attempts);
        assertEquals(email(me), row.recipient);
        assertEquals("【余额不足】" + ecs.name, row.subject, "the dispatcher keeps what it rendered and sent");
        assertEquals(text.replace("\r\n", "\n").strip(), row.bodyText.replace("\r\n", "\n").strip());
    }

    @Test
    void theBusinessTransactionQueuesTheMailUnrenderedTheDispatcherRendersIt() {
        Customer me = fixtures.customer("0");
        CloudResource ecs = fixtures.resource(me, "ECS", 7);
        NoticeFacts facts = NoticeFacts.expiry(ecs.id, ecs.name, "ECS", ecs.expiresAt, 7);

        OutboxMail queued = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> {
            assertTrue(notices.publish(me.accountId(), NoticeKind.EXPIRY_REMINDER, "unrendered:" + ecs.id, facts));
            return OutboxMail.<OutboxMail>list("accountId", me.accountId()).get(0);
        });
        assertEquals(null, queued.subject, "no template runs in the publishing transaction");
        assertEquals(null, queued.bodyHtml);

        MimeMessage mail = outbox.drainedMailsTo(me.accountId(), email(me)).get(0);
        OutboxMail sent = Eventually.value(() -> books.outboxOf(me.accountId()).get(0), OutboxMail::isSent, "sent");
        assertEquals(sent.subject, subject(mail));
        assertTrue(sent.subject.contains(ecs.name), sent.subject);
        assertTrue(sent.bodyHtml.contains(ecs.name), "the HTML part is kept too");
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theSameKeyTwiceGivesOneNoticeAndOneMail() {
        Customer me = fixtures.customer("0");
        CloudResource ecs = fixtures.resource(me, "ECS", 7);
        NoticeFacts facts = NoticeFacts.expiry(ecs.id, ecs.name, "ECS", ecs.expiresAt, 7);
        String key = "expiry:" + ecs.id + ":" + ecs.expiresAt.getEpochSecond() + ":7";

        assertTrue(books.publish(me.accountId(), NoticeKind.EXPIRY_REMINDER, key, facts));
        assertFalse(books.publish(me.accountId(), NoticeKind.EXPIRY_REMINDER, key, facts));

        assertEquals(1, books.noticesOf(me.accountId()).size());
        assertEquals(1, books.outboxOf(me.accountId()).size());
        assertEquals(1, outbox.drainedMailsTo(me.accountId(), email(me)).size());
        // a later sweep of the same point changes nothing either
        assertFalse(books.publish(me.accountId(), NoticeKind.EXPIRY_REMINDER, key, facts));
        assertEquals(1, books.outboxOf(me.accountId()).size());
        assertEquals(1, outbox.drainedMailsTo(me.accountId(), email(me)).size(), "sent once, never twice");
    }

    @Test
    void twoInstancesPublishingTheSamePointAtOnceRecordItOnce() throws Exception {
        Customer me = fixtures.customer("0");
        CloudResource ecs = fixtures.resource(me, "ECS", 3);
        NoticeFacts facts = NoticeFacts.expiry(ecs.id, ecs.name, "ECS", ecs.expiresAt, 3);
        CountDownLatch start = new CountDownLatch(1);
        Callable<Boolean> publish = () -> {
            start.await();
            return books.publish(me.accountId(), NoticeKind.EXPIRY_REMINDER, "expiry:same-moment", facts);
        };
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                results.add(threads.submit(publish));
            }
            start.countDown();
            int published = 0;
            for (Future<Boolean> result : results) {
                published += result.get() ? 1 : 0;
            }
            assertEquals(1, published, "exactly one publisher wins");
        } finally {
            threads.shutdownNow();
        }
        assertEquals(1, books.noticesOf(me.accountId()).size());
        assertEquals(1, books.outboxOf(me.accountId()).size());
        assertEquals(1, outbox.drainedMailsTo(me.accountId(), email(me)).size());
    }

    @Test
    void anAccountWithoutEmailGetsTheNoticeButNoMail() {
        Customer me = fixtures.customer("0");
        books.removeEmail(me.accountId());
        CloudResource ecs = fixtures.resource(me, "ECS", 15);

        assertTrue(books.publish(me.accountId(), NoticeKind.EXPIRY_REMINDER, "expiry:no-mail",
                NoticeFacts.expiry(ecs.id, ecs.name, "ECS", ecs.expiresAt, 15)));

        assertEquals(1, books.noticesOf(me.accountId()).size(), "in the message center");
        assertEquals(List.of(), books.outboxOf(me.accountId()), "nothing to send");
    }

    @Test
    void theMailIsInTheLanguageTheCustomerChose() throws Exception {
        Customer me = fixtures.customer("0");
        ConsoleSession session = ConsoleSession.loggedIn(me.username(), me.password());
        assertEquals(303, session.post("/language", Map.of("lang", "en")).statusCode());
        assertEquals("en", books.accountLanguage(me.accountId()), "the customer's choice is the account's");
        CloudResource ecs = fixtures.resource(me, "ECS", 40);
        Instant newExpiry = fixtures.midnight(70);

        books.publish(me.accountId(), NoticeKind.RENEWAL_SUCCEEDED, "renewed:1",
                NoticeFacts.renewed(ecs.id, ecs.name, "ECS", newExpiry, 1, Money.parse("99"), 812L));

        List<MimeMessage> mails = outbox.drainedMailsTo(me.accountId(), email(me));
        assertEquals(1, mails.size());
        MimeMessage mail = mails.get(0);
        assertEquals("Renewed: " + ecs.name, mail.getSubject());
        for (String body : List.of(MailServer.part(mail, "text/plain"), MailServer.part(mail, "text/html"))) {
            assertTrue(body.contains("Dear Customer " + me.username()), body);
            assertTrue(body.contains("was renewed for 1 month; ¥99.00 was charged (order #812)"), body);
            assertTrue(body.contains("New expiry: " + dateTime(newExpiry)), body);
            assertTrue(body.contains("ECS cloud server"), body);
            assertFalse(body.contains("续费"), body);
        }

        assertEquals(303, session.post("/language", Map.of("lang", "zh")).statusCode());
        assertEquals("zh", books.accountLanguage(me.accountId()));
    }

    @Test
    void publishingNeedsTheCallersTransaction() {
        Customer me = fixtures.customer("0");
        assertThrows(TransactionalException.class, () -> notices.publish(me.accountId(),
                NoticeKind.AUTO_RENEW_CANCELLED, "cancel:1", NoticeFacts.autoRenew(1L, "x", "ECS", null, null)));
        assertEquals(List.of(), books.noticesOf(me.accountId()));
    }

    static String email(Customer customer) {
        return customer.username() + "@example.com";
    }

    private String dateTime(Instant instant) {
        return DATE_TIME.format(instant.atZone(zone));
    }
}
