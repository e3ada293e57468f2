package io.billingconsole.multi;

import io.agroal.api.AgroalPoolInterceptor;
import io.billingconsole.shared.ReadReplica;
import io.quarkus.agroal.DataSource;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.util.concurrent.atomic.AtomicLong;

/** Counts the connections handed out by the read replica's pool (only active when the replica is on). */
@ApplicationScoped
@DataSource(ReadReplica.NAME)
public class ReplicaAcquisitions implements AgroalPoolInterceptor {

    private static final AtomicLong ACQUIRED = new AtomicLong();

    @Override
    public void onConnectionAcquire(Connection connection) {
        ACQUIRED.incrementAndGet();
    }

    public static long count() {
        return ACQUIRED.get();
    }
}
