package io.billingconsole.account;

import io.billingconsole.shared.DomainException;
import io.billingconsole.support.Api;
import io.billingconsole.support.ConsoleSession;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A provider's first start: demo data off, the first operator from BILLING_ADMIN_USERNAME /
 * BILLING_ADMIN_PASSWORD (its own fresh database), who creates a finance user who then works.
 */
@QuarkusTest
@TestProfile(FirstOperatorTest.FirstStart.class)
class FirstOperatorTest {

    static final String ADMIN = "chief";
    static final String ADMIN_PASSWORD = "chief-pass-2026";

    /** As a provider starts it in production: no demo data, the bootstrap settings. */
    public static class FirstStart implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("billing.demo-data", "false",
                    "billing.admin.username", ADMIN,
                    "billing.admin.password", ADMIN_PASSWORD);
        }
    }

    @Inject
    OperatorBootstrap bootstrap;

    @Inject
    StaffService staff;

    @Test
    void theConfiguredOperatorLogsInCreatesAFinanceUserAndThatUserWorks() {
        assertEquals(ADMIN, usernames(Role.OPERATOR).get(0), "the first operator");
        assertEquals(0, count("username in ?1", List.of("demo", "demo2", "finance", "operator")), "no demo login");

        ConsoleSession chief = ConsoleSession.loggedIn(ADMIN, ADMIN_PASSWORD);
        assertEquals(200, chief.get("/admin").statusCode());
        Response created = chief.post("/admin/users", Map.of("username", "cashier", "email", "cashier@provider.example",
                "role", "FINANCE", "password", "cashier-pass-1"));
        assertEquals(303, created.statusCode());
        assertTrue(created.header("Location").endsWith("/admin/users?done=created"), created.header("Location"));

        ConsoleSession cashier = ConsoleSession.loggedIn("cashier", "cashier-pass-1");
        Response backOffice = cashier.get("/admin");
        assertEquals(200, backOffice.statusCode());
        assertTrue(backOffice.asString().contains("产品续费规则"), "finance sees the back office");
        assertEquals(403, cashier.get("/admin/users").statusCode(), "but not the staff accounts");
        assertEquals(200, cashier.get("/account/password").statusCode());

        Api.as(ADMIN, ADMIN_PASSWORD).get("/api/v1/admin/audit").then().statusCode(200)
                .body("action", hasItem("OPERATOR_BOOTSTRAPPED"))
                .body("find { it.action == 'OPERATOR_BOOTSTRAPPED' }.actor", equalTo(Audit.SYSTEM))
                .body("find { it.action == 'STAFF_CREATED' }.actor", equalTo(ADMIN))
                .body("find { it.action == 'STAFF_CREATED' }.target", equalTo("cashier"));
    }

    @Test
    void aSecondStartNeverOverwritesTheOperator() {
        List<String> before = usernames(Role.OPERATOR);
        bootstrap.ensureFirstOperator(Optional.of(ADMIN), Optional.of("another-pass-2027"));
        bootstrap.ensureFirstOperator(Optional.of("usurper"), Optional.of("usurper-pass-1"));
        assertEquals(before, usernames(Role.OPERATOR));
        Api.as(ADMIN, ADMIN_PASSWORD).get("/api/v1/admin/users").then().statusCode(200);
        Api.as(ADMIN, "another-pass-2027").get("/api/v1/admin/users").then().statusCode(401);
        Api.as("usurper", "usurper-pass-1").get("/api/v1/admin/users").then().statusCode(401);
    }

    @Test
    void theLastEnabledOperatorCannotBeDisabled() {
        long chiefId = Api.as(ADMIN, ADMIN_PASSWORD).get("/api/v1/admin/users").then().statusCode(200)
                .extract().jsonPath().getLong("find { it.username == 'chief' }.id");
        Api.as(ADMIN, ADMIN_PASSWORD).post("/api/v1/admin/users/" + chiefId + "/disable").then().statusCode(409)
                .body("code", equalTo("CANNOT_DISABLE_SELF"));

        int deputy = Api.as(ADMIN, ADMIN_PASSWORD).body(Map.of("username", "deputy", "password", "deputy-pass-1",
                "role", "OPERATOR")).post("/api/v1/admin/users").then().statusCode(201).extract().path("id");
        Api.as(ADMIN, ADMIN_PASSWORD).post("/api/v1/admin/users/" + deputy + "/disable").then().statusCode(200)
                .body("enabled", equalTo(false));
        // the deputy's request was already under way when the chief disabled them: still refused
        DomainException refused = assertThrows(DomainException.class, () -> staff.disable(deputy, chiefId));
        assertEquals(AccountError.LAST_OPERATOR, refused.code());
        Api.as(ADMIN, ADMIN_PASSWORD).get("/api/v1/admin/users").then().statusCode(200);
        Api.as(ADMIN, ADMIN_PASSWORD).post("/api/v1/admin/users/" + deputy + "/enable").then().statusCode(200)
                .body("enabled", equalTo(true));
        assertFalse(usernames(Role.OPERATOR).isEmpty());
    }

    private static List<String> usernames(Role role) {
        return QuarkusTransaction.requiringNew().call(() -> AppUser.<AppUser>list("role", Sort.by("id"), role).stream()
                .map(u -> u.username).toList());
    }

    private static long count(String query, Object... params) {
        return QuarkusTransaction.requiringNew().call(() -> AppUser.count(query, params));
    }
}
