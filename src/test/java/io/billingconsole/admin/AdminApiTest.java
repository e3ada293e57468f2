package io.billingconsole.admin;

import io.billingconsole.account.Role;
import io.billingconsole.support.Api;
import io.billingconsole.support.Books;
import io.billingconsole.support.Fixtures;
import io.billingconsole.support.Fixtures.Customer;
import io.billingconsole.shared.Money;
import io.billingconsole.clock.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The operator API that provisioning systems use: accounts, resources, top-ups, the test clock. */
@QuarkusTest
class AdminApiTest {

    @Inject
    Fixtures fixtures;

    @Inject
    Books books;

    @Inject
    TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void anOperatorOpensAnAccountThatCanLogInToTheApi() {
        String operator = fixtures.staff(Role.OPERATOR);
        String username = "acme" + System.nanoTime() % 1_000_000;
        int id = Api.as(operator).body(Map.of("username", username, "password", "acme-pass-123",
                        "email", "ops@acme.example", "phone", "+86 10 1234 5678", "displayName", "ACME 有限公司"))
                .post("/api/v1/admin/accounts").then().statusCode(201)
                .body("id", greaterThan(0)).body("username", equalTo(username))
                .extract().path("id");

        Api.as(username, "acme-pass-123").get("/api/v1/account").then().statusCode(200)
                .body("id", equalTo(id)).body("cashBalance", equalTo("0.00"));
        Api.as(operator).body(Map.of("username", username, "password", "other-pass-123",
                        "email", "x@acme.example", "displayName", "again"))
                .post("/api/v1/admin/accounts").then().statusCode(409).body("code", equalTo("USERNAME_TAKEN"));
        Api.as(operator).body(Map.of("username", "bad name!", "password", "acme-pass-123",
                        "email", "x@acme.example", "displayName", "x"))
                .post("/api/v1/admin/accounts").then().statusCode(400).body("code", equalTo("INVALID_INPUT"));
        Api.as(operator).body(Map.of("username", username + "2", "password", "short",
                        "email", "x@acme.example", "displayName", "x"))
                .post("/api/v1/admin/accounts").then().statusCode(400);
    }

    @Test
    void textFieldsMustBeJsonStringsNotNumbersOrBooleans() {
        String operator = fixtures.staff(Role.OPERATOR);
        long users = books.count("select count(*) from app_user");
        for (String body : new String[]{
                "{\"username\": 1234567890, \"password\": \"acme-pass-123\", \"email\": \"n@acme.example\"}",
                "{\"username\": \"numpass\", \"password\": -9223372036854775808, \"email\": \"n@acme.example\"}",
                "{\"username\": \"boolname\", \"password\": \"acme-pass-123\", \"displayName\": true}",
                "{\"username\": \"floatmail\", \"password\": \"acme-pass-123\", \"email\": 1.5}"}) {
            Api.as(operator).body(body).post("/api/v1/admin/accounts").then().statusCode(400)
                    .body("code", equalTo("MALFORMED_REQUEST"));
        }
        assertEquals(users, books.count("select count(*) from app_user"));
    }

    @Test
    void registersResourcesAsAProvisioningSystemWould() {
        String operator = fixtures.staff(Role.OPERATOR);
        Customer owner = fixtures.customer("0");
        int id = Api.as(operator).body(Map.of("accountId", owner.accountId(), "productType", "DOMAIN_HK",
                        "name", "shop.hk", "region", "global", "expiresAt", "2030-05-01T00:00:00+08:00",
                        "billingMethod", "SUBSCRIPTION", "trial", false, "channel", "RESELLER"))
                .post("/api/v1/admin/resources").then().statusCode(201)
                .body("productType", equalTo("DOMAIN_HK")).body("status", equalTo("RUNNING"))
                .body("expiresAt", equalTo("2030-05-01T00:00:00+08:00")).body("channel", equalTo("RESELLER"))
                .body("monthlyPrice", equalTo("17.00"))
                .extract().path("id");
        Api.as(owner).get("/api/v1/resources/" + id).then().statusCode(200).body("name", equalTo("shop.hk"));

        Api.as(operator).body(Map.of("accountId", owner.accountId(), "productType", "ECS", "name", "payg-1",
                        "billingMethod", "PAYG"))
                .post("/api/v1/admin/resources").then().statusCode(201).body("billingMethod", equalTo("PAYG"));
    }

    @Test
    void refusesResourcesThatMakeNoSense() {
        String operator = fixtures.staff(Role.OPERATOR);
        Customer owner = fixtures.customer("0");
        Map<String, Object> notMidnight = Map.of("accountId", owner.accountId(), "productType", "ECS", "name", "x",
                "expiresAt", "2030-05-01T10:30:00+08:00", "billingMethod", "SUBSCRIPTION");
        Api.as(operator).body(notMidnight).post("/api/v1/admin/resources").then().statusCode(400)
                .body("code", equalTo("INVALID_DATE"));
        Api.as(operator).body(Map.of("accountId", owner.accountId(), "productType", "TOASTER", "name", "x",
                        "expiresAt", "2030-05-01T00:00:00+08:00", "billingMethod", "SUBSCRIPTION"))
                .post("/api/v1/admin/resources").then().statusCode(400).body("code", equalTo("UNKNOWN_PRODUCT"));
        Api.as(operator).body(Map.of("accountId", 987654321, "productType", "ECS", "name", "x",
                        "expiresAt", "2030-05-01T00:00:00+08:00", "billingMethod", "SUBSCRIPTION"))
                .post("/api/v1/admin/resources").then().statusCode(404).body("code", equalTo("ACCOUNT_NOT_FOUND"));
        Api.as(operator).body(Map.of("accountId", owner.accountId(), "productType", "ECS", "name", "x",
                        "billingMethod", "SUBSCRIPTION"))
                .post("/api/v1/admin/resources").then().statusCode(400).body("code", equalTo("INVALID_INPUT"));
        Api.as(owner).get("/api/v1/resources").then().body("total", equalTo(0));
    }

    @Test
    void topUpsAreLedgerEntriesAndBadAmountsChangeNothing() {
        String operator = fixtures.staff(Role.OPERATOR);
        Customer owner = fixtures.customer("0");
        String path = "/api/v1/admin/accounts/" + owner.accountId() + "/credit";

        Api.as(operator).body(Map.of("amount", "100.50", "note", "bank transfer 2026-11")).post(path).then()
                .statusCode(201).body("amount", equalTo("100.50")).body("cashBalance", equalTo("100.50"));
        for (String bad : new String[]{"0", "-5.00", "1.001", "1e3", "abc", ""}) {
            Api.as(operator).body(Map.of("amount", bad)).post(path).then().statusCode(400)
                    .body("code", equalTo("INVALID_AMOUNT"));
        }
        Api.as(operator).body("{\"amount\": 12.5}").post(path).then().statusCode(400);
        Api.as(operator).body(Map.of("amount", "10.00")).post("/api/v1/admin/accounts/987654321/credit").then()
                .statusCode(404);

        assertEquals(Money.parse("100.50"), books.cashBalance(owner.accountId()));
        assertEquals(books.cashBalance(owner.accountId()), books.ledgerCashSum(owner.accountId()));
    }

    @Test
    void theTestClockCanBeReadAndMoved() {
        String operator = fixtures.staff(Role.OPERATOR);
        Api.as(operator).get("/api/v1/admin/clock").then().statusCode(200)
                .body("zone", equalTo("Asia/Shanghai")).body("testClock", equalTo(true));

        Api.as(operator).body(Map.of("now", "2017-03-21T08:00:00+08:00")).put("/api/v1/admin/clock").then()
                .statusCode(200).body("now", startsWith("2017-03-21T08:00"));
        OffsetDateTime now = OffsetDateTime.parse(Api.as(operator).get("/api/v1/admin/clock").then()
                .extract().path("now"));
        assertEquals(2017, now.getYear());
        Api.as(operator).body(Map.of("now", "tomorrow")).put("/api/v1/admin/clock").then().statusCode(400);
    }

    @Test
    void onlyOperatorsUseTheAdminApi() {
        Customer customer = fixtures.customer("0");
        String finance = fixtures.staff(Role.FINANCE);
        Api.as(customer).body(Map.of("amount", "1000.00"))
                .post("/api/v1/admin/accounts/" + customer.accountId() + "/credit").then().statusCode(403);
        Api.as(finance).get("/api/v1/admin/clock").then().statusCode(403);
        Api.as(customer).body(Map.of("now", "2030-01-01T00:00:00+08:00")).put("/api/v1/admin/clock").then()
                .statusCode(403);
        assertEquals(Money.ZERO, books.cashBalance(customer.accountId()));
    }
}
