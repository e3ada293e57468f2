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

    /** True when the replica datasource is configured and switched on. */
    public boolean enabled() {
        return replica.getHandle().getBean().isActive();
    }

    /** Runs {@code work} on the replica when it is on and reachable, else on the primary. */
    public <T> T read(Read<T> work) {
        try (Connection connection = connection()) {
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
