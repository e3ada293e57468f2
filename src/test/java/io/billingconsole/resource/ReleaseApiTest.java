package io.billingconsole.resource;

import io.billingconsole.clock.TestClock;
import io.billingconsole.support.Api;
import io.billingconsole.support.Books;
import io.billingconsole.support.Fixtures;
import io.billingconsole.support.Fixtures.Customer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static io.billingconsole.support.TestDates.JAN_26;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Releasing pay-as-you-go resources (SPEC 6): at once, or at a scheduled time by the SCHEDULED_RELEASE job. */
@QuarkusTest
class ReleaseApiTest {

    @Inject
    Fixtures fixtures;

    @Inject
    Books books;

    @Inject
    TestClock clock;

    @Inject
    ScheduledReleaseJob job;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void theReleaseTimeIsSetInEitherFormMovedAndCleared() {
        clock.moveTo(JAN_26);                                       // 2018-01-26 12:00 +08:00
        Customer me = fixtures.customer("0");
        CloudResource payg = fixtures.payg(me, "ECS");
        String path = "/api/v1/resources/" + payg.id + "/release-at";

        Api.as(me).body(Map.of("releaseAt", "2018-01-27T10:30")).put(path).then().statusCode(200)
                .body("releaseAt", equalTo("2018-01-27T10:30:00+08:00"));
        Api.as(me).body(Map.of("releaseAt", "2018-01-28T02:00:00Z")).put(path).then().statusCode(200)
                .body("releaseAt", equalTo("2018-01-28T10:00:00+08:00"));
        Api.as(me).get("/api/v1/resources/" + payg.id).then().body("releaseAt", equalTo("2018-01-28T10:00:00+08:00"));

        Api.as(me).body(Map.of("releaseAt", "2018-01-26T11:00")).put(path).then().statusCode(400)
                .body("code", equalTo("RELEASE_AT_NOT_FUTURE"));
        Api.as(me).body(Map.of("releaseAt", "tomorrow")).put(path).then().statusCode(400)
                .body("code", equalTo("RELEASE_AT_INVALID"));
        Api.as(me).body(Map.of("releaseAt", "9999-01-01T00:00")).put(path).then().statusCode(400);
        Api.as(me).body("{}").put(path).then().statusCode(400).body("code", equalTo("RELEASE_AT_INVALID"));
        Api.as(me).get("/api/v1/resources/" + payg.id).then().body("releaseAt", equalTo("2018-01-28T10:00:00+08:00"));

        Api.as(me).delete(path).then().statusCode(200).body("releaseAt", nullValue());
        Api.as(me).delete(path).then().statusCode(200);
        assertEquals(List.of("RUNNING -"), state(payg));
    }

    @Test
    void subscriptionsAndOtherAccountsResourcesAreRefused() {
        Customer me = fixtures.customer("0");
        Customer intruder = fixtures.customer("0");
        CloudResource payg = fixtures.payg(me, "ECS");
        CloudResource ecs = fixtures.resource(me, "ECS", 30);
        String future = inTwoDays();

        Api.as(me).body(Map.of("releaseAt", future)).put("/api/v1/resources/" + ecs.id + "/release-at").then()
                .statusCode(409).body("code", equalTo("RELEASE_PAYG_ONLY"));
        Api.as(me).post("/api/v1/resources/" + ecs.id + "/release").then().statusCode(409)
                .body("code", equalTo("RELEASE_PAYG_ONLY"));
        Api.as(intruder).body(Map.of("releaseAt", future)).put("/api/v1/resources/" + payg.id + "/release-at").then()
                .statusCode(404).body("code", equalTo("RESOURCE_NOT_FOUND"));
        Api.as(intruder).delete("/api/v1/resources/" + payg.id + "/release-at").then().statusCode(404);
        Api.as(intruder).post("/api/v1/resources/" + payg.id + "/release").then().statusCode(404);
        assertEquals(List.of("RUNNING -"), state(payg));
        assertEquals(List.of("RUNNING -"), state(ecs));
    }

    @Test
    void releaseNowWorksOnceAlsoForAStoppedResource() {
        Customer me = fixtures.customer("0");
        CloudResource payg = fixtures.payg(me, "ECS");
        fixtures.storedStatus(payg, ResourceStatus.STOPPED);       // stopped for arrears

        Api.as(me).post("/api/v1/resources/" + payg.id + "/release").then().statusCode(200)
                .body("status", equalTo("RELEASED")).body("releaseReason", equalTo("CUSTOMER"));

        assertEquals(List.of("RELEASED CUSTOMER"), state(payg));
        Api.as(me).post("/api/v1/resources/" + payg.id + "/release").then().statusCode(409)
                .body("code", equalTo("ALREADY_RELEASED"));
        Api.as(me).body(Map.of("releaseAt", inTwoDays()))
                .put("/api/v1/resources/" + payg.id + "/release-at").then().statusCode(409)
                .body("code", equalTo("ALREADY_RELEASED"));
    }

    @Test
    void theJobReleasesAtTheScheduledTimeEvenWhenItRunsLate() {
        clock.moveTo(JAN_26);                                       // 2018-01-26 12:00 +08:00
        Customer me = fixtures.customer("0");
        CloudResource due = fixtures.payg(me, "ECS");
        CloudResource later = fixtures.payg(me, "ECS");
        CloudResource cleared = fixtures.payg(me, "ECS");
        Api.as(me).body(Map.of("releaseAt", "2018-01-26T14:15")).put("/api/v1/resources/" + due.id + "/release-at")
                .then().statusCode(200);
        Api.as(me).body(Map.of("releaseAt", "2018-02-10T00:00")).put("/api/v1/resources/" + later.id + "/release-at")
                .then().statusCode(200);
        Api.as(me).body(Map.of("releaseAt", "2018-01-26T13:00")).put("/api/v1/resources/" + cleared.id + "/release-at")
                .then().statusCode(200);
        Api.as(me).delete("/api/v1/resources/" + cleared.id + "/release-at").then().statusCode(200);

        // the clock jumps past the release time; the frequent sweeps run at the new time, a day late
        clock.moveTo(OffsetDateTime.parse("2018-01-27T16:40:00+08:00").toInstant());

        assertEquals(List.of("RELEASED SCHEDULED"), state(due));
        assertEquals(OffsetDateTime.parse("2018-01-26T14:15:00+08:00").toInstant(), releasedAt(due),
                "released at the scheduled time, not when the job ran");
        Api.as(me).get("/api/v1/resources/" + due.id).then()
                .body("releasedAt", equalTo("2018-01-26T14:15:00+08:00"))
                .body("releaseReason", equalTo("SCHEDULED"));
        assertEquals(List.of("RUNNING -"), state(later));
        assertEquals(List.of("RUNNING -"), state(cleared));
        assertEquals(0, job.release(), "running again changes nothing");
        assertEquals(OffsetDateTime.parse("2018-01-26T14:15:00+08:00").toInstant(), releasedAt(due));
    }

    @Test
    void twoInstancesReleaseEachDueResourceOnce() throws Exception {
        clock.moveTo(JAN_26);
        Customer me = fixtures.customer("0");
        List<CloudResource> resources = List.of(fixtures.payg(me, "ECS"), fixtures.payg(me, "ECS"),
                fixtures.payg(me, "ECS"), fixtures.payg(me, "ECS"));
        for (CloudResource r : resources) {
            Api.as(me).body(Map.of("releaseAt", "2018-01-26T12:30")).put("/api/v1/resources/" + r.id + "/release-at")
                    .then().statusCode(200);
        }
        // due now without a clock move (whose sweeps would release them): the two "instances" below see them first
        Instant past = JAN_26.minusSeconds(60);
        QuarkusTransaction.requiringNew().run(() -> CloudResource.update("releaseAt = ?1 where id in ?2", past,
                resources.stream().map(r -> r.id).toList()));

        CompletableFuture<Integer> one = CompletableFuture.supplyAsync(job::release);
        CompletableFuture<Integer> two = CompletableFuture.supplyAsync(job::release);
        int released = one.get() + two.get();

        assertEquals(4, released, "each due resource counted by exactly one instance");
        for (CloudResource r : resources) {
            assertEquals(List.of("RELEASED SCHEDULED"), state(r));
        }
    }

    private String inTwoDays() {
        return OffsetDateTime.ofInstant(clock.now().plus(Duration.ofDays(2)), ZoneOffset.ofHours(8)).withNano(0).toString();
    }

    private List<String> state(CloudResource r) {
        return books.strings("select status || ' ' || coalesce(release_reason, '-') from cloud_resource where id = "
                + r.id);
    }

    private Instant releasedAt(CloudResource r) {
        return Instant.parse(books.strings("select to_char(released_at at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')"
                + " from cloud_resource where id = " + r.id).get(0));
    }
}
