package io.billingconsole.shared;

import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

import java.time.Duration;

/**
 * The settings of an outbox (the e-mails' {@code billing.mail.*}, the notice texts'
 * {@code billing.sms.outbox.*}): failed sends are retried with a doubling delay and given up after
 * the last attempt (the row stays with its error); the dispatcher sends a batch per run.
 */
public interface OutboxSettings {

    /** Give a row up after this many failed sends (it stays in the outbox with its last error). */
    @WithName("max-attempts")
    @WithDefault("30")
    int maxAttempts();

    /** Wait before the first retry; each further retry waits twice as long, up to {@link #maxRetryDelay()}. */
    @WithName("retry-delay")
    @WithDefault("PT1M")
    Duration retryDelay();

    @WithName("max-retry-delay")
    @WithDefault("PT1H")
    Duration maxRetryDelay();

    /** At most this many rows per dispatcher run. */
    @WithName("batch-size")
    @WithDefault("50")
    int batchSize();

    /**
     * How often the dispatcher looks for due rows (read by its {@code @Scheduled}); it also runs right
     * after each transaction that queued a row.
     */
    @WithName("dispatch-every")
    @WithDefault("10s")
    String dispatchEvery();
}
