package io.billingconsole.payout;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

import java.time.Duration;
import java.util.Map;

/** Payout settings ({@code billing.payout.*}); the job's interval is {@code billing.payout.every}, read by its annotation. */
@ConfigMapping(prefix = "billing.payout")
public interface PayoutConfig {

    /** How often the payout job runs (a Quarkus scheduler interval such as 30s; "off" stops it). */
    @WithDefault("30s")
    String every();

    /** Withdrawals claimed per batch. */
    @WithName("batch-size")
    @WithDefault("20")
    int batchSize();

    Sandbox sandbox();

    /** The sandbox provider ({@link SandboxPayoutProvider}). */
    interface Sandbox {

        /** A payout is paid (or fails) this long after it was accepted, on the business clock. */
        @WithDefault("PT2M")
        Duration delay();

        /** True: every submit and status call fails as if the provider were down. */
        @WithDefault("false")
        boolean unavailable();

        /**
         * Failure code → account endings: a payout to an account that ends in one of the comma-separated
         * digit groups fails with that code (e.g. {@code billing.payout.sandbox.fail.ACCOUNT_INFO_WRONG=9001}).
         */
        Map<String, String> fail();
    }
}
