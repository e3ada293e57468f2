package io.billingconsole.sms;

import io.billingconsole.shared.OutboxSettings;
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

    /**
     * The outbox of notice texts (notice.SmsDispatcher), {@code billing.sms.outbox.*}: retried like the
     * mail outbox; application.properties gives it up after fewer attempts (a late text misleads).
     */
    OutboxSettings outbox();

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
