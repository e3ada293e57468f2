package io.billingconsole.payout;

import io.billingconsole.withdrawal.PayoutFailure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The {@link PayoutProvider} of a console without a payout provider: keeps each payout in
 * {@code sandbox_payout}, one row per payout key (a second submit of the same key answers the first
 * payout), and pays it {@code billing.payout.sandbox.delay} after it was accepted, on the business
 * clock (the test clock moves it along).
 *
 * <p>A tester makes a payout fail from the console by the account it goes to: when the payee account
 * (designated route) or the original payer's account (original route) ends in the digits configured
 * for a code, the payout fails with that code. Defaults: {@code ...9001} ACCOUNT_INFO_WRONG,
 * {@code ...9002} BANK_INFO_WRONG, {@code ...9003} ACCOUNT_ABNORMAL, {@code ...9004} NAME_MISMATCH,
 * {@code ...9005} ORIGINAL_ROUTE_EXPIRED ({@code billing.payout.sandbox.fail.<CODE>}, comma-separated
 * endings). {@code billing.payout.sandbox.unavailable=true} (or {@link #outage(Boolean)}) makes every
 * call fail as if the provider were down; nothing is lost, the job tries again on its next run.
 */
@ApplicationScoped
public class SandboxPayoutProvider implements PayoutProvider {

    @Inject
    EntityManager em;

    @Inject
    PayoutConfig config;

    @Inject
    Clock clock;

    /** Set at run time by tests and demos; null: as configured. */
    private volatile Boolean outage;

    @Override
    @Transactional
    public String submit(PayoutOrder order) {
        requireAvailable();
        Instant now = clock.instant();
        PayoutFailure planned = plannedFailure(order.receivingAccount());
        String account = order.receivingAccount();
        em.createNativeQuery("insert into sandbox_payout (payout_key, ref, amount_fen, route, payee_account, status,"
                        + " failure_code, created_at, pay_at) values (?1, ?2, ?3, ?4, ?5, 'PENDING', ?6, ?7, ?8)"
                        + " on conflict (payout_key) do nothing")
                .setParameter(1, order.payoutKey())
                .setParameter(2, "SBX-" + order.payoutKey())
                .setParameter(3, order.amount().fen())
                .setParameter(4, order.route().name())
                .setParameter(5, account == null ? null : account.substring(0, Math.min(40, account.length())))
                .setParameter(6, planned == null ? null : planned.name())
                .setParameter(7, now)
                .setParameter(8, now.plus(config.sandbox().delay()))
                .executeUpdate();
        return (String) em.createNativeQuery("select ref from sandbox_payout where payout_key = ?1")
                .setParameter(1, order.payoutKey()).getSingleResult();
    }

    @Override
    @Transactional
    public PayoutStatus status(String payoutKey) {
        requireAvailable();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, status, failure_code, pay_at from sandbox_payout"
                        + " where payout_key = ?1 for update")
                .setParameter(1, payoutKey).getResultList();
        if (rows.isEmpty()) {
            throw new IllegalStateException("sandbox: no payout with key " + payoutKey);
        }
        Object[] row = rows.get(0);
        String status = (String) row[1];
        PayoutFailure failure = row[2] == null ? null : PayoutFailure.valueOf((String) row[2]);
        if ("PENDING".equals(status)) {
            Instant payAt = instant(row[3]);
            if (clock.instant().isBefore(payAt)) {
                return PayoutStatus.PENDING;
            }
            status = failure == null ? "PAID" : "FAILED";
            em.createNativeQuery("update sandbox_payout set status = ?1, finished_at = ?2 where id = ?3")
                    .setParameter(1, status).setParameter(2, clock.instant())
                    .setParameter(3, ((Number) row[0]).longValue()).executeUpdate();
        }
        return "PAID".equals(status) ? PayoutStatus.PAID : PayoutStatus.failed(failure);
    }

    /** Simulates a provider outage ({@code true}), its end ({@code false}), or goes back to the configuration (null). */
    public void outage(Boolean down) {
        this.outage = down;
    }

    /** The payouts the sandbox holds for a key (0 or 1: the key is unique). */
    @Transactional
    public long count(String payoutKey) {
        return ((Number) em.createNativeQuery("select count(*) from sandbox_payout where payout_key = ?1")
                .setParameter(1, payoutKey).getSingleResult()).longValue();
    }

    private void requireAvailable() {
        boolean down = outage != null ? outage : config.sandbox().unavailable();
        if (down) {
            throw new PayoutUnavailableException("sandbox: the payout provider is down (billing.payout.sandbox.unavailable)");
        }
    }

    /** The code whose configured endings the account ends in; null: the payout will be paid. */
    PayoutFailure plannedFailure(String account) {
        if (account == null || account.isBlank()) {
            return null;
        }
        for (Map.Entry<String, String> rule : config.sandbox().fail().entrySet()) {
            PayoutFailure code = PayoutFailure.valueOf(rule.getKey().trim());
            boolean matches = Arrays.stream(rule.getValue().split(",")).map(String::trim)
                    .anyMatch(ending -> !ending.isEmpty() && account.endsWith(ending));
            if (matches) {
                return code;
            }
        }
        return null;
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        return (Instant) value;
    }
}
