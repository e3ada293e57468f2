package io.billingconsole.renewal;

import io.billingconsole.resource.CloudResource;
import io.billingconsole.support.Api;
import io.billingconsole.support.Books;
import io.billingconsole.support.Fixtures;
import io.billingconsole.support.Fixtures.Customer;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class RenewalApiTest {

    @Inject
    Fixtures fixtures;

    @Inject
    Books books;

    @Test
    void createsAnUnpaidOrderPricedFromTheMonthlyPrice() {
        Customer me = fixtures.customer("0");
        CloudResource ecs = fixtures.resource(me, "ECS", 5);
        CloudResource rds = fixtures.resource(me, "RDS", 5);

        Api.as(me).body(Map.of("resourceIds", new long[]{ecs.id, rds.id}, "months", 3))
                .post("/api/v1/renewals").then().statusCode(201)
                .header("Location", containsString("/api/v1/orders/"))
                .body("status", equalTo("UNPAID"))
                .body("voidReason", nullValue())
                .body("amount", equalTo("894.00"))                  // (99 + 199) x 3
                .body("lines.resourceId", containsInAnyOrder(ecs.id.intValue(), rds.id.intValue()))
                .body("lines.months", containsInAnyOrder(3, 3))
                .body("lines.amount", containsInAnyOrder("297.00", "597.00"));
        assertEquals(ecs.expiresAt, books.expiry(ecs.id), "nothing renewed before payment");
    }

    @Test
    void perResourceDurationsWhereTheProductAllowsThem() {
        Customer me = fixtures.customer("0");
        CloudResource a = fixtures.resource(me, "ECS", 5);
        CloudResource b = fixtures.resource(me, "ECS", 8);

        Api.as(me).body(Map.of("items", new Object[]{Map.of("resourceId", a.id, "months", 1),
                        Map.of("resourceId", b.id, "months", 12)}))
                .post("/api/v1/renewals").then().statusCode(201)
                .body("amount", equalTo("1287.00"))
                .body("lines.months", containsInAnyOrder(1, 12));

        CloudResource c = fixtures.resource(me, "RDS", 5);
        CloudResource d = fixtures.resource(me, "RDS", 8);
        Api.as(me).body(Map.of("items", new Object[]{Map.of("resourceId", c.id, "months", 1),
                        Map.of("resourceId", d.id, "months", 2)}))
                .post("/api/v1/renewals").then().statusCode(400)
                .body("code", equalTo("PER_RESOURCE_DURATION_NOT_ALLOWED"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "10", "61", "120"})
    void durationsOutsideTheProductsListAreRefused(String months) {
        Customer me = fixtures.customer("0");
        CloudResource ecs = fixtures.resource(me, "ECS", 5);
        Api.as(me).body("{\"resourceIds\":[" + ecs.id + "],\"months\":" + months + "}")
                .post("/api/v1/renewals").then().statusCode(400).body("code", equalTo("INVALID_DURATION"));
        assertEquals(0, books.orderCount(me.accountId()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.5", "\"three\"", "1e2", "null", "[]"})
    void fractionalOrMistypedDurationsAreRefused(String months) {
        Customer me = fixtures.customer("0");
        CloudResource ecs = fixtures.resource(me, "ECS", 5);
        Api.as(me).body("{\"resourceIds\":[" + ecs.id + "],\"months\":" + months + "}")
                .post("/api/v1/renewals").then().statusCode(400);
        assertEquals(0, books.orderCount(me.accountId()));
    }

    @Test
    void domainsRenewByTheYearOnly() {
        Customer me = fixtures.customer("0");
        CloudResource domain = fixtures.resource(me, "DOMAIN", 40);
        Api.as(me).header("Accept-Language", "en").body(Map.of("resourceIds", new long[]{domain.id}, "months", 1))
                .post("/api/v1/renewals").then().statusCode(400)
                .body("code", equalTo("INVALID_DURATION"))
                .body("message", containsString("12,24,36,48,60"));
        Api.as(me).body(Map.of("resourceIds", new long[]{domain.id}, "months", 24))
                .post("/api/v1/renewals").then().statusCode(201).body("amount", equalTo("138.00"));
    }

    @Test
    void anotherAccountsResourceIsNotFoundAndNothingIsCreated() {
        Customer me = fixtures.customer("0");
        Customer other = fixtures.customer("0");
        CloudResource mine = fixtures.resource(me, "ECS", 5);
        CloudResource theirs = fixtures.resource(other, "ECS", 5);

        Api.as(me).body(Map.of("resourceIds", new long[]{mine.id, theirs.id}, "months", 1))
                .post("/api/v1/renewals").then().statusCode(404).body("code", equalTo("RESOURCE_NOT_FOUND"));
        assertEquals(0, books.orderCount(me.accountId()));
        assertEquals(0, books.orderCount(other.accountId()));
    }

    @Test
    void releasedPastTheWindowAndPaygResourcesAreConflicts() {
        Customer me = fixtures.customer("0");
        CloudResource released = fixtures.resource(me, "ECS", -20);        // ECS window: 15 days
        CloudResource payg = fixtures.payg(me, "ECS");
        CloudResource lateDomain = fixtures.resource(me, "DOMAIN", -29);   // domain window: 30 days

        Api.as(me).body(Map.of("resourceIds", new long[]{released.id}, "months", 1))
                .post("/api/v1/renewals").then().statusCode(409).body("code", equalTo("RESOURCE_RELEASED"));
        Api.as(me).body(Map.of("resourceIds", new long[]{payg.id}, "months", 1))
                .post("/api/v1/renewals").then().statusCode(409).body("code", equalTo("PAYG_NOT_RENEWABLE"));
        Api.as(me).body(Map.of("resourceIds", new long[]{lateDomain.id}, "months", 12))
                .post("/api/v1/renewals").then().statusCode(201);
        assertEquals(1, books.orderCount(me.accountId()));
    }

    @Test
    void aSecondOrderForAResourceWithAnUnpaidOneIsAConflict() {
        Customer me = fixtures.customer("0");
        CloudResource ecs = fixtures.resource(me, "ECS", 5);
        int first = Api.as(me).body(Map.of("resourceIds", new long[]{ecs.id}, "months", 1))
                .post("/api/v1/renewals").then().statusCode(201).extract().path("id");

        Api.as(me).body(Map.of("resourceIds", new long[]{ecs.id}, "months", 1))
                .post("/api/v1/renewals").then().statusCode(409)
                .body("code", equalTo("UNPAID_ORDER_EXISTS"))
                .body("message", containsString(String.valueOf(first)));
        assertEquals(1, books.orderCount(me.accountId()));
    }

    @Test
    void malformedSelectionsAreRefused() {
        Customer me = fixtures.customer("0");
        CloudResource ecs = fixtures.resource(me, "ECS", 5);

        Api.as(me).body("{\"resourceIds\":[],\"months\":1}").post("/api/v1/renewals").then()
                .statusCode(400).body("code", equalTo("EMPTY_SELECTION"));
        Api.as(me).body("{\"resourceIds\":[" + ecs.id + "," + ecs.id + "],\"months\":1}").post("/api/v1/renewals")
                .then().statusCode(400).body("code", equalTo("DUPLICATE_RESOURCE"));
        Api.as(me).body("{\"resourceIds\":[" + ecs.id + "],\"months\":1").post("/api/v1/renewals").then()
                .statusCode(400).body("code", equalTo("MALFORMED_REQUEST"));
        Api.as(me).body("{\"resourceIds\":\"" + ecs.id + "\",\"months\":1}").post("/api/v1/renewals").then()
                .statusCode(400);
        Api.as(me).body("{\"resourceIds\":[" + ecs.id + "],\"months\":1} trailing").post("/api/v1/renewals").then()
                .statusCode(400).body("code", equalTo("MALFORMED_REQUEST"));
        assertEquals(0, books.orderCount(me.accountId()));
    }

    @Test
    void oversizedBodiesAreRefused() {
        Customer me = fixtures.customer("0");
        String huge = "{\"resourceIds\":[" + "1,".repeat(40_000) + "1],\"months\":1}";
        Api.as(me).body(huge).post("/api/v1/renewals").then().statusCode(413);
        assertEquals(0, books.orderCount(me.accountId()));
    }
}
