package io.billingconsole.admin;

import io.billingconsole.account.Role;
import io.billingconsole.catalog.ProductCatalog;
import io.billingconsole.catalog.ProductRule;
import io.billingconsole.catalog.ProductRuleService;
import io.billingconsole.support.ConsoleSession;
import io.billingconsole.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The product rule edit form: operators only, CSRF, refusals shown as typed in the user's language, saved → list. */
@QuarkusTest
class ProductRulePageTest {

    @Inject
    Fixtures fixtures;

    @Inject
    ProductCatalog catalog;

    @Inject
    ProductRuleService service;

    private ProductRule host;

    @BeforeEach
    void remember() {
        host = catalog.require("VIRTUAL_HOST");
    }

    @AfterEach
    void restore() {
        service.edit(host.productType, new ProductRuleService.RuleEdit(host.renewWindowDays, host.afterWindow,
                host.autoRenewLeadDays, host.autoRenewChangeMinDays, host.autoRenewBlockedWithinDays,
                host.autoRenewForResellerAndApi, host.allowedMonthList(), host.perResourceDuration, host.monthlyPrice,
                host.unsubscribable, host.paygGraceDays, host.paygOverdueReleaseDays, service.version()));
        assertEquals(host.renewWindowDays, catalog.require("VIRTUAL_HOST").renewWindowDays);
    }

    @Test
    void anOperatorEditsARuleThroughTheForm() {
        ConsoleSession session = ConsoleSession.loggedIn(fixtures.staff(Role.OPERATOR), Fixtures.PASSWORD);
        String list = session.get("/admin").asString();
        assertTrue(list.contains("href=\"/admin/product-rules/VIRTUAL_HOST\""), "edit link on the list");
        Response form = session.get("/admin/product-rules/VIRTUAL_HOST");
        assertEquals(200, form.statusCode());
        String html = form.asString();
        assertTrue(html.contains("name=\"csrf_token\""));
        assertTrue(html.contains("value=\"" + host.allowedMonths + "\""));

        Map<String, Object> fields = fields(host, service.version());
        fields.put("renewWindowDays", "-2");
        Response refused = session.post("/admin/product-rules/VIRTUAL_HOST", fields);
        assertEquals(400, refused.statusCode());
        assertTrue(refused.asString().contains("须为 0 到 3650 之间的整数"), refused.asString());
        assertTrue(refused.asString().contains("value=\"-2\""), "the form keeps what was typed");

        fields.put("renewWindowDays", "20");
        fields.put("allowedMonths", "1, 2, 2");
        assertEquals(303, session.post("/language", Map.of("lang", "en")).statusCode());
        Response duplicate = session.post("/admin/product-rules/VIRTUAL_HOST", fields);
        assertEquals(400, duplicate.statusCode());
        assertTrue(duplicate.asString().contains("Duration given twice: 2"), duplicate.asString());

        fields.put("allowedMonths", "1,2,3,12");
        fields.put("monthlyPrice", "26.00");
        Response saved = session.post("/admin/product-rules/VIRTUAL_HOST", fields);
        assertEquals(303, saved.statusCode());
        assertTrue(saved.header("Location").contains("/admin?saved=VIRTUAL_HOST"), saved.header("Location"));
        assertTrue(session.get("/admin?saved=VIRTUAL_HOST").asString().contains("The rules of Virtual host are saved"));
        ProductRule now = catalog.require("VIRTUAL_HOST");
        assertEquals(20, now.renewWindowDays);
        assertEquals("1,2,3,12", now.allowedMonths);
        assertEquals("26.00", now.monthlyPrice.toPlainString());

        // the same (now stale) form again: refused, nothing changes
        fields.put("renewWindowDays", "21");
        Response stale = session.post("/admin/product-rules/VIRTUAL_HOST", fields);
        assertEquals(409, stale.statusCode());
        assertTrue(stale.asString().contains("changed this product rule meanwhile"));
        assertEquals(20, catalog.require("VIRTUAL_HOST").renewWindowDays);
    }

    @Test
    void financeSeesTheRulesButCannotEditAndAFormWithoutTokenIsRefused() {
        ConsoleSession finance = ConsoleSession.loggedIn(fixtures.staff(Role.FINANCE), Fixtures.PASSWORD);
        String list = finance.get("/admin").asString();
        assertFalse(list.contains("/admin/product-rules/"), "no edit links for finance");
        assertEquals(403, finance.get("/admin/product-rules/ECS").statusCode());
        Map<String, Object> fields = fields(host, service.version());
        fields.put("renewWindowDays", "22");
        assertEquals(403, finance.post("/admin/product-rules/VIRTUAL_HOST", fields).statusCode());

        ConsoleSession operator = ConsoleSession.loggedIn(fixtures.staff(Role.OPERATOR), Fixtures.PASSWORD);
        assertEquals(404, operator.get("/admin/product-rules/NO_SUCH").statusCode());
        operator.setCookie("billing_csrf", "forged");
        Response forged = io.restassured.RestAssured.given().redirects().follow(false)
                .cookie("billing_session", operator.cookie("billing_session"))
                .contentType("application/x-www-form-urlencoded").formParams(fields)
                .post("/admin/product-rules/VIRTUAL_HOST");
        assertTrue(forged.statusCode() >= 400 && forged.statusCode() < 500, "no CSRF token: " + forged.statusCode());
        assertEquals(host.renewWindowDays, catalog.require("VIRTUAL_HOST").renewWindowDays);
    }

    private static Map<String, Object> fields(ProductRule r, long version) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("version", String.valueOf(version));
        fields.put("renewWindowDays", String.valueOf(r.renewWindowDays));
        fields.put("afterWindow", r.afterWindow.name());
        fields.put("autoRenewLeadDays", String.valueOf(r.autoRenewLeadDays));
        fields.put("autoRenewChangeMinDays", r.autoRenewChangeMinDays == null ? "" : String.valueOf(r.autoRenewChangeMinDays));
        fields.put("autoRenewBlockedWithinDays", String.valueOf(r.autoRenewBlockedWithinDays));
        if (r.autoRenewForResellerAndApi) {
            fields.put("autoRenewForResellerAndApi", "on");
        }
        fields.put("allowedMonths", r.allowedMonths);
        if (r.perResourceDuration) {
            fields.put("perResourceDuration", "on");
        }
        fields.put("monthlyPrice", r.monthlyPrice.toPlainString());
        if (r.unsubscribable) {
            fields.put("unsubscribable", "on");
        }
        fields.put("paygGraceDays", String.valueOf(r.paygGraceDays));
        fields.put("paygOverdueReleaseDays", String.valueOf(r.paygOverdueReleaseDays));
        return fields;
    }
}
