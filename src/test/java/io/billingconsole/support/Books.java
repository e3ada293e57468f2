package io.billingconsole.support;

import io.billingconsole.shared.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Reads the stored state straight from the tables, so tests check what was persisted, not what was answered. */
@ApplicationScoped
public class Books {

    @Inject
    EntityManager em;

    @Transactional
    public Money cashBalance(long accountId) {
        return Money.ofFen(number("select cash_balance_fen from account where id = ?1", accountId));
    }

    /** The sum of the account's cash and credit ledger entries: must always equal the cash balance. */
    @Transactional
    public Money ledgerCashSum(long accountId) {
        return Money.ofFen(number("select coalesce(sum(amount_fen), 0) from ledger_entry"
                + " where account_id = ?1 and pocket in ('CASH', 'CREDIT', 'TRANSFERRED')", accountId));
    }

    @Transactional
    public long orderCount(long accountId) {
        return number("select count(*) from orders where account_id = ?1", accountId);
    }

    @Transactional
    public Money orderAmount(long orderId) {
        return Money.ofFen(number("select amount_fen from orders where id = ?1", orderId));
    }

    /** The months of each line of the order, by resource id. */
    @Transactional
    public Map<Long, Integer> lineMonths(long orderId) {
        Map<Long, Integer> months = new TreeMap<>();
        List<?> rows = em.createNativeQuery("select resource_id, months from order_line where order_id = ?1")
                .setParameter(1, orderId).getResultList();
        rows.forEach(row -> {
            Object[] columns = (Object[]) row;
            months.put(((Number) columns[0]).longValue(), ((Number) columns[1]).intValue());
        });
        return months;
    }

    @Transactional
    public long ledgerEntriesOfOrder(long orderId) {
        return number("select count(*) from ledger_entry where order_id = ?1", orderId);
    }

    @Transactional
    public String orderStatus(long orderId) {
        return (String) em.createNativeQuery("select status from orders where id = ?1")
                .setParameter(1, orderId).getSingleResult();
    }

    @Transactional
    public Instant expiry(long resourceId) {
        return (Instant) em.createNativeQuery("select expires_at from cloud_resource where id = ?1", Instant.class)
                .setParameter(1, resourceId).getSingleResult();
    }

    /** The stored auto-renew setting: "off", or "on N" (months bought at each renewal). */
    @Transactional
    public String autoRenew(long resourceId) {
        Object[] row = (Object[]) em.createNativeQuery("select auto_renew_enabled, auto_renew_months from cloud_resource"
                + " where id = ?1").setParameter(1, resourceId).getSingleResult();
        return Boolean.TRUE.equals(row[0]) ? "on " + row[1] : "off";
    }

    /** The auto-renew attempts of a resource, oldest first, as "2017-03-21 INSUFFICIENT_BALANCE". */
    @Transactional
    public List<String> attempts(long resourceId) {
        return em.createNativeQuery("select business_date || ' ' || outcome from auto_renew_attempt"
                        + " where resource_id = ?1 order by business_date", String.class)
                .setParameter(1, resourceId).getResultList();
    }

    /**
     * The account's orders, oldest first, as "AUTO_RENEWAL VOIDED INSUFFICIENT_BALANCE 2017-03-21 08:00"
     * (kind, status, void reason, creation in the business zone).
     */
    @Transactional
    public List<String> orders(long accountId) {
        return em.createNativeQuery("select kind || ' ' || status || ' ' || coalesce(void_reason, '-') || ' '"
                        + " || to_char(created_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI')"
                        + " from orders where account_id = ?1 order by created_at, id", String.class)
                .setParameter(1, accountId).getResultList();
    }

    /** A count over the whole database, for invariants ("no row may ..."). */
    @Transactional
    public long count(String sql) {
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }

    /** The paid renewals of a resource in the order they were applied: expiry before, months, expiry after. */
    public record PaidLine(Instant before, int months, Instant after) {
    }

    @Transactional
    public List<PaidLine> paidLines(long resourceId) {
        List<Object[]> rows = em.createNativeQuery("select l.expiry_before, l.months, l.expiry_after from order_line l"
                        + " join orders o on o.id = l.order_id where o.status = 'PAID' and l.resource_id = ?1"
                        + " order by o.paid_at, o.id", Object[].class)
                .setParameter(1, resourceId).getResultList();
        return rows.stream().map(row -> new PaidLine(instant(row[0]), ((Number) row[1]).intValue(), instant(row[2])))
                .toList();
    }

    private static Instant instant(Object value) {
        return value instanceof java.time.OffsetDateTime odt ? odt.toInstant()
                : value instanceof java.sql.Timestamp ts ? ts.toInstant() : (Instant) value;
    }

    /** The id of the latest job run so far (0 when none), to look at the runs a test caused after it. */
    @Transactional
    public long lastJobRun() {
        return ((Number) em.createNativeQuery("select coalesce(max(id), 0) from job_run").getSingleResult()).longValue();
    }

    /**
     * The job runs after {@code afterRunId} that had failures, as "AUTO_RENEW 2017-03-21 failed 2: last error";
     * a sweep swallows a failing row (it goes on with the next), so this is where a broken rule shows.
     */
    @Transactional
    public List<String> failedRunsAfter(long afterRunId) {
        return em.createNativeQuery("select job || ' ' || coalesce(business_date::text, '-') || ' failed ' || failed"
                        + " || ': ' || coalesce(last_error, '') from job_run where id > ?1 and failed <> 0 order by id",
                        String.class)
                .setParameter(1, afterRunId).getResultList();
    }

    /** The business days that {@code job} ran for after {@code afterRunId}, oldest first, each once. */
    @Transactional
    public List<String> runDays(String job, long afterRunId) {
        return em.createNativeQuery("select distinct business_date::text from job_run where job = ?1 and id > ?2"
                        + " order by 1", String.class)
                .setParameter(1, job).setParameter(2, afterRunId).getResultList();
    }

    /** A one-column text query over the whole database, for checks that read a list. */
    @Transactional
    public List<String> strings(String sql) {
        return em.createNativeQuery(sql, String.class).getResultList();
    }

    private long number(String sql, long id) {
        return ((Number) em.createNativeQuery(sql).setParameter(1, id).getSingleResult()).longValue();
    }
}
