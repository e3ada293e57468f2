package io.billingconsole.billing;

import io.billingconsole.account.Role;
import io.billingconsole.resource.CloudResource;
import io.billingconsole.support.Api;
import io.billingconsole.support.Fixtures;
import io.billingconsole.support.Fixtures.Customer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Usage reports over the operator API (SPEC 12, SPEC 6): validation, idempotency, drops after a release. */
@QuarkusTest
class UsageApiTest {

    @Inject
    Fixtures fixtures;

    @Inject
    BillingBooks books;

    @Inject
    Clock clock;

    @Inject
    ZoneId zone;

    @Test
    void aReportIsRecordedOnceByItsKeyAndAnotherBodyWithTheKeyIsRefused() {
        String operator = fixtures.staff(Role.OPERATOR);
        Customer customer = fixtures.customer("0");
        CloudResource server = fixtures.payg(customer, "ECS");
        Instant from = books.lastMonth(2);
        String key = UUID.randomUUID().toString();
        long id = report(operator, server.id, "12.34", from, from.plusSeconds(3600), key).then().statusCode(201)
                .body("amount", equalTo("12.34")).body("charged", equalTo("12.34")).body("dropped", equalTo("0.00"))
                .body("droppedReason", nullValue()).body("billId", nullValue())
                .body("month", equalTo(from.atZone(zone).toLocalDate().toString().substring(0, 7)))
                .extract().jsonPath().getLong("id");
        report(operator, server.id, "12.34", from, from.plusSeconds(3600), key).then().statusCode(200)
                .body("id", equalTo((int) id));
        report(operator, server.id, "12.35", from, from.plusSeconds(3600), key).then().statusCode(409)
                .body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));
        report(operator, server.id, "12.34", from, from.plusSeconds(7200), key).then().statusCode(409)
                .body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));
        Api.as(customer).get("/api/v1/usage").then().statusCode(200)
                .body("records.size()", equalTo(1)).body("records[0].id", equalTo((int) id))
                .body("resources.find { it.resourceId == " + server.id + " }.unsettled", equalTo("12.34"));
    }

    @Test
    void badReportsAreRefusedWithTheirReason() {
        String operator = fixtures.staff(Role.OPERATOR);
        Customer customer = fixtures.customer("0");
        CloudResource server = fixtures.payg(customer, "ECS");
        CloudResource subscription = fixtures.resource(customer, "ECS", 30);
        Instant from = books.lastMonth(1);
        Instant to = from.plusSeconds(3600);
        report(operator, subscription.id, "1.00", from, to, key()).then().statusCode(409)
                .body("code", equalTo("USAGE_NOT_PAYG")).body("message", containsString(subscription.name));
        report(operator, server.id, "1.00", to, from, key()).then().statusCode(400)
                .body("code", equalTo("USAGE_PERIOD_INVALID"));
        report(operator, server.id, "1.00", from, from, key()).then().statusCode(400)
                .body("code", equalTo("USAGE_PERIOD_INVALID"));
        Instant now = clock.instant();
        report(operator, server.id, "1.00", now.minusSeconds(60), now.plus(1, ChronoUnit.HOURS), key()).then()
                .statusCode(400).body("code", equalTo("USAGE_IN_FUTURE"));
        report(operator, server.id, "-1.00", from, to, key()).then().statusCode(400);
        report(operator, server.id, "1000000.01", from, to, key()).then().statusCode(400);
        report(operator, server.id, "1.00", from, to, "").then().statusCode(400)
                .body("code", equalTo("IDEMPOTENCY_KEY_REQUIRED"));
        report(operator, 999_999_999L, "1.00", from, to, key()).then().statusCode(404);
        Map<String, Object> numberMoment = body(server.id, "1.00", from, to, key());
        numberMoment.put("from", from.getEpochSecond());
        Api.as(operator).body(numberMoment).post("/api/v1/admin/usage").then().statusCode(400);
        // customers do not report usage
        Api.as(customer).body(body(server.id, "1.00", from, to, key())).post("/api/v1/admin/usage").then()
                .statusCode(403);
        Api.as(customer).get("/api/v1/usage").then().statusCode(200).body("records.size()", equalTo(0));
    }

    @Test
    void usageAfterTheScheduledReleaseIsDroppedWithItsReasonRoundedDownToTheFen() {
        String operator = fixtures.staff(Role.OPERATOR);
        Customer customer = fixtures.customer("0");
        CloudResource server = fixtures.payg(customer, "ECS");
        Instant from = books.lastMonth(3);
        // released one hour into a three-hour period: 10.00 x 1/3 = 3.333.. -> 3.33
        books.releaseAt(server, from.plusSeconds(3600));
        report(operator, server.id, "10.00", from, from.plusSeconds(3 * 3600), key()).then().statusCode(201)
                .body("amount", equalTo("10.00")).body("charged", equalTo("3.33")).body("dropped", equalTo("6.67"))
                .body("droppedReason", equalTo("AFTER_SCHEDULED_RELEASE"));
        // wholly after: nothing charged
        report(operator, server.id, "4.00", from.plusSeconds(3 * 3600), from.plusSeconds(4 * 3600), key()).then()
                .statusCode(201).body("charged", equalTo("0.00")).body("droppedReason", equalTo("AFTER_SCHEDULED_RELEASE"));
        // before: all of it
        report(operator, server.id, "2.00", from.minusSeconds(3600), from, key()).then().statusCode(201)
                .body("charged", equalTo("2.00")).body("droppedReason", nullValue());

        Api.as(customer).get("/api/v1/usage").then().statusCode(200)
                .body("resources.find { it.resourceId == " + server.id + " }.unsettled", equalTo("5.33"))
                .body("resources.find { it.resourceId == " + server.id + " }.dropped", equalTo("10.67"));
        String page = fixturesPage(customer);
        assertEquals(true, page.contains("计划释放时间之后"), page);
        // the product by its name, and the way to the resource's page, where it is released
        assertEquals(true, page.contains("云服务器 ECS"), page);
        assertEquals(true, page.contains("href=\"/renewals/" + server.id + "\" data-testid=\"resource-detail-" + server.id
                + "\">释放 / 详情</a>"), page);
    }

    @Test
    void aLateReportForAReleasedResourceIsAcceptedButChargesNothingAfterTheRelease() {
        String operator = fixtures.staff(Role.OPERATOR);
        Customer customer = fixtures.customer("0");
        CloudResource server = fixtures.payg(customer, "ECS");
        Instant releasedAt = clock.instant().minusSeconds(3600).truncatedTo(ChronoUnit.SECONDS);
        books.released(server, releasedAt);
        report(operator, server.id, "8.00", releasedAt.minusSeconds(3600), releasedAt, key()).then()
                .statusCode(201).body("charged", equalTo("8.00")).body("droppedReason", nullValue());
        report(operator, server.id, "8.00", releasedAt.minusSeconds(1800), releasedAt.plusSeconds(1800), key()).then()
                .statusCode(201).body("charged", equalTo("4.00")).body("droppedReason", equalTo("AFTER_RELEASE"));
        report(operator, server.id, "8.00", releasedAt.plusSeconds(60), releasedAt.plusSeconds(120), key()).then()
                .statusCode(201).body("charged", equalTo("0.00")).body("droppedReason", equalTo("AFTER_RELEASE"));
    }

    private String fixturesPage(Customer customer) {
        var session = io.billingconsole.support.ConsoleSession.loggedIn(customer.username(), customer.password());
        Response page = session.get("/usage");
        assertEquals(200, page.statusCode());
        return page.body().asString();
    }

    private static Response report(String operator, long resourceId, String amount, Instant from, Instant to,
                                   String key) {
        return Api.as(operator).body(body(resourceId, amount, from, to, key)).post("/api/v1/admin/usage");
    }

    private static Map<String, Object> body(long resourceId, String amount, Instant from, Instant to, String key) {
        Map<String, Object> body = new HashMap<>();
        body.put("resourceId", resourceId);
        body.put("amount", amount);
        body.put("from", from.toString());
        body.put("to", to.toString());
        body.put("idempotencyKey", key);
        return body;
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }
}
