package io.billingconsole.notice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Types;
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

    /**
     * Inserts the notice unless the key exists for the account; returns its id, or null when it existed. Plain JDBC
     * on the transaction's connection: it reads and writes notice only, so pending changes of other tables (the
     * account, a resource) need no flush first, and Hibernate's native query would parse the statement again on every
     * call (sweeps publish one notice per attempt).
     */
    Long insertOnce(long accountId, NoticeKind kind, String dedupeKey, NoticeFacts f, Instant now) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into notice (account_id, kind, dedupe_key, resource_id, resource_name, product_type,
                                        expires_at, release_at, months, amount_fen, missing_fen, order_id,
                                        days_before, release_reason, created_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    on conflict (account_id, dedupe_key) do nothing
                    returning id
                    """)) {
                insert.setLong(1, accountId);
                insert.setString(2, kind.name());
                insert.setString(3, dedupeKey);
                insert.setObject(4, f.resourceId(), Types.BIGINT);
                insert.setString(5, f.resourceName());
                insert.setString(6, f.productType());
                insert.setObject(7, at(f.expiresAt()), Types.TIMESTAMP_WITH_TIMEZONE);
                insert.setObject(8, at(f.releaseAt()), Types.TIMESTAMP_WITH_TIMEZONE);
                insert.setObject(9, f.months(), Types.INTEGER);
                insert.setObject(10, f.amount() == null ? null : f.amount().fen(), Types.BIGINT);
                insert.setObject(11, f.missing() == null ? null : f.missing().fen(), Types.BIGINT);
                insert.setObject(12, f.orderId(), Types.BIGINT);
                insert.setObject(13, f.daysBefore(), Types.INTEGER);
                insert.setString(14, f.releaseReason());
                insert.setObject(15, at(now), Types.TIMESTAMP_WITH_TIMEZONE);
                try (ResultSet id = insert.executeQuery()) {
                    return id.next() ? id.getLong(1) : null;
                }
            }
        });
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
