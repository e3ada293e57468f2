package io.billingconsole.notice;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Retry timing of an outbox mail: 1, 2, 4 ... minutes, at most an hour, given up after the last attempt. */
class MailBackoffTest {

    private static final Duration MINUTE = Duration.ofMinutes(1);
    private static final Duration HOUR = Duration.ofHours(1);
    private static final Instant NOW = Instant.parse("2025-03-21T00:00:00Z");

    @Test
    void theDelayDoublesUpToTheCap() {
        assertEquals(Duration.ofMinutes(1), OutboxMail.retryDelay(1, MINUTE, HOUR));
        assertEquals(Duration.ofMinutes(2), OutboxMail.retryDelay(2, MINUTE, HOUR));
        assertEquals(Duration.ofMinutes(4), OutboxMail.retryDelay(3, MINUTE, HOUR));
        assertEquals(Duration.ofMinutes(32), OutboxMail.retryDelay(6, MINUTE, HOUR));
        assertEquals(HOUR, OutboxMail.retryDelay(7, MINUTE, HOUR));
        assertEquals(HOUR, OutboxMail.retryDelay(1_000, MINUTE, HOUR), "no overflow after many failures");
    }

    @Test
    void aFailureIsRecordedAndScheduled() {
        OutboxMail mail = queued();
        mail.markFailed("Connection refused", NOW, 30, MINUTE, HOUR);
        mail.markFailed("Connection refused", NOW, 30, MINUTE, HOUR);

        assertEquals(2, mail.attempts);
        assertEquals("Connection refused", mail.lastError);
        assertEquals(NOW.plus(Duration.ofMinutes(2)), mail.nextAttemptAt);
        assertNull(mail.sentAt);
    }

    @Test
    void theLastAllowedFailureGivesTheMailUp() {
        OutboxMail mail = queued();
        for (int i = 0; i < 3; i++) {
            mail.markFailed("550 mailbox unavailable", NOW, 3, MINUTE, HOUR);
        }
        assertEquals(3, mail.attempts);
        assertNull(mail.nextAttemptAt, "no further attempt is due");
        assertNull(mail.sentAt);
    }

    @Test
    void longErrorsAreCutToTheColumn() {
        OutboxMail mail = queued();
        mail.markFailed("x".repeat(5_000), NOW, 30, MINUTE, HOUR);
        assertEquals(OutboxMail.MAX_ERROR_LENGTH, mail.lastError.length());
    }

    @Test
    void sendingClearsTheScheduleAndTheError() {
        OutboxMail mail = queued();
        mail.markFailed("timeout", NOW, 30, MINUTE, HOUR);
        mail.markSent(NOW.plus(MINUTE));

        assertTrue(mail.isSent());
        assertEquals(2, mail.attempts);
        assertNull(mail.nextAttemptAt);
        assertNull(mail.lastError);
    }

    private static OutboxMail queued() {
        return OutboxMail.ofNotice(1L, 2L, "a@example.com", NOW);
    }
}
