package io.billingconsole.sms;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The settings of SMS verification codes, of the notice texts' outbox and of the sandbox sender ({@code billing.sms.*}). */
@ConfigMapping(prefix = "billing.sms")
public interface SmsConfig {

    /** How long a code is accepted after it was sent. */
    @WithName("code-ttl")
    @WithDefault("PT5M")
    Duration codeTtl();

    /** At most one code per phone this often; a request before that is refused with the seconds to wait. */
    @WithName("resend-after")
    @WithDefault("PT1M")
    Duration resendAfter();

    Sandbox sandbox();

    /** The outbox of notice texts (notice.SmsDispatcher): retries like the mail outbox, but fewer (a late text misleads). */
    Outbox outbox();

    interface Outbox {
        /** Give a text up after this many failed sends (it stays in the outbox with its last error). */
        @WithName("max-attempts")
        @WithDefault("10")
        int maxAttempts();

        /** Wait before the first retry; each further retry waits twice as long, up to {@link #maxRetryDelay()}. */
        @WithName("retry-delay")
        @WithDefault("PT1M")
        Duration retryDelay();

        @WithName("max-retry-delay")
        @WithDefault("PT1H")
        Duration maxRetryDelay();

        /** At most this many texts per dispatcher run. */
        @WithName("batch-size")
        @WithDefault("50")
        int batchSize();

        /** How often the dispatcher looks for due texts (read by its {@code @Scheduled}); it also runs after each commit that queued one. */
        @WithName("dispatch-every")
        @WithDefault("10s")
        String dispatchEvery();
    }

    /** The sandbox sender, which keeps its messages in {@code sms_message} instead of sending them. */
    interface Sandbox {
        /** Each send waits this long first, as a slow provider would. */
        @WithDefault("PT0S")
        Duration delay();

        /** Sends to these phones fail (as a provider that cannot reach them); written as stored, e.g. 13800000000. */
        @WithName("fail-phones")
        Optional<List<String>> failPhones();
    }
}
