package io.billingconsole.autorenew;

import io.billingconsole.jobs.JobCounts;
import io.billingconsole.jobs.KeysetSweep;
import io.billingconsole.jobs.SweepJob;
import io.billingconsole.notice.NoticeScheduleService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.time.LocalDate;
import java.util.List;

/**
 * The daily "money short for an upcoming auto-renewal" sweep (SPEC 2), after AUTO_RENEW: the accounts with an
 * auto-renewal whose first attempt is the schedule's {@code fundsWarningDays} (N) days ahead are checked by
 * {@link FundsWarnings}, each in its own transaction. N = 0 turns it off.
 */
@ApplicationScoped
public class FundsWarningJob implements SweepJob {

    public static final String NAME = "AUTO_RENEW_FUNDS_WARNING";

    private static final int BATCH = 500;

    @Inject
    EntityManager em;

    @Inject
    NoticeScheduleService schedules;

    @Inject
    FundsWarnings warnings;

    @Inject
    KeysetSweep sweep;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public JobCounts run(LocalDate day) {
        int days = schedules.current().fundsWarningDays();
        if (days <= 0) {
            return JobCounts.NONE;
        }
        LocalDate point = day.plusDays(days);
        return sweep.ids(name(), after -> accountsDue(point, after), id -> warnings.warn(id, day, days));
    }

    /** The accounts (ascending, after {@code after}) with an auto-renewal attempt on {@code point}: the due index. */
    List<Long> accountsDue(LocalDate point, long after) {
        return em.createQuery("select distinct r.accountId from CloudResource r where r.nextAutoRenewOn = :point"
                        + " and r.autoRenewEnabled = true and r.accountId > :after order by r.accountId", Long.class)
                .setParameter("point", point)
                .setParameter("after", after)
                .setMaxResults(BATCH)
                .getResultList();
    }
}
