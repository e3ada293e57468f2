package io.billingconsole.payment;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

import java.time.Duration;
import java.util.Optional;

/** Payment-gateway settings ({@code billing.payment.*}): the shared signing secret and the sandbox gateway. */
@ConfigMapping(prefix = "billing.payment")
public interface PaymentConfig {

    /** The secret the gateway and the console sign with (HMAC-SHA256); without it no online payment starts. */
    @WithName("callback-secret")
    Optional<String> callbackSecret();

    /**
     * The absolute address of the console's callback endpoint as the gateway reaches it; by default
     * derived from the address the payer's browser used ({@code <base>/api/v1/payments/callback}).
     */
    @WithName("notify-url")
    Optional<String> notifyUrl();

    Sandbox sandbox();

    interface Sandbox {
        /** The sandbox gateway (part of the app, for development and tests); never on in production unless set. */
        @WithDefault("false")
        boolean enabled();

        /** How long the sandbox waits after "pay" or "fail" before it calls the console back. */
        @WithName("callback-delay")
        @WithDefault("PT0S")
        Duration callbackDelay();
    }
}
