package io.billingconsole.notice;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

import java.time.Duration;
import java.time.Instant;

/**
 * What every outbox row (an e-mail, a text message) keeps about its delivery: the attempts, when the
 * next one is due, when it was sent, and the last error. Retries wait twice as long each time.
 */
@MappedSuperclass
public abstract class OutboxRow extends PanacheEntityBase {

    static final int MAX_ERROR_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "created_at")
    public Instant createdAt;

    public int attempts;

    /** Null once sent, or after the last allowed attempt failed. */
    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    @Column(name = "sent_at")
    public Instant sentAt;

    @Column(name = "last_error")
    public String lastError;

    /** Due at once. */
    void queuedAt(Instant now) {
        createdAt = now;
        nextAttemptAt = now;
    }

    public boolean isSent() {
        return sentAt != null;
    }

    void markSent(Instant now) {
        attempts++;
        sentAt = now;
        nextAttemptAt = null;
        lastError = null;
    }

    /**
     * Schedules the next try with a doubling delay (first {@code firstDelay}, at most {@code maxDelay});
     * after {@code maxAttempts} failures the row is given up and only its error remains.
     */
    void markFailed(String error, Instant now, int maxAttempts, Duration firstDelay, Duration maxDelay) {
        attempts++;
        lastError = error == null || error.length() <= MAX_ERROR_LENGTH ? error : error.substring(0, MAX_ERROR_LENGTH);
        nextAttemptAt = attempts >= maxAttempts ? null : now.plus(retryDelay(attempts, firstDelay, maxDelay));
    }

    /** 1st failure: firstDelay, 2nd: twice that, ... capped at maxDelay. */
    static Duration retryDelay(int failures, Duration firstDelay, Duration maxDelay) {
        Duration delay = firstDelay;
        for (int i = 1; i < failures && delay.compareTo(maxDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }
}
