package io.billingconsole.autorenew;

import io.billingconsole.jobs.JobCounts;
import io.billingconsole.jobs.KeysetSweep;
import io.billingconsole.jobs.SweepJob;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;

/**
 * The daily auto-renew sweep (at billing.sweep.daily-at). Reads only the resources due that day (a partial index on
 * {@code (next_auto_renew_on, account_id, id)}), in batches so memory stays flat, and charges them in one
 * transaction per account ({@link KeysetSweep#accounts}, up to {@value #PER_TRANSACTION} of its resources) through
 * {@link AutoRenewal#attemptAll}; the batch carries each resource's account, so the sweep's workers take different
 * accounts at once (one account's resources stay in order on one worker), an account another instance is sweeping is
 * passed by and taken again later, and a group that fails is retried one resource per transaction.
 */
@ApplicationScoped
public class AutoRenewJob implements SweepJob {

    private static final int BATCH = 500;

    /**
     * At most this many of one account's due resources are charged in one transaction: one account lock and one
     * commit for all of them, while a customer of that account waits at most for these few attempts.
     */
    private static final int PER_TRANSACTION = 20;

    @Inject
    EntityManager em;

    @Inject
    AutoRenewal autoRenewal;

    @Inject
    KeysetSweep sweep;

    @Override
    public String name() {
        return "AUTO_RENEW";
    }

    @Override
    public JobCounts run(LocalDate day) {
        return sweep.accounts(name(), Due.START, last -> due(day, last), Due::id, Due::accountId, PER_TRANSACTION,
                (accountId, dues, wait) -> {
                    OptionalInt changed = autoRenewal.attemptAll(accountId, dues.stream().map(Due::id).toList(), day, wait);
                    return changed.isPresent() ? Integer.valueOf(changed.getAsInt()) : null;
                },
                due -> autoRenewal.attempt(due.id(), due.accountId(), day).isPresent());
    }

    /** A position in the due index: the resources are walked in (next attempt day, account, id) order. */
    record Due(LocalDate on, long accountId, long id) {
        static final Due START = new Due(LocalDate.of(1900, 1, 1), 0, 0);
    }

    /**
     * The next batch due on {@code day} after {@code last}, read along the partial index on
     * (next_auto_renew_on, account_id, id): a range scan that stops at {@code day}, never a walk of the table, and
     * each account's due resources side by side, so that they share a transaction. An attempt moves its resource's
     * date past the day, so a second run finds nothing.
     */
    List<Due> due(LocalDate day, Due last) {
        return em.createQuery("select r.nextAutoRenewOn, r.accountId, r.id from CloudResource r where r.nextAutoRenewOn <= :day"
                        + " and (r.nextAutoRenewOn > :lastOn or (r.nextAutoRenewOn = :lastOn and (r.accountId > :lastAccount"
                        + " or (r.accountId = :lastAccount and r.id > :lastId))))"
                        + " order by r.nextAutoRenewOn, r.accountId, r.id", Object[].class)
                .setParameter("day", day)
                .setParameter("lastOn", last.on())
                .setParameter("lastAccount", last.accountId())
                .setParameter("lastId", last.id())
                .setMaxResults(BATCH)
                .getResultList().stream()
                .map(row -> new Due((LocalDate) row[0], ((Number) row[1]).longValue(), ((Number) row[2]).longValue()))
                .toList();
    }
}
