package io.billingconsole.admin;

import io.billingconsole.account.Role;
import io.billingconsole.support.Api;
import io.billingconsole.support.ConsoleSession;
import io.billingconsole.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Operators manage staff users through the API; every change lands in the audit log. */
@QuarkusTest
class StaffApiTest {

    @Inject
    Fixtures fixtures;

    @Test
    void anOperatorCreatesAFinanceUserWhoCanLogInButNotManageStaff() {
        String operator = fixtures.staff(Role.OPERATOR);
        String name = unique("fin");
        Api.as(operator).body(Map.of("username", name, "password", "finance-pass-77", "role", "FINANCE",
                        "email", name + "@provider.example"))
                .post("/api/v1/admin/users").then().statusCode(201)
                .body("username", equalTo(name)).body("role", equalTo("FINANCE")).body("enabled", equalTo(true))
                .body("email", equalTo(name + "@provider.example"));

        Api.as(operator).get("/api/v1/admin/users").then().statusCode(200).body("username", hasItem(name));
        Api.as(name, "finance-pass-77").get("/api/v1/admin/users").then().statusCode(403);
        assertEquals(200, ConsoleSession.loggedIn(name, "finance-pass-77").get("/admin").statusCode());
        Api.as(fixtures.customer("0")).get("/api/v1/admin/users").then().statusCode(403);
        Api.as(name, "finance-pass-77").get("/api/v1/admin/audit").then().statusCode(403);
    }

    @Test
    void refusesDuplicatesBadRolesAndBadPasswordsChangingNothing() {
        String operator = fixtures.staff(Role.OPERATOR);
        String name = unique("dup");
        Api.as(operator).body(Map.of("username", name, "password", "first-pass-123", "role", "OPERATOR"))
                .post("/api/v1/admin/users").then().statusCode(201);
        Api.as(operator).body(Map.of("username", name, "password", "other-pass-123", "role", "FINANCE"))
                .post("/api/v1/admin/users").then().statusCode(409).body("code", equalTo("USERNAME_TAKEN"));
        Api.as(operator).body(Map.of("username", name.toUpperCase(), "password", "other-pass-123", "role", "FINANCE"))
                .post("/api/v1/admin/users").then().statusCode(409).body("code", equalTo("USERNAME_TAKEN"));
        Api.as(operator).body(Map.of("username", unique("r"), "password", "other-pass-123", "role", "CUSTOMER"))
                .post("/api/v1/admin/users").then().statusCode(400).body("code", equalTo("INVALID_INPUT"));
        Api.as(operator).body(Map.of("username", unique("s"), "password", "short-1", "role", "FINANCE"))
                .post("/api/v1/admin/users").then().statusCode(400).body("code", equalTo("PASSWORD_TOO_SHORT"));
        Api.as(operator).header("Accept-Language", "en")
                .body(Map.of("username", unique("l"), "password", "x".repeat(73), "role", "FINANCE"))
                .post("/api/v1/admin/users").then().statusCode(400).body("code", equalTo("PASSWORD_TOO_LONG"))
                .body("message", equalTo("Password too long: at most 72 bytes (UTF-8; a Chinese character takes 3)."
                        + " bcrypt reads only the first 72 bytes, so longer passwords are refused"));
        Api.as(operator).body(Map.of("username", unique("n"), "role", "FINANCE"))
                .post("/api/v1/admin/users").then().statusCode(400).body("code", equalTo("EMAIL_OR_PASSWORD_REQUIRED"));
        Map<String, Object> nul = new HashMap<>(Map.of("username", unique("z"), "role", "FINANCE", "email", "a\u0000@b.cn"));
        Api.as(operator).body(nul).post("/api/v1/admin/users").then().statusCode(400).body("code", equalTo("INVALID_INPUT"));
        Api.as(operator).body("{\"username\": 5, \"role\": [] }").post("/api/v1/admin/users").then().statusCode(400);
        Api.as(operator).post("/api/v1/admin/users/987654321/disable").then().statusCode(404)
                .body("code", equalTo("USER_NOT_FOUND"));
    }

    @Test
    void aDisabledUserCannotLogInAndAResetEndsTheirSessions() {
        String operator = fixtures.staff(Role.OPERATOR);
        String name = unique("dis");
        int id = Api.as(operator).body(Map.of("username", name, "password", "before-pass-1", "role", "FINANCE"))
                .post("/api/v1/admin/users").then().statusCode(201).extract().path("id");
        ConsoleSession session = ConsoleSession.loggedIn(name, "before-pass-1");

        Api.as(operator).post("/api/v1/admin/users/" + id + "/disable").then().statusCode(200)
                .body("enabled", equalTo(false));
        assertEquals(302, session.get("/admin").statusCode(), "the open session ended");
        assertEquals(401, new ConsoleSession().login(name, "before-pass-1").statusCode());
        Api.as(name, "before-pass-1").get("/api/v1/notices").then().statusCode(401);

        Api.as(operator).post("/api/v1/admin/users/" + id + "/enable").then().statusCode(200)
                .body("enabled", equalTo(true));
        ConsoleSession again = ConsoleSession.loggedIn(name, "before-pass-1");

        Api.as(operator).body(Map.of("password", "after-pass-22")).put("/api/v1/admin/users/" + id + "/password")
                .then().statusCode(200);
        assertEquals(302, again.get("/admin").statusCode(), "a reset ends the user's sessions");
        assertEquals(401, new ConsoleSession().login(name, "before-pass-1").statusCode());
        assertEquals(200, ConsoleSession.loggedIn(name, "after-pass-22").get("/admin").statusCode());
        Api.as(operator).body(Map.of("password", "tiny")).put("/api/v1/admin/users/" + id + "/password")
                .then().statusCode(400).body("code", equalTo("PASSWORD_TOO_SHORT"));

        Api.as(operator).get("/api/v1/admin/audit?limit=500").then().statusCode(200)
                .body("findAll { it.target == '" + name + "' }.action",
                        equalTo(java.util.List.of("PASSWORD_RESET", "USER_ENABLED", "USER_DISABLED", "STAFF_CREATED")))
                .body("findAll { it.target == '" + name + "' }.actor",
                        equalTo(java.util.List.of(operator, operator, operator, operator)));
    }

    @Test
    void anOperatorCannotDisableThemself() {
        String operator = fixtures.staff(Role.OPERATOR);
        long id = Api.as(operator).get("/api/v1/admin/users").then().statusCode(200).extract().jsonPath()
                .getLong("find { it.username == '" + operator + "' }.id");
        Api.as(operator).post("/api/v1/admin/users/" + id + "/disable").then().statusCode(409)
                .body("code", equalTo("CANNOT_DISABLE_SELF"));
        Api.as(operator).get("/api/v1/admin/users/" + id).then().statusCode(200).body("enabled", equalTo(true));
    }

    /** Found by InputFuzzTest: Jackson turned a JSON number into a password (or a username) instead of refusing it. */
    @Test
    void aPasswordOrUsernameThatIsAJsonNumberIsRefusedChangingNothing() {
        String operator = fixtures.staff(Role.OPERATOR);
        String name = unique("num");
        int id = Api.as(operator).body(Map.of("username", name, "password", "number-pass-1", "role", "FINANCE"))
                .post("/api/v1/admin/users").then().statusCode(201).extract().path("id");

        Api.as(operator).body("{\"password\": -9223372036854775808}").put("/api/v1/admin/users/" + id + "/password")
                .then().statusCode(400).body("code", equalTo("INVALID_INPUT"));
        Api.as(operator).body("{\"password\": true}").put("/api/v1/admin/users/" + id + "/password")
                .then().statusCode(400).body("code", equalTo("INVALID_INPUT"));
        Api.as(name, "number-pass-1").get("/api/v1/admin/users").then().statusCode(403);
        Api.as(name, "-9223372036854775808").get("/api/v1/admin/users").then().statusCode(401);

        Api.as(operator).body("{\"username\": 123456789012, \"password\": 12345678901, \"role\": \"FINANCE\"}")
                .post("/api/v1/admin/users").then().statusCode(400).body("code", equalTo("INVALID_INPUT"));
        Api.as(operator).get("/api/v1/admin/users").then().statusCode(200)
                .body("username", not(hasItem("123456789012")));
        // null is still "left out": a user created with a setup link
        Api.as(operator).body("{\"username\": \"" + name + "l\", \"password\": null, \"role\": \"FINANCE\","
                        + " \"email\": \"" + name + "@provider.example\"}")
                .post("/api/v1/admin/users").then().statusCode(201);
    }

    private static String unique(String prefix) {
        return prefix + System.nanoTime() % 1_000_000_000L;
    }
}
