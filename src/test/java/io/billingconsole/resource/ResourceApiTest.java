package io.billingconsole.resource;

import io.billingconsole.account.Role;
import io.billingconsole.support.Api;
import io.billingconsole.support.Fixtures;
import io.billingconsole.support.Fixtures.Customer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.ZoneId;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
class ResourceApiTest {

    @Inject
    Fixtures fixtures;

    @Inject
    ZoneId zone;

    @Test
    void listsOnlyTheCallersOwnResourcesWithTheFixedFieldNames() {
        Customer me = fixtures.customer("0");
        Customer other = fixtures.customer("0");
        CloudResource mine = fixtures.resource(me, "ECS", 20);
        CloudResource theirs = fixtures.resource(other, "ECS", 20);

        Api.as(me).get("/api/v1/resources").then().statusCode(200)
                .body("total", equalTo(1))
                .body("items.id", contains(mine.id.intValue()))
                .body("items.id", not(hasItem(theirs.id.intValue())))
                .body("items[0].productType", equalTo("ECS"))
                .body("items[0].status", equalTo("RUNNING"))
                .body("items[0].monthlyPrice", equalTo("99.00"))
                .body("items[0].expiresAt", equalTo(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(mine.expiresAt.atZone(zone))))
                .body("items[0].autoRenew.enabled", equalTo(false));
    }

    @Test
    void filtersAsOnThePage() {
        Customer me = fixtures.customer("0");
        CloudResource soon = fixtures.resource(me, "ECS", 5);
        CloudResource month = fixtures.resource(me, "ECS", 25);
        CloudResource domain = fixtures.resource(me, "DOMAIN", 5);
        CloudResource expired = fixtures.resource(me, "RDS", -3);

        Api.as(me).get("/api/v1/resources?expiresWithinDays=7").then().statusCode(200)
                .body("items.id", containsInAnyOrder(soon.id.intValue(), domain.id.intValue()));
        Api.as(me).get("/api/v1/resources?expiresWithinDays=30&productType=ECS").then()
                .body("items.id", contains(soon.id.intValue(), month.id.intValue()));
        Api.as(me).get("/api/v1/resources?status=EXPIRED").then()
                .body("items.id", contains(expired.id.intValue()));
        Api.as(me).get("/api/v1/resources?q=" + domain.name).then()
                .body("items.id", contains(domain.id.intValue()));
        Api.as(me).get("/api/v1/resources?q=" + month.id).then()
                .body("items.id", contains(month.id.intValue()));
        Api.as(me).get("/api/v1/resources?size=2&page=2").then()
                .body("total", equalTo(4)).body("page", equalTo(2)).body("items.size()", equalTo(2));
    }

    @Test
    void badFiltersAreRefusedWithACode() {
        Customer me = fixtures.customer("0");
        Api.as(me).get("/api/v1/resources?status=SLEEPING").then().statusCode(400).body("code", equalTo("INVALID_INPUT"));
        Api.as(me).get("/api/v1/resources?expiresWithinDays=8").then().statusCode(400).body("code", equalTo("INVALID_INPUT"));
        Api.as(me).get("/api/v1/resources?expiresWithinDays=x").then().statusCode(400);
        Api.as(me).get("/api/v1/resources?productType=TOASTER").then().statusCode(400)
                .body("code", equalTo("UNKNOWN_PRODUCT"));
    }

    @Test
    void anotherAccountsResourceIsNotFound() {
        Customer me = fixtures.customer("0");
        Customer other = fixtures.customer("0");
        CloudResource theirs = fixtures.resource(other, "ECS", 20);

        Api.as(me).get("/api/v1/resources/" + theirs.id).then().statusCode(404)
                .body("code", equalTo("RESOURCE_NOT_FOUND"));
        Api.as(me).get("/api/v1/resources/not-a-number").then().statusCode(404);
        Api.as(other).get("/api/v1/resources/" + theirs.id).then().statusCode(200)
                .body("name", equalTo(theirs.name));
    }

    @Test
    void theApiNeedsTheRightCredentialsAndRole() {
        Customer me = fixtures.customer("0");
        RestAssured.given().get("/api/v1/resources").then().statusCode(401);
        Api.as(me.username(), "wrong-password").get("/api/v1/resources").then().statusCode(401);
        Api.as(fixtures.staff(Role.OPERATOR)).get("/api/v1/resources").then().statusCode(403);
        Api.as(fixtures.staff(Role.FINANCE)).get("/api/v1/account").then().statusCode(403);
    }

    @Test
    void messagesFollowAcceptLanguage() {
        Customer me = fixtures.customer("0");
        Api.as(me).header("Accept-Language", "en-US,en;q=0.9").get("/api/v1/resources/999999999").then()
                .statusCode(404).body("message", equalTo("Resource 999999999 not found"));
        Api.as(me).get("/api/v1/resources/999999999").then()
                .statusCode(404).body("message", equalTo("资源 999999999 不存在"));
    }
}
