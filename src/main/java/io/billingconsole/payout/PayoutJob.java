package io.billingconsole.payout;

import io.billingconsole.jobs.JobCounts;
import io.billingconsole.jobs.JobLog;
import io.billingconsole.jobs.KeysetSweep;
import io.billingconsole.jobs.SkipLockedClaim;
import io.billingconsole.jobs.SweepJob;
import io.billingconsole.recharge.Recharge;
import io.billingconsole.recharge.RechargeService;
import io.billingconsole.withdrawal.Withdrawal;
import io.billingconsole.withdrawal.WithdrawalRoute;
import io.billingconsole.withdrawal.WithdrawalService;
import io.billingconsole.withdrawal.WithdrawalStatus;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Pays approved withdrawals out: hands each one awaiting payout to the {@link PayoutProvider} with its
 * payout key (then {@link WithdrawalService#markSubmitted}), and asks the provider about the ones handed
 * over, recording the result through {@link WithdrawalService#recordPayout} (a failure returns the money).
 *
 * <p>Safe with two instances: every withdrawal is claimed with {@code FOR UPDATE SKIP LOCKED} in its own
 * transaction and re-checked under that lock, the provider pays one key once, and {@code recordPayout}
 * refuses a second result. A provider that is down fails the row's transaction; the row stays as it was
 * and is tried again on the next run. A result that finance recorded by hand leaves the withdrawal no
 * longer awaiting payout, and the job passes it by.
 */
@ApplicationScoped
public class PayoutJob {

    public static final String NAME = "PAYOUT";
    private static final String AWAITING = "status = 'APPROVED_AWAITING_PAYOUT'";

    @Inject
    PayoutProvider provider;

    @Inject
    WithdrawalService withdrawals;

    @Inject
    RechargeService recharges;

    @Inject
    KeysetSweep sweep;

    @Inject
    SkipLockedClaim claim;

    @Inject
    JobLog log;

    @Inject
    PayoutConfig config;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ZoneId zone;

    /** Every {@code billing.payout.every}; a run with nothing to do is not logged (it would fill the job log). */
    @Scheduled(identity = "payout", every = "${billing.payout.every:30s}", delayed = "20s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        if (QuarkusTransaction.joiningExisting().call(this::hasWork)) {
            log.run(new Logged(), LocalDate.now(clock.withZone(zone)));
        }
    }

    /** One run: submit what is approved, then ask about what was submitted. */
    public JobCounts run() {
        JobCounts submitted = sweep.ids(NAME, after -> dueIds(false, after), this::submit);
        JobCounts polled = sweep.ids(NAME, after -> dueIds(true, after), this::poll);
        return submitted.plus(polled);
    }

    boolean hasWork() {
        return !em.createQuery("select w.id from Withdrawal w where w.status = :s", Long.class)
                .setParameter("s", WithdrawalStatus.APPROVED_AWAITING_PAYOUT).setMaxResults(1).getResultList().isEmpty();
    }

    List<Long> dueIds(boolean submitted, long after) {
        return em.createQuery("select w.id from Withdrawal w where w.status = :s and w.payoutSubmittedAt is "
                        + (submitted ? "not null" : "null") + " and w.id > :after order by w.id", Long.class)
                .setParameter("s", WithdrawalStatus.APPROVED_AWAITING_PAYOUT)
                .setParameter("after", after)
                .setMaxResults(Math.max(1, config.batchSize()))
                .getResultList();
    }

    /** Hands one withdrawal to the provider; false when another run has it or it is no longer due. */
    boolean submit(long withdrawalId) {
        if (!claim.claim("withdrawal", withdrawalId, AWAITING + " and payout_submitted_at is null")) {
            return false;
        }
        Withdrawal w = withdrawals.get(withdrawalId);
        String ref = provider.submit(order(w));
        withdrawals.markSubmitted(withdrawalId, ref);
        return true;
    }

    /** Records the provider's result of one submitted withdrawal; false while it is pending or another run has it. */
    boolean poll(long withdrawalId) {
        if (!claim.claim("withdrawal", withdrawalId, AWAITING + " and payout_submitted_at is not null")) {
            return false;
        }
        Withdrawal w = withdrawals.get(withdrawalId);
        PayoutStatus status = provider.status(w.payoutKey);
        return switch (status.state()) {
            case PENDING -> false;
            case PAID -> {
                withdrawals.recordPayout(withdrawalId, true, null, null);
                yield true;
            }
            case FAILED -> {
                withdrawals.recordPayout(withdrawalId, false, status.failure(), null);
                yield true;
            }
        };
    }

    private PayoutOrder order(Withdrawal w) {
        PayoutOrder.Payee payee = w.route == WithdrawalRoute.DESIGNATED
                ? new PayoutOrder.Payee(w.payeeType, w.payeeAccount, w.payeeName, w.payeeBank, w.payeeProvince,
                w.payeeCity, w.payeeBranch)
                : null;
        PayoutOrder.OriginalRecharge original = null;
        if (w.rechargeId != null) {
            Recharge r = recharges.find(w.accountId, w.rechargeId);
            original = new PayoutOrder.OriginalRecharge(r.id, r.channel.name(), r.bank, r.payerAccount, r.payerName);
        }
        return new PayoutOrder(w.payoutKey, w.amount, w.route, payee, original);
    }

    /** The run as the job log records it (not a daily sweep: it is not listed among them). */
    private final class Logged implements SweepJob {
        @Override
        public String name() {
            return NAME;
        }

        @Override
        public JobCounts run(LocalDate day) {
            return PayoutJob.this.run();
        }
    }
}
