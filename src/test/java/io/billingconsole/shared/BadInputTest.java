package io.billingconsole.shared;

import io.billingconsole.account.Role;
import io.billingconsole.clock.TestClock;
import io.billingconsole.resource.CloudResource;
import io.billingconsole.support.Api;
import io.billingconsole.support.DatabaseFingerprint;
import io.billingconsole.support.Fixtures;
import io.billingconsole.support.Fixtures.Customer;
import io.billingconsole.support.RawFormSession;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each request of issue 7 section 1 that used to end in HTTP 500: now a 4xx in the user's language
 * that changes nothing (the database fingerprint is the same before and after).
 */
@QuarkusTest
class BadInputTest {

    @Inject
    Fixtures fixtures;

    @Inject
    DatabaseFingerprint database;

    @Inject
    TestClock clock;

    @Inject
    EntityManager em;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private void unchanged(Runnable requests) {
        String before = database.take();
        requests.run();
        assertEquals(before, database.take(), "a refused request changed the database");
    }

    @Test
    void aNullItemInARenewalIsRefused() {
        Customer me = fixtures.customer("1000");
        CloudResource ecs = fixtures.resource(me, "ECS", 10);
        unchanged(() -> {
            Api.as(me).header("Accept-Language", "en").body("{\"items\":[null]}").post("/api/v1/renewals")
                    .then().statusCode(400).body("code", equalTo("INVALID_INPUT"))
                    .body("message", equalTo("Invalid input: items"));
            Api.as(me).body("{\"items\":[{\"resourceId\":" + ecs.id + ",\"months\":1}, null]}")
                    .post("/api/v1/renewals").then().statusCode(400).body("code", equalTo("INVALID_INPUT"));
            Api.as(me).body("{\"resourceIds\":[null],\"months\":1}").post("/api/v1/renewals")
                    .then().statusCode(400).body("code", equalTo("INVALID_INPUT"));
        });
    }

    @Test
    void aNulByteInASearchOrProductTypeIsRefused() {
        Customer me = fixtures.customer("0");
        fixtures.resource(me, "ECS", "shop-web", 10);
        RawFormSession session = RawFormSession.loggedIn(me.username(), me.password());
        unchanged(() -> {
            Api.as(me).header("Accept-Language", "en").queryParam("q", "shop\u0000").get("/api/v1/resources")
                    .then().statusCode(400).body("code", equalTo("TEXT_INVALID"))
                    .body("message", equalTo("Invalid q: at most 120 characters, without control characters"
                            + " (line breaks, NUL)"));
            Api.as(me).queryParam("productType", "ECS\u0000").get("/api/v1/resources")
                    .then().statusCode(400).body("code", equalTo("TEXT_INVALID"));
            Response page = session.get("/renewals?q=shop%00");
            assertEquals(400, page.statusCode());
            assertTrue(page.asString().contains("q 无效"), page.asString());
            assertEquals(400, session.get("/renewals?type=ECS%00&q=%00").statusCode());
        });
    }

    @Test
    void aNulByteInAnOperatorTextFieldIsRefused() {
        String operator = fixtures.staff(Role.OPERATOR);
        Customer owner = fixtures.customer("0");
        unchanged(() -> {
            Api.as(operator).body(Map.of("username", "nul" + System.nanoTime() % 1_000_000, "password", "acme-pass-123",
                            "email", "ops@acme.example", "displayName", "ACME\u0000"))
                    .post("/api/v1/admin/accounts").then().statusCode(400).body("code", equalTo("TEXT_INVALID"));
            for (String field : new String[] {"name", "region", "productType"}) {
                Map<String, Object> body = new java.util.HashMap<>(Map.of("accountId", owner.accountId(),
                        "productType", "ECS", "name", "web-1", "region", "cn-hangzhou",
                        "expiresAt", "2030-05-01T00:00:00+08:00", "billingMethod", "SUBSCRIPTION"));
                body.put(field, "x\u0000y");
                Api.as(operator).body(body).post("/api/v1/admin/resources")
                        .then().statusCode(400).body("code", equalTo("TEXT_INVALID"));
            }
            Api.as(operator).body(Map.of("amount", "10.00", "note", "bank\u0000"))
                    .post("/api/v1/admin/accounts/" + owner.accountId() + "/credit")
                    .then().statusCode(400).body("code", equalTo("TEXT_INVALID"));
            Api.as(operator).body(Map.of("name", "gift\u0000", "amount", "10.00", "expiresAt", "2030-05-01T00:00:00+08:00"))
                    .post("/api/v1/admin/accounts/" + owner.accountId() + "/vouchers")
                    .then().statusCode(400).body("code", equalTo("TEXT_INVALID"));
        });
    }

    @Test
    void aBadPercentEscapeInAFormIsRefused() {
        Customer me = fixtures.customer("1000");
        CloudResource ecs = fixtures.resource(me, "ECS", 10);
        RawFormSession session = RawFormSession.loggedIn(me.username(), me.password());
        session.get("/renewals/" + ecs.id + "/renew");
        unchanged(() -> {
            Response renew = session.post("/renewals/" + ecs.id + "/renew", "months=%ZZ");
            assertEquals(400, renew.statusCode(), renew.asString());
            assertTrue(renew.asString().contains("请求格式不正确") || renew.asString().contains("无效"), renew.asString());
            assertEquals(400, session.post("/renewals/batch", "id=" + ecs.id + "&months=%Z").statusCode());
            assertEquals(400, session.post("/renewals/" + ecs.id + "/auto-renew", "months=1%").statusCode());
        });
    }

    @Test
    void moreThanAThousandFormFieldsAreRefused() {
        Customer me = fixtures.customer("1000");
        CloudResource ecs = fixtures.resource(me, "ECS", 10);
        RawFormSession session = RawFormSession.loggedIn(me.username(), me.password());
        session.get("/renewals/" + ecs.id + "/renew");
        String ids = ("id=" + ecs.id + "&").repeat(1001) + "months=1";
        unchanged(() -> {
            for (String form : new String[] {"/renewals/batch", "/renewals/auto-renew"}) {
                Response response = session.post(form, ids);
                assertTrue(response.statusCode() == 400 || response.statusCode() == 413,
                        form + " answered " + response.statusCode());
                assertTrue(response.asString().contains("表单过大"), response.asString());
            }
        });
    }

    @Test
    void datesOutsideWhatTheDatabaseStoresAreRefused() {
        String operator = fixtures.staff(Role.OPERATOR);
        Customer owner = fixtures.customer("0");
        RawFormSession customer = RawFormSession.loggedIn(owner.username(), owner.password());
        RawFormSession staff = RawFormSession.loggedIn(operator, Fixtures.PASSWORD);
        staff.get("/admin");
        unchanged(() -> {
            Response transactions = customer.get("/transactions?from=%2B999999999-12-31");
            assertEquals(400, transactions.statusCode());
            assertTrue(transactions.asString().contains("2000 年至 2199 年"), transactions.asString());
            assertEquals(400, customer.get("/transactions?to=1999-12-31").statusCode());
            Api.as(operator).body(Map.of("accountId", owner.accountId(), "productType", "ECS", "name", "far-1",
                            "expiresAt", "+294276-01-01T00:00:00+08:00", "billingMethod", "SUBSCRIPTION"))
                    .post("/api/v1/admin/resources").then().statusCode(400).body("code", equalTo("DATE_OUT_OF_RANGE"));
            Api.as(operator).body(Map.of("name", "far", "amount", "10.00", "expiresAt", "+294276-01-01T00:00:00Z"))
                    .post("/api/v1/admin/accounts/" + owner.accountId() + "/vouchers")
                    .then().statusCode(400).body("code", equalTo("DATE_OUT_OF_RANGE"));
            Api.as(operator).header("Accept-Language", "en").body("{\"now\":\"+999999999-12-31T23:59:59Z\"}")
                    .put("/api/v1/admin/clock").then().statusCode(400).body("code", equalTo("DATE_OUT_OF_RANGE"))
                    .body("message", equalTo("Time +999999999-12-31T23:59:59Z is out of range: only dates from"
                            + " the year 2000 to 2199 are accepted"));
            Api.as(operator).body("{\"now\":123}").put("/api/v1/admin/clock")
                    .then().statusCode(400).body("code", equalTo("INVALID_INPUT"));
            Api.as(operator).body("{\"now\":\"1700000000\"}").put("/api/v1/admin/clock")
                    .then().statusCode(400).body("code", equalTo("INVALID_INPUT"));
            Response form = staff.post("/admin/clock", "now=%2B999999999-12-31T23:59");
            assertEquals(400, form.statusCode(), form.asString());
            assertEquals(400, staff.post("/admin/clock", "now=2200-01-01T00:00").statusCode());
        });
    }

    @Test
    void textLongerThanItsColumnIsRefused() {
        String operator = fixtures.staff(Role.OPERATOR);
        Customer owner = fixtures.customer("0");
        String email252 = "a".repeat(100) + "@" + "b".repeat(100) + "." + "c".repeat(50);
        String phone31 = "+" + "1".repeat(30);
        unchanged(() -> {
            Api.as(operator).body(Map.of("name", "v".repeat(101), "amount", "10.00",
                            "expiresAt", "2030-05-01T00:00:00+08:00"))
                    .post("/api/v1/admin/accounts/" + owner.accountId() + "/vouchers")
                    .then().statusCode(400).body("code", equalTo("TEXT_INVALID"));
            Api.as(operator).body(Map.of("username", "long" + System.nanoTime() % 1_000_000, "password", "acme-pass-123",
                            "email", email252, "displayName", "ACME"))
                    .post("/api/v1/admin/accounts").then().statusCode(400).body("code", equalTo("TEXT_INVALID"));
            Api.as(operator).header("Accept-Language", "en").body(Map.of("username", "long" + System.nanoTime() % 1_000_000,
                            "password", "acme-pass-123", "email", "ops@acme.example", "phone", phone31,
                            "displayName", "ACME"))
                    .post("/api/v1/admin/accounts").then().statusCode(400).body("code", equalTo("TEXT_INVALID"))
                    .body("message", containsString("at most 30 characters"));
        });
        Api.as(operator).body(Map.of("name", "v".repeat(100), "amount", "10.00", "expiresAt", "2030-05-01T00:00:00+08:00"))
                .post("/api/v1/admin/accounts/" + owner.accountId() + "/vouchers")
                .then().statusCode(201).body("name", equalTo("v".repeat(100)));
    }

    @Test
    void amountsAboveTheConfiguredLimitsAreRefused() {
        String operator = fixtures.staff(Role.OPERATOR);
        Customer owner = fixtures.customer("0");
        String credit = "/api/v1/admin/accounts/" + owner.accountId() + "/credit";
        unchanged(() -> {
            Api.as(operator).header("Accept-Language", "en").body(Map.of("amount", "1000000.01")).post(credit)
                    .then().statusCode(400).body("code", equalTo("AMOUNT_ABOVE_LIMIT"))
                    .body("message", equalTo("Amount ¥1000000.01 is above the limit of ¥1000000.00 at a time"));
            Api.as(operator).body(Map.of("amount", "9999999999999.99")).post(credit)
                    .then().statusCode(400).body("code", equalTo("AMOUNT_ABOVE_LIMIT"));
            Api.as(operator).body(Map.of("creditLine", "1000000.01"))
                    .put("/api/v1/admin/accounts/" + owner.accountId() + "/credit-line")
                    .then().statusCode(400).body("code", equalTo("AMOUNT_ABOVE_LIMIT"));
            Api.as(operator).body(Map.of("name", "big", "amount", "100000.01", "expiresAt", "2030-05-01T00:00:00+08:00"))
                    .post("/api/v1/admin/accounts/" + owner.accountId() + "/vouchers")
                    .then().statusCode(400).body("code", equalTo("AMOUNT_ABOVE_LIMIT"));
            Api.as(operator).body(Map.of("accountId", owner.accountId(), "productType", "ECS", "name", "dear-1",
                            "expiresAt", "2030-05-01T00:00:00+08:00", "billingMethod", "SUBSCRIPTION",
                            "monthlyPrice", "1000000.01"))
                    .post("/api/v1/admin/resources").then().statusCode(400).body("code", equalTo("AMOUNT_ABOVE_LIMIT"));
        });
        Api.as(operator).body(Map.of("amount", "1000000.00")).post(credit)
                .then().statusCode(201).body("cashBalance", equalTo("1000000.00"));
    }

    @Test
    void aBalanceAtTheEdgeOfALongRefusesMoreMoneyAndStillLoads() {
        String operator = fixtures.staff(Role.OPERATOR);
        Customer rich = fixtures.customer("0");
        fixtures.fund(rich, "0", "10");
        storeCash(rich.accountId(), Long.MAX_VALUE - 50);
        unchanged(() -> {
            Api.as(operator).body(Map.of("amount", "1.00"))
                    .post("/api/v1/admin/accounts/" + rich.accountId() + "/credit")
                    .then().statusCode(400).body("code", equalTo("AMOUNT_OUT_OF_RANGE"));
            Api.as(operator).body(Map.of("creditLine", "1.00"))
                    .put("/api/v1/admin/accounts/" + rich.accountId() + "/credit-line")
                    .then().statusCode(400).body("code", equalTo("AMOUNT_OUT_OF_RANGE"));
            Api.as(rich).get("/api/v1/account").then().statusCode(200)
                    .body("cashBalance", equalTo("92233720368547757.57"))
                    .body("vouchers", equalTo("10.00"))
                    .body("spendable", equalTo("92233720368547758.07"));
            RawFormSession session = RawFormSession.loggedIn(rich.username(), rich.password());
            Response overview = session.get("/");
            assertEquals(200, overview.statusCode());
            assertTrue(overview.asString().contains("92233720368547757.57")
                    || overview.asString().contains("92,233,720,368,547,757.57"), overview.asString());
        });
    }

    private void storeCash(long accountId, long fen) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "update account set cash_balance_fen = ?1 where id = ?2")
                .setParameter(1, fen).setParameter(2, accountId).executeUpdate());
    }

    @Test
    void anUnexpectedErrorIsA500WithTheIdItWasLoggedUnder() {
        RestAssured.given().header("Accept-Language", "en").get("/api/v1/test-only/bug").then().statusCode(500)
                .body("code", equalTo("INTERNAL_ERROR"))
                .body("errorId", matchesPattern("[0-9a-f]{8}"))
                .body("message", matchesPattern("Internal error, please try again later; if you contact us, give"
                        + " the error id [0-9a-f]{8}"))
                .body(org.hamcrest.Matchers.not(containsString("IllegalStateException")));
        Response page = RestAssured.given().get("/test-only/bug");
        assertEquals(500, page.statusCode());
        assertTrue(page.asString().matches("(?s).*错误编号 [0-9a-f]{8}.*"), page.asString());
        assertTrue(!page.asString().contains("a bug in a page"), page.asString());
    }
}
