package io.billingconsole.multi;

import io.billingconsole.shared.ReadReplica;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The replica switched on, pointed at the test database itself (a stand-in: a real streaming replica is
 * started by {@code src/bench/replica.sh}): read-only work goes through the replica's pool.
 */
@QuarkusTest
@TestProfile(ReadReplicaOnTest.ReplicaOn.class)
class ReadReplicaOnTest {

    public static class ReplicaOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.datasource.replica.active", "true",
                    "quarkus.datasource.replica.jdbc.url", "${quarkus.datasource.jdbc.url}");
        }
    }

    @Inject
    ReadReplica replica;

    @Test
    void readsGoThroughTheReplicaPool() {
        assertTrue(replica.enabled());
        assertEquals("billing-console-replica-reads", ReadReplicaTest.applicationName(replica));
        ReadReplica.Status status = replica.status();
        assertEquals("replica", status.target());
        assertFalse(status.inRecovery(), "the stand-in is a primary");
    }
}
