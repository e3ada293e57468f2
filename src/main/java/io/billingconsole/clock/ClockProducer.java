package io.billingconsole.clock;

import io.billingconsole.shared.BillingConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.ZoneId;

/** Produces the one business {@link Clock}; every rule reads time from it, in the configured zone. */
@ApplicationScoped
public class ClockProducer {

    @Produces
    @Singleton
    @Typed(AdjustableClock.class)
    AdjustableClock adjustableClock(BillingConfig config) {
        return new AdjustableClock(Clock.system(config.zone()));
    }

    @Produces
    @Singleton
    Clock clock(AdjustableClock clock) {
        return clock;
    }

    @Produces
    @Singleton
    ZoneId zone(BillingConfig config) {
        return config.zone();
    }
}
