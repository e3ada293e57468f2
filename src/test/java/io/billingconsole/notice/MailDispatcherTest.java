package io.billingconsole.notice;

import io.billingconsole.resource.CloudResource;
import io.billingconsole.clock.TestClock;
import io.billingconsole.support.Eventually;
import io.billingconsole.support.Fixtures;
import io.billingconsole.support.Fixtures.Customer;
import io.billingconsole.support.MailServer;
import io.billingconsole.support.Outbox;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The outbox against a real SMTP server: nothing lost while it is down, nothing sent twice. */
@QuarkusTest
class MailDispatcherTest {

    @Inject
    Fixtures fixtures;

    @Inject
    NoticeBooks books;

    @Inject
    MailDispatcher dispatcher;

    @Inject
    Clock clock;

    @Inject
    TestClock testClock;

    @Inject
    Outbox outbox;

    @Test
    void whileSmtpIsDownTheMailWaitsAndIsDeliveredOnceWhenItIsBack() {
        Customer me = fixtures.customer("0");
        CloudResource ecs = fixtures.resource(me, "ECS", 1);
        String address = NoticeServiceTest.email(me);
        MailServer.shutDown();
        try {
            assertTrue(books.publish(me.accountId(), NoticeKind.EXPIRY_REMINDER, "expiry:outage",
                    NoticeFacts.expiry(ecs.id, ecs.name, "ECS", ecs.expiresAt, 1)));

            // the after-commit run tries at once and fails; the mail stays queued with its error
            OutboxMail failed = Eventually.value(() -> outboxRow(me), m -> m.attempts > 0, "a send was attempted");
            assertNull(failed.sentAt);
            assertTrue(failed.lastError.contains("Connection refused"), failed.lastError);
            assertTrue(failed.nextAttemptAt.isAfter(failed.createdAt), "tried again later");
        } finally {
            MailServer.restart();
        }
        assertEquals(List.of(), MailServer.mailsTo(address));

        // runs after the backoff deliver it; other tests' mails may be due first, and a run that fails
        // on a stray connection error is retried too
        OutboxMail sent = Eventually.value(() -> {
            dispatcher.dispatch(clock.instant().plus(Duration.ofHours(2)));
            return outboxRow(me);
        }, OutboxMail::isSent, "delivered once SMTP is back");
        assertTrue(sent.attempts >= 2, "failed first, then sent");
        assertNull(sent.nextAttemptAt);
        assertNull(sent.lastError);
        assertEquals(1, outbox.drainedMailsTo(me.accountId(), address).size());

        dispatcher.dispatch(clock.instant().plus(Duration.ofDays(1)));
        assertEquals(sent.attempts, outboxRow(me).attempts, "a sent mail is never taken again");
        assertEquals(1, MailServer.mailsTo(address).size(), "delivered exactly once");
    }

    @Test
    void twoDispatchersRunningAtOnceSendEachMailOnce() throws Exception {
        Customer me = fixtures.customer("0");
        String address = NoticeServiceTest.email(me);
        Instant later = clock.instant().plus(Duration.ofDays(1));
        int count = 24;
        books.publishScheduled(me.accountId(), count, later);

        CountDownLatch start = new CountDownLatch(1);
        Callable<Integer> run = () -> {
            start.await();
            return dispatcher.dispatch(later);
        };
        ExecutorService threads = Executors.newFixedThreadPool(2);
        int sent = 0;
        try {
            List<Future<Integer>> runs = new ArrayList<>(List.of(threads.submit(run), threads.submit(run)));
            start.countDown();
            for (Future<Integer> result : runs) {
                sent += result.get();
            }
        } finally {
            threads.shutdownNow();
        }

        assertTrue(sent > 0, "the runs sent");
        // a run stops at a failed send (a stray connection error here); later runs send the rest
        List<OutboxMail> rows = Eventually.value(() -> {
            dispatcher.dispatch(later.plus(Duration.ofHours(1)));
            return books.outboxOf(me.accountId());
        }, all -> all.stream().allMatch(OutboxMail::isSent), "all sent");
        assertEquals(count, rows.size());

        List<MimeMessage> mails = outbox.drainedMailsTo(me.accountId(), address);
        Set<String> subjects = new HashSet<>();
        for (MimeMessage mail : mails) {
            subjects.add(mail.getSubject());
        }
        assertEquals(count, subjects.size(), "every mail arrived: " + subjects);
        assertEquals(count, mails.size(), "and none twice");
    }

    @Test
    void mailsWaitingAtALaterTestClockTimeGoOutWhenTheClockIsSetBack() {
        Customer me = fixtures.customer("0");
        String address = NoticeServiceTest.email(me);
        try {
            Instant moved = testClock.moveTo(clock.instant().plus(Duration.ofDays(3)));
            // queued while the clock was ahead, and backed off further (as after an SMTP failure)
            books.publishScheduled(me.accountId(), 2, moved.plus(Duration.ofHours(1)));
        } finally {
            testClock.reset();
        }

        assertEquals(2, outbox.drainedMailsTo(me.accountId(), address).size(), "not held back until three days from now");
        assertTrue(books.outboxOf(me.accountId()).stream().allMatch(OutboxMail::isSent), "both marked sent");
    }

    private OutboxMail outboxRow(Customer customer) {
        return books.outboxOf(customer.accountId()).get(0);
    }
}
