package io.billingconsole.billing;

import io.billingconsole.jobs.JobCounts;
import io.billingconsole.jobs.KeysetSweep;
import io.billingconsole.jobs.SweepJob;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;

/**
 * Overdue stops (SPEC 12), last of the daily sweeps: per account with arrears or stopped resources, in its own
 * transaction under the account's lock; stop, warning and release happen once (statuses and notice keys), also
 * with two instances.
 */
@ApplicationScoped
public class PaygOverdueJob implements SweepJob {

    static final int BATCH = 100;

    @Inject
    OverdueService overdue;

    @Inject
    KeysetSweep sweep;

    @Override
    public String name() {
        return "PAYG_OVERDUE";
    }

    @Override
    public JobCounts run(LocalDate day) {
        return sweep.ids(name(), after -> overdue.accountsDue(after, BATCH), accountId -> overdue.sweep(accountId, day));
    }
}
