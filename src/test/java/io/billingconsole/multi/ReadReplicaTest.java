package io.billingconsole.multi;

import io.billingconsole.shared.ReadReplica;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.PreparedStatement;
import java.sql.ResultSet;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** The read replica is off by default: read-only work runs on the primary, and the readiness check says so. */
@QuarkusTest
class ReadReplicaTest {

    @Inject
    ReadReplica replica;

    @Test
    void offByDefaultReadsGoToThePrimary() {
        assertFalse(replica.enabled());
        assertEquals(new ReadReplica.Status("primary", false, null, null), replica.status());
        assertNotEquals("billing-console-replica-reads", applicationName(replica));
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.name", hasItem("read replica"));
    }

    static String applicationName(ReadReplica replica) {
        return replica.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("select current_setting('application_name')");
                 ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        });
    }
}
