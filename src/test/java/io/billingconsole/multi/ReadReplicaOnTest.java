package io.billingconsole.multi;

import io.billingconsole.resource.CloudResource;
import io.billingconsole.shared.ReadReplica;
import io.billingconsole.shared.ReadYourWrites;
import io.billingconsole.support.ConsoleSession;
import io.billingconsole.support.Fixtures;
import io.billingconsole.support.Fixtures.Customer;
import io.restassured.response.Response;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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

    @Inject
    Fixtures fixtures;

    @Test
    void readsGoThroughTheReplicaPool() {
        assertTrue(replica.enabled());
        assertEquals("billing-console-replica-reads", ReadReplicaTest.applicationName(replica));
        ReadReplica.Status status = replica.status();
        assertEquals("replica", status.target());
        assertFalse(status.inRecovery(), "the stand-in is a primary");
    }

    /**
     * The renewal list reads its rows and counts through the replica's pool; a form post gives the browser
     * the read-your-writes cookie, and the list it is redirected to (303 → GET) is read from the primary and
     * shows the change; without the cookie the list goes to the replica again.
     */
    @Test
    void theRenewalListReadsFromTheReplicaButNotRightAfterAWrite() {
        Customer me = fixtures.customer("0");
        CloudResource ecs = fixtures.resource(me, "ECS", 40);
        ConsoleSession session = ConsoleSession.loggedIn(me.username(), me.password());
        String sessionCookie = session.cookie("billing_session");
        assertNotNull(sessionCookie);

        long before = ReplicaAcquisitions.count();
        Response list = given().redirects().follow(false).cookie("billing_session", sessionCookie).get("/renewals");
        assertEquals(200, list.statusCode());
        assertTrue(list.asString().contains("data-resource=\"" + ecs.id + "\""), "the list shows the resource");
        assertEquals(before + 1, ReplicaAcquisitions.count(), "the list took one connection of the replica's pool");

        Response posted = session.post("/renewals/auto-renew", Map.of("id", List.of(String.valueOf(ecs.id)),
                "months", "3"));
        assertEquals(303, posted.statusCode());
        assertEquals("1", posted.detailedCookie(ReadYourWrites.COOKIE).getValue(), "the post sets the cookie");
        assertTrue(posted.detailedCookie(ReadYourWrites.COOKIE).getMaxAge() > 0);
        String location = posted.header("Location");
        assertTrue(location.contains("/renewals?renewal=AUTO&done=auto_renew_batch"), location);

        long afterPost = ReplicaAcquisitions.count();
        Response shown = session.get(location.substring(location.indexOf("/renewals")));
        assertEquals(200, shown.statusCode());
        assertTrue(shown.asString().contains("data-resource=\"" + ecs.id + "\""), "the auto-renew list shows the change");
        assertEquals(afterPost, ReplicaAcquisitions.count(), "right after the post the list is read from the primary");

        given().redirects().follow(false).cookie("billing_session", sessionCookie).get("/renewals")
                .then().statusCode(200);
        assertEquals(afterPost + 1, ReplicaAcquisitions.count(), "without the cookie the list goes to the replica");
    }
}
