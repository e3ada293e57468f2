package io.billingconsole.renewal;

import io.billingconsole.jobs.JobCounts;
import io.billingconsole.jobs.SweepJob;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.List;

/**
 * The 08:00 auto-renew sweep. Reads only the resources due that day (an index on
 * {@code next_auto_renew_on}), in id batches so memory stays flat, and charges each one in its own
 * transaction through {@link AutoRenewal#attempt}.
 */
@ApplicationScoped
public class AutoRenewJob implements SweepJob {

    private static final int BATCH = 500;

    @Inject
    EntityManager em;

    @Inject
    AutoRenewal autoRenewal;

    @Override
    public String name() {
        return "AUTO_RENEW";
    }

    @Override
    public JobCounts run(LocalDate day) {
        JobCounts.Tally tally = new JobCounts.Tally();
        long after = 0;
        for (List<Long> ids = dueIds(day, after); !ids.isEmpty(); ids = dueIds(day, after)) {
            for (Long id : ids) {
                try {
                    if (autoRenewal.attempt(id, day).isPresent()) {
                        tally.changed();
                    } else {
                        tally.unchanged();
                    }
                } catch (RuntimeException e) {
                    tally.failed(e);
                }
            }
            after = ids.get(ids.size() - 1);
        }
        return tally.counts();
    }

    @Transactional
    List<Long> dueIds(LocalDate day, long after) {
        return em.createQuery("select r.id from CloudResource r where r.nextAutoRenewOn <= :day and r.id > :after"
                        + " order by r.id", Long.class)
                .setParameter("day", day)
                .setParameter("after", after)
                .setMaxResults(BATCH)
                .getResultList();
    }
}
