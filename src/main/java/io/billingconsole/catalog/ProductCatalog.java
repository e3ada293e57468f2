package io.billingconsole.catalog;

import io.billingconsole.shared.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.hibernate.SessionFactory;
import org.hibernate.StatelessSession;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The product rules, cached in memory: they are few and change rarely, but the renewal pages, the
 * auto-renew sweep (once per attempt) and the notice texts read them all the time.
 *
 * <p><b>What it hands out.</b> One immutable snapshot per load: an unmodifiable list and map of
 * {@link ProductRule} instances that no persistence context manages (loaded through a stateless
 * session, so they are detached from the start). The same instances go to every thread; callers
 * read them and must never write to them (nothing in the code does: the rules are edited through
 * SQL or {@link ProductRuleService}, which loads its own managed copy). Nothing refers to a rule through
 * an association (resources and orders keep the product type as a plain column), so nothing needs
 * them managed.
 *
 * <p><b>How an instance learns of a change.</b> Migration V10 adds a one-row counter
 * {@code product_catalog_version} that a statement trigger on {@code product_rule} bumps on every
 * insert, update, delete or truncate, in the writer's transaction. So any writer invalidates every
 * instance: the edit page, a second console on the same database, or someone in psql. The uses
 * ({@link #all()}, {@link #byType()}, {@link #require(String)}) read that counter with one
 * primary-key select on the connection the caller already holds (inside a transaction it is the
 * transaction's own connection, so no extra pool connection) and reload the rules only when it
 * moved. <b>At most once per transaction:</b> inside a JTA transaction the first use checks the
 * counter and the snapshot it settled on is kept with the transaction, so later uses in the same
 * transaction (a page reads the rules for its tabs and again for its rows; the sweep once per
 * attempt) cost nothing; outside a transaction every use checks. So a change is seen by the next
 * transaction on every instance, with no delay and no interval to configure; a transaction that
 * was already running keeps the rules it started with, as it keeps the rows it has read (issue 13:
 * the renewal page sent this select twice per request).
 *
 * <p>Alternatives weighed: re-checking only every N milliseconds would save that round trip but
 * leave each instance stale for up to N; PostgreSQL {@code LISTEN/NOTIFY} costs nothing per
 * request but needs a dedicated connection per instance that must be re-opened after a drop, and a
 * notification missed while it was down goes unnoticed: more moving parts for a table that a few
 * operators edit.
 *
 * <p>{@link #invalidate()} drops this instance's copy at once; {@link ProductRuleService} calls it after
 * an edit's transaction commits (the counter would catch the change on the next use anyway, but the call
 * also covers a writer that bypasses the trigger, and it makes the intent explicit).
 */
@ApplicationScoped
public class ProductCatalog {

    /** Key of the snapshot a transaction has checked, in the transaction's resources. */
    private static final Object TRANSACTION_KEY = ProductCatalog.class.getName() + ".checked";

    private static final String VERSION_QUERY = "select version from product_catalog_version where id = 1";

    @Inject
    DataSource dataSource;

    @Inject
    SessionFactory sessionFactory;

    @Inject
    TransactionSynchronizationRegistry transactions;

    /** The current copy, or null before the first use and after {@link #invalidate()}. */
    private volatile Snapshot snapshot;

    /** Bumped by {@link #invalidate()}: a copy loaded before the last bump is not used. */
    private final AtomicLong generation = new AtomicLong();

    /** How many times the rule table was read; tests check that repeated uses don't read it again. */
    private final AtomicLong loads = new AtomicLong();

    /** How many times the version counter was read; tests check "at most once per transaction". */
    private final AtomicLong versionChecks = new AtomicLong();

    /** All rules in their display order; unmodifiable, shared, never to be written. */
    public List<ProductRule> all() {
        return current().ordered();
    }

    /** The rules by product type, in display order; unmodifiable, shared, never to be written. */
    public Map<String, ProductRule> byType() {
        return current().byType();
    }

    public ProductRule require(String productType) {
        ProductRule rule = productType == null ? null : byType().get(productType);
        if (rule == null) {
            throw new DomainException(CatalogError.UNKNOWN_PRODUCT, String.valueOf(productType));
        }
        return rule;
    }

    /** Drops this instance's copy: the next use reloads the rules from the database. */
    public void invalidate() {
        generation.incrementAndGet();
        snapshot = null;
    }

    long loads() {
        return loads.get();
    }

    long versionChecks() {
        return versionChecks.get();
    }

    private Snapshot current() {
        boolean inTransaction = transactions.getTransactionStatus() == Status.STATUS_ACTIVE;
        if (inTransaction) {
            Snapshot checked = (Snapshot) transactions.getResource(TRANSACTION_KEY);
            if (checked != null && checked.generation() == generation.get()) {
                return checked;
            }
        }
        Snapshot current;
        try (Connection connection = dataSource.getConnection()) {
            long version = version(connection);
            Snapshot copy = snapshot;
            current = copy != null && copy.version() == version && copy.generation() == generation.get()
                    ? copy : load(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the product rules", e);
        }
        if (inTransaction) {
            transactions.putResource(TRANSACTION_KEY, current);
        }
        return current;
    }

    /**
     * Reads the counter and then the rules on the same connection. In that order: a change that
     * commits in between is loaded under the older number, so the next use loads it again rather
     * than keeping an old rule under the new number.
     */
    private Snapshot load(Connection connection) throws SQLException {
        long gen = generation.get();
        long version = version(connection);
        List<ProductRule> rules;
        try (StatelessSession session = sessionFactory.openStatelessSession(connection)) {
            rules = session.createSelectionQuery("from ProductRule order by sortOrder", ProductRule.class).getResultList();
        }
        loads.incrementAndGet();
        Map<String, ProductRule> byType = new LinkedHashMap<>();
        rules.forEach(rule -> byType.put(rule.productType, rule));
        Snapshot loaded = new Snapshot(version, gen, List.copyOf(rules), Collections.unmodifiableMap(byType));
        snapshot = loaded;
        return loaded;
    }

    private long version(Connection connection) throws SQLException {
        versionChecks.incrementAndGet();
        try (PreparedStatement statement = connection.prepareStatement(VERSION_QUERY);
             ResultSet row = statement.executeQuery()) {
            if (!row.next()) {
                throw new IllegalStateException("product_catalog_version has no row (migration V10)");
            }
            return row.getLong(1);
        }
    }

    /** One load of the rules: the counter it was read at, the invalidation generation, the rules. */
    private record Snapshot(long version, long generation, List<ProductRule> ordered, Map<String, ProductRule> byType) {
    }
}
