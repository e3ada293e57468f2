package io.billingconsole.billing;

import io.billingconsole.jobs.JobCounts;
import io.billingconsole.jobs.KeysetSweep;
import io.billingconsole.jobs.SweepJob;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;

/**
 * Month close (SPEC 12), first of the daily sweeps: on any day it bills every account's unbilled usage of the
 * months before the day's month (so on the 1st the previous month; a missed 1st is caught up the next day).
 * One account per transaction, under the account's lock; running it again (or on two instances) bills nothing twice.
 */
@ApplicationScoped
public class MonthlyBillingJob implements SweepJob {

    static final int BATCH = 100;

    @Inject
    BillService bills;

    @Inject
    KeysetSweep sweep;

    @Override
    public String name() {
        return "MONTHLY_BILLING";
    }

    @Override
    public JobCounts run(LocalDate day) {
        LocalDate month = day.withDayOfMonth(1);
        return sweep.ids(name(), after -> bills.accountsToBill(month, after, BATCH),
                accountId -> !bills.close(accountId, month).isEmpty());
    }
}
