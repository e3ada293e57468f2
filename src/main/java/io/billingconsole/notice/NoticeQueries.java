package io.billingconsole.notice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.query.NativeQuery;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * The native SQL on notices and the outboxes, in one place: the once-per-key insert and the
 * dispatchers' claim of the next due row. Each method runs in its caller's transaction.
 */
@ApplicationScoped
class NoticeQueries {

    static final String MAIL_OUTBOX = "mail_outbox";
    static final String SMS_OUTBOX = "sms_outbox";

    @Inject
    EntityManager em;

    /** Inserts the notice unless the key exists for the account; returns its id, or null when it existed. */
    Long insertOnce(long accountId, NoticeKind kind, String dedupeKey, NoticeFacts f, Instant now) {
        @SuppressWarnings("unchecked")
        NativeQuery<Object> insert = em.createNativeQuery("""
                        insert into notice (account_id, kind, dedupe_key, resource_id, resource_name, product_type,
                                            expires_at, release_at, months, amount_fen, missing_fen, order_id,
                                            days_before, release_reason, created_at)
                        values (:account, :kind, :key, :resource, :name, :product, :expires, :release, :months,
                                :amount, :missing, :order, :days, :reason, :now)
                        on conflict (account_id, dedupe_key) do nothing
                        returning id
                        """).unwrap(NativeQuery.class);
        // reads and writes notice only: pending changes of other tables (the account, a resource) need no flush first
        insert.addSynchronizedQuerySpace("notice");
        List<Object> ids = insert
                .setParameter("account", accountId, Long.class)
                .setParameter("kind", kind.name(), String.class)
                .setParameter("key", dedupeKey, String.class)
                .setParameter("resource", f.resourceId(), Long.class)
                .setParameter("name", f.resourceName(), String.class)
                .setParameter("product", f.productType(), String.class)
                .setParameter("expires", at(f.expiresAt()), OffsetDateTime.class)
                .setParameter("release", at(f.releaseAt()), OffsetDateTime.class)
                .setParameter("months", f.months(), Integer.class)
                .setParameter("amount", f.amount() == null ? null : f.amount().fen(), Long.class)
                .setParameter("missing", f.missing() == null ? null : f.missing().fen(), Long.class)
                .setParameter("order", f.orderId(), Long.class)
                .setParameter("days", f.daysBefore(), Integer.class)
                .setParameter("reason", f.releaseReason(), String.class)
                .setParameter("now", at(now), OffsetDateTime.class)
                .getResultList();
        return ids.isEmpty() ? null : ((Number) ids.get(0)).longValue();
    }

    /**
     * The next unsent row of the outbox {@code table} (mail_outbox, sms_outbox) due at {@code dueBy}
     * that no other sender holds, locked ({@code skip locked}).
     */
    <T extends OutboxRow> Optional<T> claimNextDue(String table, Class<T> type, Instant dueBy) {
        List<T> due = em.createNativeQuery("select * from " + outbox(table)
                        + " where sent_at is null and next_attempt_at <= :dueBy"
                        + " order by next_attempt_at, id limit 1 for update skip locked", type)
                .setParameter("dueBy", dueBy.atOffset(ZoneOffset.UTC))
                .getResultList();
        return due.stream().findFirst();
    }

    /** Makes every unsent row of the outbox {@code table} due at {@code now} at the latest; returns how many were later. */
    int rescheduleLaterThan(String table, Instant now) {
        return em.createNativeQuery("update " + outbox(table) + " set next_attempt_at = :now"
                        + " where sent_at is null and next_attempt_at > :now")
                .setParameter("now", now.atOffset(ZoneOffset.UTC))
                .executeUpdate();
    }

    /** Only the two outbox tables go into the SQL text. */
    private static String outbox(String table) {
        if (!MAIL_OUTBOX.equals(table) && !SMS_OUTBOX.equals(table)) {
            throw new IllegalArgumentException("not an outbox table: " + table);
        }
        return table;
    }

    private static OffsetDateTime at(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
