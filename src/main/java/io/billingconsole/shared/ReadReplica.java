package io.billingconsole.shared;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.InjectableInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Where read-only work may go: a PostgreSQL streaming replica (the named datasource {@value #NAME}, off by
 * default: {@code BILLING_DB_REPLICA_ENABLED=true} and {@code BILLING_DB_REPLICA_URL}), else the primary.
 *
 * <p>For reads that tolerate a replica's lag (a list page, a report), never for the page shown right after a
 * form post (it must show the change) and never inside a business transaction: such work runs on its own
 * connection, in autocommit, with plain JDBC. When the replica is off or cannot hand out a connection, the
 * same work runs on the primary, so a replica that is down slows nothing and breaks nothing (a warning is
 * logged at most once a minute).
 *
 * <p>Read-your-writes: a browser that has just sent a form (POST, PUT, DELETE) gets the cookie
 * {@value ReadYourWrites#COOKIE} for {@code billing.read-replica.primary-after-write} (5 s); while it carries
 * it, and during the write request itself, {@link #read} goes to the primary, so the page shown after the
 * redirect (303 → GET) shows the change even when the replica lags. The cookie is only set when the
 * replica is on, and it works across consoles (it travels with the browser, not in one console's memory).
 */
@ApplicationScoped
public class ReadReplica {

    public static final String NAME = "replica";

    private static final Logger LOG = Logger.getLogger(ReadReplica.class);

    /** A read on one connection; the connection is closed afterwards. */
    @FunctionalInterface
    public interface Read<T> {
        T apply(Connection connection) throws SQLException;
    }

    /** Where reads go now, and how far the replica is behind (null when reads go to the primary). */
    public record Status(String target, boolean inRecovery, Long replayLagMillis, String problem) {
    }

    @Inject
    AgroalDataSource primary;

    @Inject
    @io.quarkus.agroal.DataSource(NAME)
    InjectableInstance<AgroalDataSource> replica;

    private volatile long lastWarning;

    /** Whether the replica is on, asked once (it is start-up configuration). */
    private volatile Boolean enabled;

    /** True when the replica datasource is configured and switched on. */
    public boolean enabled() {
        Boolean on = enabled;
        if (on == null) {
            on = replica.getHandle().getBean().isActive();
            enabled = on;
        }
        return on;
    }

    /**
     * Runs {@code work} on the replica when it is on and reachable and the current request has not just
     * written ({@link ReadYourWrites}), else on the primary. On the primary inside a transaction, the
     * work shares the transaction's connection.
     */
    public <T> T read(Read<T> work) {
        try (Connection connection = enabled() && !ReadYourWrites.primaryForCurrentRequest() ? connection()
                : primary.getConnection()) {
            return work.apply(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("read-only query failed", e);
        }
    }

    /**
     * Runs {@code work} on the primary (in the current transaction's connection when there is one):
     * for reads that must see the latest writes, with the same JDBC code as {@link #read}.
     */
    public <T> T primary(Read<T> work) {
        try (Connection connection = primary.getConnection()) {
            return work.apply(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("read-only query failed", e);
        }
    }

    /** Reads {@code pg_is_in_recovery()} and the replay lag where reads go now. */
    public Status status() {
        if (!enabled()) {
            return new Status("primary", false, null, null);
        }
        try (Connection connection = replica.get().getConnection();
             PreparedStatement statement = connection.prepareStatement("select pg_is_in_recovery(),"
                     + " (extract(epoch from (now() - pg_last_xact_replay_timestamp())) * 1000)::bigint");
             ResultSet row = statement.executeQuery()) {
            row.next();
            long lag = row.getLong(2);
            return new Status(NAME, row.getBoolean(1), row.wasNull() ? null : lag, null);
        } catch (SQLException e) {
            return new Status("primary", false, null, "replica unreachable: " + e.getMessage());
        }
    }

    private Connection connection() throws SQLException {
        if (enabled()) {
            try {
                return replica.get().getConnection();
            } catch (SQLException e) {
                long now = System.nanoTime();
                if (now - lastWarning > 60_000_000_000L) {
                    lastWarning = now;
                    LOG.warnf("The read replica gives no connection (%s); reads go to the primary", e.getMessage());
                }
            }
        }
        return primary.getConnection();
    }
}
