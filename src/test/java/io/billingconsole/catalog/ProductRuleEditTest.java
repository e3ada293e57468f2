package io.billingconsole.catalog;

import io.billingconsole.account.Role;
import io.billingconsole.catalog.ProductRuleService.RuleEdit;
import io.billingconsole.resource.CloudResource;
import io.billingconsole.resource.ResourceLifecycleJob;
import io.billingconsole.resource.ResourceStatus;
import io.billingconsole.support.Api;
import io.billingconsole.support.Fixtures;
import io.billingconsole.support.Fixtures.Customer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Operators edit the product rules (issue 12): validation with reasons, roles, 404, stale forms,
 * the audit entry, and that an edit applies to the next renewal and the next sweep while orders and
 * resources keep what they had. Every rule changed here is put back after each test.
 */
@QuarkusTest
class ProductRuleEditTest {

    private static final String PATH = "/api/v1/admin/product-rules/";

    @Inject
    Fixtures fixtures;

    @Inject
    ProductCatalog catalog;

    @Inject
    ProductRuleService service;

    @Inject
    ResourceLifecycleJob lifecycle;

    @Inject
    EntityManager em;

    @Inject
    java.time.ZoneId zone;

    private String operator;
    private ProductRule ecs;
    private ProductRule rds;

    @BeforeEach
    void remember() {
        operator = fixtures.staff(Role.OPERATOR);
        ecs = catalog.require("ECS");
        rds = catalog.require("RDS");
    }

    @AfterEach
    void restore() {
        for (ProductRule original : List.of(ecs, rds)) {
            service.edit(original.productType, edit(original, service.version()));
        }
        assertEquals(ecs.allowedMonths, catalog.require("ECS").allowedMonths);
        assertEquals(ecs.renewWindowDays, catalog.require("ECS").renewWindowDays);
        assertEquals(ecs.monthlyPrice, catalog.require("ECS").monthlyPrice);
    }

    @Test
    void readsTheRulesWithTheVersionAndOnlyOperatorsMayEdit() {
        Api.as(operator).get(PATH.substring(0, PATH.length() - 1)).then().statusCode(200)
                .body("productType", hasItems("DOMAIN", "ECS", "RDS"));
        Api.as(operator).get(PATH + "ECS").then().statusCode(200)
                .body("renewWindowDays", equalTo(ecs.renewWindowDays)).body("afterWindow", equalTo("RELEASED"))
                .body("monthlyPrice", equalTo(ecs.monthlyPrice.toPlainString()))
                .body("allowedMonths[0]", equalTo(1)).body("autoRenewChangeMinDays", equalTo(null));
        Api.as(operator).get(PATH + "NO_SUCH").then().statusCode(404).body("code", equalTo("RULE_NOT_FOUND"));

        Map<String, Object> body = body(ecs);
        body.put("renewWindowDays", 20);
        String finance = fixtures.staff(Role.FINANCE);
        Api.as(finance).body(body).put(PATH + "ECS").then().statusCode(403);
        Api.as(fixtures.customer("0")).body(body).put(PATH + "ECS").then().statusCode(403);
        Api.as(finance).get(PATH + "ECS").then().statusCode(403);
        Api.as(operator).body(body).put(PATH + "NO_SUCH").then().statusCode(404).body("code", equalTo("RULE_NOT_FOUND"));
        assertEquals(ecs.renewWindowDays, catalog.require("ECS").renewWindowDays);
    }

    @Test
    void invalidEditsAreRefusedWithTheReasonAndChangeNothing() {
        long version = service.version();
        refused("renewWindowDays", -1, 400, "RULE_FIELD_OUT_OF_RANGE", "renewWindowDays must be a whole number from 0 to 3650");
        refused("autoRenewLeadDays", 0, 400, "RULE_FIELD_OUT_OF_RANGE", "autoRenewLeadDays must be a whole number from 1");
        refused("autoRenewBlockedWithinDays", -3, 400, "RULE_FIELD_OUT_OF_RANGE", "autoRenewBlockedWithinDays");
        refused("autoRenewChangeMinDays", 0, 400, "RULE_FIELD_OUT_OF_RANGE", "autoRenewChangeMinDays");
        refused("paygOverdueReleaseDays", 0, 400, "RULE_FIELD_OUT_OF_RANGE", "paygOverdueReleaseDays");
        refused("paygGraceDays", -1, 400, "RULE_FIELD_OUT_OF_RANGE", "paygGraceDays");
        refused("allowedMonths", List.of(), 400, "RULE_MONTHS_EMPTY", "at least one duration");
        refused("allowedMonths", List.of(1, 3, 3), 400, "RULE_MONTHS_DUPLICATE", "twice: 3");
        refused("allowedMonths", List.of(1, 121), 400, "RULE_MONTHS_INVALID", "121");
        refused("allowedMonths", List.of(0), 400, "RULE_MONTHS_INVALID", "0");
        refused("monthlyPrice", "-1.00", 400, "INVALID_AMOUNT", "");
        refused("monthlyPrice", "99999999999.00", 400, "AMOUNT_ABOVE_LIMIT", "");
        refused("renewWindowDays", null, 400, "RULE_FIELD_REQUIRED", "renewWindowDays");
        refused("afterWindow", null, 400, "RULE_FIELD_REQUIRED", "afterWindow");
        refused("unsubscribable", null, 400, "RULE_FIELD_REQUIRED", "unsubscribable");
        refused("version", null, 400, "RULE_FIELD_REQUIRED", "version");
        refused("renewWindowDays", "ten", 400, null, null);
        refused("renewWindowDays", 1.5, 400, null, null);
        refused("afterWindow", "DELETED", 400, null, null);
        refused("allowedMonths", "1,2", 400, null, null);
        Map<String, Object> zh = body(ecs);
        zh.put("renewWindowDays", -1);
        Api.as(operator).header("Accept-Language", "zh").body(zh).put(PATH + "ECS").then().statusCode(400)
                .body("message", containsString("须为 0 到 3650 之间的整数"));
        assertEquals(version, service.version(), "nothing was written");
        assertEquals(0, auditCount("ECS"));
    }

    @Test
    void aStaleFormIsRefusedWith409AndChangesNothing() {
        long seen = service.version();
        Map<String, Object> first = body(rds);
        first.put("renewWindowDays", 20);
        Api.as(operator).body(first).put(PATH + "RDS").then().statusCode(200).body("renewWindowDays", equalTo(20))
                .body("version", equalTo((int) service.version()));
        Map<String, Object> second = body(rds);
        second.put("version", seen);
        second.put("renewWindowDays", 25);
        second.put("paygGraceDays", 4);
        Api.as(operator).header("Accept-Language", "en").body(second).put(PATH + "RDS").then().statusCode(409)
                .body("code", equalTo("RULE_CHANGED_MEANWHILE")).body("message", containsString("changed this product rule meanwhile"));
        assertEquals(20, catalog.require("RDS").renewWindowDays);
        assertEquals(rds.paygGraceDays, catalog.require("RDS").paygGraceDays);
        assertEquals(1, auditCount("RDS"));
    }

    @Test
    void anEditAppliesToTheNextRenewalAndNewResourcesButLeavesOrdersAndResourcesAlone() {
        Customer me = fixtures.customer("5000");
        CloudResource old = fixtures.resource(me, "ECS", 5);
        String orderId = Api.as(me).body(Map.of("resourceIds", new long[]{old.id}, "months", 1))
                .post("/api/v1/renewals").then().statusCode(201).body("amount", equalTo("99.00"))
                .extract().path("id").toString();
        CloudResource third = fixtures.resource(me, "ECS", 7);
        CloudResource scheduled = fixtures.resource(me, "ECS", 20);
        Api.as(me).body(Map.of("enabled", true, "months", 1)).put("/api/v1/resources/" + scheduled.id + "/auto-renew")
                .then().statusCode(200);
        assertEquals(expiryDay(scheduled).minusDays(9), stored(scheduled).nextAutoRenewOn);
        Api.as(me).body(Map.of("resourceIds", new long[]{third.id}, "months", 10))
                .post("/api/v1/renewals").then().statusCode(400).body("code", equalTo("INVALID_DURATION"));

        Map<String, Object> body = body(ecs);
        body.put("allowedMonths", List.of(2, 10, 12));
        body.put("monthlyPrice", "120.50");
        body.put("autoRenewLeadDays", 5);
        Api.as(operator).body(body).put(PATH + "ECS").then().statusCode(200)
                .body("allowedMonths", equalTo(List.of(2, 10, 12))).body("monthlyPrice", equalTo("120.50"));

        // the next renewal sees the new durations at once; the old resource keeps its own price
        CloudResource other = fixtures.resource(me, "ECS", 6);
        Api.as(me).body(Map.of("resourceIds", new long[]{other.id}, "months", 1))
                .post("/api/v1/renewals").then().statusCode(400).body("code", equalTo("INVALID_DURATION"));
        Api.as(me).body(Map.of("resourceIds", new long[]{third.id}, "months", 10))
                .post("/api/v1/renewals").then().statusCode(201).body("amount", equalTo("990.00"));
        // a resource registered now gets the new list price
        Api.as(me).get("/api/v1/resources/" + other.id).then().statusCode(200).body("monthlyPrice", equalTo("120.50"));
        Api.as(me).get("/api/v1/resources/" + old.id).then().statusCode(200).body("monthlyPrice", equalTo("99.00"));
        // the order made before keeps its amount and duration
        Api.as(me).get("/api/v1/orders/" + orderId).then().statusCode(200).body("amount", equalTo("99.00"))
                .body("lines[0].months", equalTo(1));

        // an attempt already scheduled keeps its day; a schedule made now uses the new lead days
        assertEquals(expiryDay(scheduled).minusDays(9), stored(scheduled).nextAutoRenewOn);
        CloudResource later = fixtures.resource(me, "ECS", 20);
        Api.as(me).body(Map.of("enabled", true, "months", 2)).put("/api/v1/resources/" + later.id + "/auto-renew")
                .then().statusCode(200);
        assertEquals(expiryDay(later).minusDays(5), stored(later).nextAutoRenewOn);

        String details = auditDetails("ECS");
        assertTrue(details.contains("allowedMonths: " + ecs.allowedMonths + " → 2,10,12"), details);
        assertTrue(details.contains("monthlyPrice: 99.00 → 120.50"), details);
        assertTrue(details.contains("autoRenewLeadDays: 9 → 5"), details);
        assertTrue(!details.contains("renewWindowDays"), "only changed fields: " + details);
        assertEquals(operator, auditActor("ECS"));
    }

    @Test
    void aWindowEditChangesWhenTheLifecycleSweepReleases() {
        Customer me = fixtures.customer("0");
        Map<String, Object> body = body(ecs);
        body.put("renewWindowDays", 30);
        Api.as(operator).body(body).put(PATH + "ECS").then().statusCode(200);
        CloudResource lapsed = fixtures.resource(me, "ECS", -20);
        lifecycle.advance();
        assertEquals(ResourceStatus.EXPIRED, status(lapsed), "20 days after expiry, inside a 30-day window");

        Map<String, Object> back = body(ecs);
        back.put("version", service.version());
        Api.as(operator).body(back).put(PATH + "ECS").then().statusCode(200).body("renewWindowDays", equalTo(15));
        lifecycle.advance();
        assertEquals(ResourceStatus.RELEASED, status(lapsed), "past the 15-day window on the next sweep");
    }

    private void refused(String field, Object value, int status, String code, String message) {
        Map<String, Object> body = body(ecs);
        body.put(field, value);
        Response answer = Api.as(operator).header("Accept-Language", "en").body(body).put(PATH + "ECS");
        answer.then().statusCode(status);
        if (code != null) {
            answer.then().body("code", equalTo(code)).body("message", containsString(message));
        }
    }

    private Map<String, Object> body(ProductRule rule) {
        Map<String, Object> body = new HashMap<>();
        body.put("renewWindowDays", rule.renewWindowDays);
        body.put("afterWindow", rule.afterWindow.name());
        body.put("autoRenewLeadDays", rule.autoRenewLeadDays);
        body.put("autoRenewChangeMinDays", rule.autoRenewChangeMinDays);
        body.put("autoRenewBlockedWithinDays", rule.autoRenewBlockedWithinDays);
        body.put("autoRenewForResellerAndApi", rule.autoRenewForResellerAndApi);
        body.put("allowedMonths", new ArrayList<>(rule.allowedMonthList()));
        body.put("perResourceDuration", rule.perResourceDuration);
        body.put("monthlyPrice", rule.monthlyPrice.toPlainString());
        body.put("unsubscribable", rule.unsubscribable);
        body.put("paygGraceDays", rule.paygGraceDays);
        body.put("paygOverdueReleaseDays", rule.paygOverdueReleaseDays);
        body.put("version", service.version());
        return body;
    }

    static RuleEdit edit(ProductRule r, long version) {
        return new RuleEdit(r.renewWindowDays, r.afterWindow, r.autoRenewLeadDays, r.autoRenewChangeMinDays,
                r.autoRenewBlockedWithinDays, r.autoRenewForResellerAndApi, r.allowedMonthList(),
                r.perResourceDuration, r.monthlyPrice, r.unsubscribable, r.paygGraceDays, r.paygOverdueReleaseDays,
                version);
    }

    private CloudResource stored(CloudResource resource) {
        return QuarkusTransaction.requiringNew().call(() -> em.find(CloudResource.class, resource.id));
    }

    private java.time.LocalDate expiryDay(CloudResource resource) {
        return stored(resource).expiresAt.atZone(zone).toLocalDate();
    }

    private ResourceStatus status(CloudResource resource) {
        return QuarkusTransaction.requiringNew().call(() -> em.find(CloudResource.class, resource.id).status);
    }

    private long auditCount(String productType) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from audit_log where action = 'PRODUCT_RULE_EDITED' and target = ?1 and actor = ?2")
                .setParameter(1, productType).setParameter(2, operator).getSingleResult()).longValue());
    }

    private String auditDetails(String productType) {
        return QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "select details from audit_log where action = 'PRODUCT_RULE_EDITED' and target = ?1 and actor = ?2"
                        + " order by id desc limit 1").setParameter(1, productType).setParameter(2, operator)
                .getSingleResult());
    }

    private String auditActor(String productType) {
        return QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "select actor from audit_log where action = 'PRODUCT_RULE_EDITED' and target = ?1"
                        + " order by id desc limit 1").setParameter(1, productType).getSingleResult());
    }
}
