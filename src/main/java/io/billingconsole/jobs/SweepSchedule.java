package io.billingconsole.jobs;

import io.billingconsole.shared.BillingConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The daily sweep time as pages state it ({@code inject:sweep.dailyAt}): the configured time, never a fixed "08:00". */
@ApplicationScoped
@Named("sweep")
public class SweepSchedule {

    @Inject
    BillingConfig config;

    /** {@code billing.sweep.daily-at} as "HH:mm" (business zone). */
    public String dailyAt() {
        return config.sweep().dailyAt().toString();
    }
}
