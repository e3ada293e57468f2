package io.billingconsole.autorenew;

import io.billingconsole.resource.BillingMethod;
import io.billingconsole.resource.Channel;
import io.billingconsole.resource.CloudResource;
import io.billingconsole.resource.RegisterResourceCommand;
import io.billingconsole.resource.ResourceService;
import io.billingconsole.clock.TestClock;
import io.billingconsole.support.Api;
import io.billingconsole.support.Books;
import io.billingconsole.support.Fixtures;
import io.billingconsole.support.Fixtures.Customer;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.billingconsole.support.TestDates.JAN_26;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Auto-renew settings through the API: every rule answers 409 with its code and a message. */
@QuarkusTest
class AutoRenewApiTest {

    @Inject
    Fixtures fixtures;

    @Inject
    ResourceService resources;

    @Inject
    Books books;

    @Inject
    TestClock clock;

    /** A fixed business time for the tests that count days, so that they cannot fail across midnight. */

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void enableModifyAndCancel() {
        clock.moveTo(JAN_26);
        Customer me = fixtures.customer("0");
        CloudResource ecs = fixtures.resource(me, "ECS", 40);
        String path = "/api/v1/resources/" + ecs.id + "/auto-renew";

        Api.as(me).body(Map.of("enabled", true, "months", 3)).put(path).then().statusCode(200)
                .body("autoRenew.enabled", equalTo(true)).body("autoRenew.months", equalTo(3));
        Api.as(me).body(Map.of("enabled", true, "months", 12)).put(path).then().statusCode(200)
                .body("autoRenew.months", equalTo(12));
        Api.as(me).get("/api/v1/resources/" + ecs.id + "/charge-calendar").then().statusCode(200)
                .body("autoRenew", equalTo(true))
                .body("nextAttempt", containsString("T08:00:00+08:00"))
                .body("retryDays", hasSize(8))
                .body("releaseAt", notNullValue());
        Api.as(me).body(Map.of("enabled", false)).put(path).then().statusCode(200)
                .body("autoRenew.enabled", equalTo(false)).body("autoRenew.months", nullValue());
        Api.as(me).body(Map.of("enabled", false)).put(path).then().statusCode(409)
                .body("code", equalTo("AUTO_RENEW_NOT_ON"));
        Api.as(me).get("/api/v1/resources/" + ecs.id + "/charge-calendar").then().statusCode(200)
                .body("nextAttempt", nullValue());
    }

    @Test
    void wanwangTwentyDayBoundary() {
        clock.moveTo(JAN_26);
        Customer me = fixtures.customer("0");
        CloudResource at21 = fixtures.resource(me, "DOMAIN", 21);
        CloudResource at20 = fixtures.resource(me, "DOMAIN", 20);
        CloudResource at19 = fixtures.resource(me, "DOMAIN", 19);

        enable(me, at21, 12).then().statusCode(200);
        enable(me, at20, 12).then().statusCode(200);
        enable(me, at19, 12).then().statusCode(409).body("code", equalTo("AUTO_RENEW_CHANGE_TOO_LATE"))
                .body("message", containsString("20"));
        Api.as(me).body(Map.of("enabled", false)).put("/api/v1/resources/" + at20.id + "/auto-renew").then()
                .statusCode(200);
        Api.as(me).header("Accept-Language", "en").body(Map.of("resourceIds", new long[]{at19.id}, "months", 12))
                .put("/api/v1/auto-renew").then().statusCode(409)
                .body("message", containsString("at least 20 days"));
    }

    /**
     * Cancelling has the same cut-off as enabling, in both families (SPEC section 1, "set/cancel"):
     * on 2018-01-26 12:00 an ECS expiring 01-28 00:00 may still be cancelled, one expiring 01-27
     * 00:00 may not; a domain 20 days from expiry may, one 19 days from it may not. A refusal keeps
     * the setting and the next attempt.
     */
    @Test
    void cancellingIsRefusedInsideTheSameCutOffAsEnabling() {
        clock.moveTo(JAN_26);
        Customer me = fixtures.customer("0");
        CloudResource ecsOutside = fixtures.resource(me, "ECS", 2);
        CloudResource ecsInside = fixtures.resource(me, "ECS", 1);
        CloudResource domainOutside = fixtures.resource(me, "DOMAIN", 20);
        CloudResource domainInside = fixtures.resource(me, "DOMAIN", 19);
        enable(me, ecsOutside, 1).then().statusCode(200);
        enable(me, domainOutside, 12).then().statusCode(200);
        fixtures.storedAutoRenew(ecsInside, 1);
        fixtures.storedAutoRenew(domainInside, 12);

        cancel(me, ecsOutside).then().statusCode(200).body("autoRenew.enabled", equalTo(false));
        cancel(me, domainOutside).then().statusCode(200).body("autoRenew.enabled", equalTo(false));
        cancel(me, ecsInside).then().statusCode(409).body("code", equalTo("AUTO_RENEW_EXPIRES_TOO_SOON"))
                .body("message", containsString("不能开通或取消自动续费"));
        cancel(me, domainInside).then().statusCode(409).body("code", equalTo("AUTO_RENEW_CHANGE_TOO_LATE"))
                .body("message", containsString("19"));

        assertEquals("on 1", books.autoRenew(ecsInside.id));
        assertEquals("on 12", books.autoRenew(domainInside.id));
        Api.as(me).get("/api/v1/resources/" + ecsInside.id + "/charge-calendar").then().statusCode(200)
                .body("autoRenew", equalTo(true));
    }

    @Test
    void theRulesRefuseWithTheirCodes() {
        clock.moveTo(JAN_26);
        Customer me = fixtures.customer("0");
        CloudResource soon = fixtures.resource(me, "ECS", 1);
        CloudResource payg = fixtures.payg(me, "ECS");
        CloudResource trial = register(me, "ECS", true, Channel.CONSOLE);
        CloudResource resold = register(me, "DOMAIN", false, Channel.RESELLER);
        CloudResource apiEcs = register(me, "ECS", false, Channel.API);

        enable(me, soon, 1).then().statusCode(409).body("code", equalTo("AUTO_RENEW_EXPIRES_TOO_SOON"));
        enable(me, payg, 1).then().statusCode(409).body("code", equalTo("AUTO_RENEW_NOT_RUNNING"));
        enable(me, trial, 1).then().statusCode(409).body("code", equalTo("AUTO_RENEW_TRIAL"));
        enable(me, resold, 12).then().statusCode(409).body("code", equalTo("AUTO_RENEW_CHANNEL"));
        enable(me, apiEcs, 1).then().statusCode(200);
        enable(me, apiEcs, 10).then().statusCode(400).body("code", equalTo("INVALID_DURATION"));
        Api.as(me).body(Map.of("enabled", true)).put("/api/v1/resources/" + apiEcs.id + "/auto-renew").then()
                .statusCode(400).body("code", equalTo("INVALID_INPUT"));
    }

    @Test
    void batchEnableIsRefusedWhenOneAlreadyHasItAndChangesNothing() {
        Customer me = fixtures.customer("0");
        CloudResource on = fixtures.resource(me, "ECS", 40);
        CloudResource off = fixtures.resource(me, "ECS", 41);
        enable(me, on, 1).then().statusCode(200);

        Api.as(me).body(Map.of("resourceIds", new long[]{on.id, off.id}, "months", 2)).put("/api/v1/auto-renew")
                .then().statusCode(409).body("code", equalTo("AUTO_RENEW_ALREADY_ON"))
                .body("message", containsString(on.name));
        Api.as(me).get("/api/v1/resources/" + off.id).then().body("autoRenew.enabled", equalTo(false));

        CloudResource other = fixtures.resource(me, "ECS", 42);
        Api.as(me).body(Map.of("resourceIds", new long[]{off.id, other.id}, "months", 2)).put("/api/v1/auto-renew")
                .then().statusCode(200).body("items", hasSize(2)).body("items[0].autoRenew.months", equalTo(2));
    }

    @Test
    void anotherAccountsResourceIsNotFound() {
        Customer me = fixtures.customer("0");
        Customer other = fixtures.customer("0");
        CloudResource theirs = fixtures.resource(other, "ECS", 40);
        enable(me, theirs, 1).then().statusCode(404).body("code", equalTo("RESOURCE_NOT_FOUND"));
        Api.as(me).get("/api/v1/resources/" + theirs.id + "/charge-calendar").then().statusCode(404);
        Api.as(me).body(Map.of("resourceIds", new long[]{theirs.id}, "months", 1)).put("/api/v1/auto-renew")
                .then().statusCode(404);
        Api.as(other).get("/api/v1/resources/" + theirs.id).then().body("autoRenew.enabled", equalTo(false));
    }

    private io.restassured.response.Response cancel(Customer customer, CloudResource resource) {
        return Api.as(customer).body(Map.of("enabled", false)).put("/api/v1/resources/" + resource.id + "/auto-renew");
    }

    private io.restassured.response.Response enable(Customer customer, CloudResource resource, int months) {
        return Api.as(customer).body(Map.of("enabled", true, "months", months))
                .put("/api/v1/resources/" + resource.id + "/auto-renew");
    }

    private CloudResource register(Customer owner, String type, boolean trial, Channel channel) {
        return resources.register(new RegisterResourceCommand(owner.accountId(), type, type.toLowerCase() + "-" + channel,
                "cn-hangzhou", fixtures.midnight(60), BillingMethod.SUBSCRIPTION, trial, channel, null));
    }
}
