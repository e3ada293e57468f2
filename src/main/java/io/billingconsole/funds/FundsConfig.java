package io.billingconsole.funds;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

import java.time.Duration;

/** Settings of the withdrawable amount ({@code billing.funds.*}). */
@ConfigMapping(prefix = "billing.funds")
public interface FundsConfig {

    /** Held while the account has a PAYG resource that is not released (SPEC 7: 100 元). */
    @WithName("payg-reserve")
    @WithDefault("100.00")
    String paygReserve();

    /** How long the reserve stays after the last PAYG resource was released. */
    @WithName("payg-reserve-hold")
    @WithDefault("PT24H")
    Duration paygReserveHold();
}
