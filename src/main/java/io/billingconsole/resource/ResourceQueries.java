package io.billingconsole.resource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import io.billingconsole.shared.Money;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The SQL and JPQL on {@code cloud_resource} that is more than a Panache finder, in one place. Each
 * method runs in its caller's transaction; the services and jobs own the transactions and the rules.
 */
@ApplicationScoped
public class ResourceQueries {

    @Inject
    EntityManager em;

    /**
     * One filtered list of an account's resources as SQL: the condition on {@code cloud_resource} (with
     * {@code ?} placeholders), its parameters in order, and the order by (plain columns, the same in
     * the ids subquery and around it).
     */
    public record ListSql(String where, List<Object> params, String orderBy) {
    }

    private static final String LIST_COLUMNS = "r.id, r.account_id, r.product_type, r.name, r.region, r.billing_method,"
            + " r.status, r.expires_at, r.trial, r.channel, r.monthly_price_fen, r.auto_renew_enabled,"
            + " r.auto_renew_months, r.next_auto_renew_on, r.released_at, r.data_deleted, r.release_at, r.stopped_at,"
            + " r.release_reason, r.created_at, r.version";

    /**
     * A page of the list with plain JDBC on {@code connection} (the primary or the read replica): the
     * page's ids first, in the list's order, from the index {@code cloud_resource_account_status_expiry}
     * alone unless a filter needs more columns (V30), then those rows by primary key. The resources are
     * detached copies, never managed, never to be persisted: no persistence context, no hydration of
     * entities (issue 13). With {@code unpaidOrders} not null, each row's unpaid order (if any) is read in
     * the same statement and put there by resource id.
     */
    List<CloudResource> page(Connection connection, ListSql list, int offset, int limit, Map<Long, Long> unpaidOrders)
            throws SQLException {
        String sql = "select " + LIST_COLUMNS
                + (unpaidOrders == null ? "" : ", (select min(o.id) from order_line l join orders o on o.id = l.order_id"
                        + " where l.resource_id = r.id and o.status = 'UNPAID') as unpaid_order")
                + " from cloud_resource r where r.id in (select id from cloud_resource where " + list.where()
                + list.orderBy() + " offset ? limit ?)" + list.orderBy();
        List<CloudResource> items = new ArrayList<>(limit);
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int next = bind(statement, list.params());
            statement.setInt(next++, offset);
            statement.setInt(next, limit);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    CloudResource r = detached(row);
                    items.add(r);
                    if (unpaidOrders != null) {
                        long order = row.getLong("unpaid_order");
                        if (!row.wasNull()) {
                            unpaidOrders.put(r.id, order);
                        }
                    }
                }
            }
        }
        return items;
    }

    /** How many resources the list has, on {@code connection}. */
    long count(Connection connection, ListSql list) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "select count(*) from cloud_resource where " + list.where())) {
            bind(statement, list.params());
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    /**
     * The account's resource counts per (product type, status), each with how many running ones expire
     * after {@code from} up to {@code until}: one index-only scan of the account's rows (V30), with plain
     * JDBC on {@code connection}.
     */
    ResourceCounts counts(Connection connection, long accountId, Instant from, Instant until) throws SQLException {
        List<ResourceCounts.Group> groups = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("select product_type, status, count(*),"
                + " count(*) filter (where status = 'RUNNING' and expires_at > ? and expires_at <= ?)"
                + " from cloud_resource where account_id = ? group by product_type, status")) {
            statement.setObject(1, at(from));
            statement.setObject(2, at(until));
            statement.setLong(3, accountId);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    groups.add(new ResourceCounts.Group(row.getString(1), ResourceStatus.valueOf(row.getString(2)),
                            row.getLong(3), row.getLong(4)));
                }
            }
        }
        return new ResourceCounts(groups);
    }

    private static int bind(PreparedStatement statement, List<Object> params) throws SQLException {
        int index = 1;
        for (Object param : params) {
            statement.setObject(index++, param instanceof Instant instant ? at(instant) : param);
        }
        return index;
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String value) {
        return value == null ? null : Enum.valueOf(type, value);
    }

    private static CloudResource detached(ResultSet row) throws SQLException {
        CloudResource r = new CloudResource();
        r.id = row.getLong("id");
        r.accountId = row.getLong("account_id");
        r.productType = row.getString("product_type");
        r.name = row.getString("name");
        r.region = row.getString("region");
        r.billingMethod = enumValue(BillingMethod.class, row.getString("billing_method"));
        r.status = enumValue(ResourceStatus.class, row.getString("status"));
        r.expiresAt = instant(row, "expires_at");
        r.trial = row.getBoolean("trial");
        r.channel = enumValue(Channel.class, row.getString("channel"));
        r.monthlyPrice = Money.ofFen(row.getLong("monthly_price_fen"));
        r.autoRenewEnabled = row.getBoolean("auto_renew_enabled");
        int months = row.getInt("auto_renew_months");
        r.autoRenewMonths = row.wasNull() ? null : months;
        r.nextAutoRenewOn = row.getObject("next_auto_renew_on", LocalDate.class);
        r.releasedAt = instant(row, "released_at");
        r.dataDeleted = row.getBoolean("data_deleted");
        r.releaseAt = instant(row, "release_at");
        r.stoppedAt = instant(row, "stopped_at");
        r.releaseReason = enumValue(ReleaseReason.class, row.getString("release_reason"));
        r.createdAt = instant(row, "created_at");
        r.version = row.getLong("version");
        return r;
    }

    /** The account's resources among {@code ids}, in id order, locked when asked. */
    List<CloudResource> owned(long accountId, List<Long> ids, LockModeType lock) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("from CloudResource r where r.id in :ids and r.accountId = :a order by r.id",
                        CloudResource.class)
                .setParameter("ids", ids)
                .setParameter("a", accountId)
                .setLockMode(lock)
                .getResultList();
    }

    /** The account's resource counts per product type. */
    Map<String, Long> countByType(long accountId) {
        Map<String, Long> counts = new HashMap<>();
        em.createQuery("select r.productType, count(r) from CloudResource r where r.accountId = :a group by r.productType",
                        Object[].class)
                .setParameter("a", accountId)
                .getResultList()
                .forEach(row -> counts.put((String) row[0], (Long) row[1]));
        return counts;
    }

    /** The account's resource counts per status, of one product type or of all (type null). */
    Map<ResourceStatus, Long> countByStatus(long accountId, String type) {
        var query = em.createQuery("select r.status, count(r) from CloudResource r where r.accountId = :a"
                        + (type == null ? "" : " and r.productType = :t") + " group by r.status", Object[].class)
                .setParameter("a", accountId);
        if (type != null) {
            query.setParameter("t", type);
        }
        Map<ResourceStatus, Long> counts = new EnumMap<>(ResourceStatus.class);
        query.getResultList().forEach(row -> counts.put((ResourceStatus) row[0], (Long) row[1]));
        return counts;
    }

    /** How many of the account's running resources (of one type, or all) expire after {@code from} up to {@code until}. */
    long countExpiring(long accountId, String type, Instant from, Instant until) {
        var query = em.createQuery("select count(r) from CloudResource r where r.accountId = :a and r.status = :running"
                        + " and r.expiresAt > :from and r.expiresAt <= :until" + (type == null ? "" : " and r.productType = :t"),
                        Long.class)
                .setParameter("a", accountId)
                .setParameter("running", ResourceStatus.RUNNING)
                .setParameter("from", from)
                .setParameter("until", until);
        if (type != null) {
            query.setParameter("t", type);
        }
        return query.getSingleResult();
    }

    /** The owning account of a resource, read without loading (or locking) the resource. */
    public Optional<Long> ownerOf(long resourceId) {
        List<?> owner = em.createNativeQuery("select account_id from cloud_resource where id = ?1")
                .setParameter(1, resourceId).getResultList();
        return owner.isEmpty() ? Optional.empty() : Optional.of(((Number) owner.get(0)).longValue());
    }

    /**
     * Releases every subscription past its product's window after expiry (the window counted in
     * calendar days in {@code zone}); virtual hosts' data is marked deleted. Returns how many.
     */
    int releasePastWindow(OffsetDateTime now, ZoneId zone) {
        return em.createNativeQuery("""
                        update cloud_resource r
                           set status = 'RELEASED', released_at = :now, release_reason = 'WINDOW_PASSED', version = r.version + 1, next_auto_renew_on = null,
                               data_deleted = (p.after_window = 'RELEASED_DATA_DELETED')
                          from product_rule p
                         where p.product_type = r.product_type
                           and r.status <> 'RELEASED' and r.billing_method = 'SUBSCRIPTION'
                           and r.expires_at <= :now
                           and ((r.expires_at at time zone :zone) + make_interval(days => p.renew_window_days))
                               at time zone :zone <= :now
                        """)
                .setParameter("now", now)
                .setParameter("zone", zone.getId())
                .executeUpdate();
    }

    /** Marks every running subscription whose expiry has come EXPIRED. Returns how many. */
    int expireDue(OffsetDateTime now) {
        return em.createNativeQuery("""
                        update cloud_resource
                           set status = 'EXPIRED', version = version + 1
                         where status = 'RUNNING' and billing_method = 'SUBSCRIPTION' and expires_at <= :now
                        """)
                .setParameter("now", now)
                .executeUpdate();
    }

    /**
     * Releases every pay-as-you-go resource whose scheduled release time has passed, at that time (not
     * at the job's): released_at = release_at, reason SCHEDULED. Rows another instance holds are skipped
     * (it releases them). Returns the released resources as (id, account id, name, product type, released at).
     */
    @SuppressWarnings("unchecked")
    List<Object[]> releaseScheduled(OffsetDateTime now) {
        return em.createNativeQuery("""
                        update cloud_resource r
                           set status = 'RELEASED', released_at = r.release_at, release_reason = 'SCHEDULED',
                               version = r.version + 1
                          from (select id from cloud_resource
                                 where release_at is not null and status <> 'RELEASED' and release_at <= :now
                                   and billing_method = 'PAYG'
                                 order by id
                                   for update skip locked) due
                         where r.id = due.id
                        returning r.id, r.account_id, r.name, r.product_type, r.released_at
                        """)
                .setParameter("now", now)
                .getResultList();
    }

    /**
     * Ids of the unreleased resources that expire on business day {@code day} (from its 00:00 in {@code zone} up to
     * the next day's), after {@code after}, at most {@code batch} in id order; only of {@code productType} and of
     * {@code billingMethod} when they are given. The expiry and data-loss notice sweeps walk it.
     */
    public List<Long> expiringOn(LocalDate day, ZoneId zone, String productType, BillingMethod billingMethod,
                                 long after, int batch) {
        var query = em.createQuery("select r.id from CloudResource r where r.expiresAt >= :from and r.expiresAt < :to"
                        + " and r.status <> :released"
                        + (productType == null ? "" : " and r.productType = :type")
                        + (billingMethod == null ? "" : " and r.billingMethod = :method")
                        + " and r.id > :after order by r.id", Long.class)
                .setParameter("from", day.atStartOfDay(zone).toInstant())
                .setParameter("to", day.plusDays(1).atStartOfDay(zone).toInstant())
                .setParameter("released", ResourceStatus.RELEASED)
                .setParameter("after", after)
                .setMaxResults(batch);
        if (productType != null) {
            query.setParameter("type", productType);
        }
        if (billingMethod != null) {
            query.setParameter("method", billingMethod);
        }
        return query.getResultList();
    }
}
