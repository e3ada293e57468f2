package io.billingconsole.sms;

import io.billingconsole.account.Role;
import io.billingconsole.clock.TestClock;
import io.billingconsole.support.Api;
import io.billingconsole.support.Fixtures;
import io.billingconsole.support.Fixtures.Customer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * POST /api/v1/sms-codes (customers) and GET /api/v1/admin/sms (operators, with the test clock on):
 * statuses, bodies, the resend pause with Retry-After, the sandbox's failures, and who may call them.
 */
@QuarkusTest
class SmsApiTest {

    private static final Map<String, String> WITHDRAWAL = Map.of("purpose", "WITHDRAWAL");

    @Inject
    SmsBooks books;

    @Inject
    Fixtures fixtures;

    @Inject
    TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aCustomerGetsACodeAndAnOperatorReadsTheSandboxOutbox() {
        clock.moveTo(OffsetDateTime.parse("2018-03-14T12:00:00+08:00").toInstant());
        String phone = books.newPhone();
        Customer me = books.customerWithPhone(phone);

        Response sent = Api.as(me).body(WITHDRAWAL).post("/api/v1/sms-codes");
        sent.then().statusCode(201).body("phone", equalTo(phone.substring(0, 3) + "****" + phone.substring(7)));
        OffsetDateTime expiresAt = OffsetDateTime.parse(sent.path("expiresAt"));
        OffsetDateTime resendAfter = OffsetDateTime.parse(sent.path("resendAfter"));
        assertEquals(Duration.ofMinutes(4), Duration.between(resendAfter, expiresAt));
        assertTrue(expiresAt.toString().endsWith("+08:00"), expiresAt.toString());
        assertTrue(expiresAt.getYear() == 2018, "on the business clock: " + expiresAt);

        Response outbox = Api.as(books.operator()).queryParam("phone", phone).get("/api/v1/admin/sms");
        outbox.then().statusCode(200).body("size()", equalTo(1)).body("[0].phone", equalTo(phone))
                .body("[0].text", containsString("您的提现验证码为 "));
        assertTrue(OffsetDateTime.parse(outbox.path("[0].sentAt")).isBefore(expiresAt));
        assertTrue(!sent.asString().contains(books.lastCode(phone)), "the answer does not give the code away");

        // too soon: 429 with the seconds to wait, in the header and in the message
        Response soon = Api.as(me).body(WITHDRAWAL).header("Accept-Language", "en").post("/api/v1/sms-codes");
        soon.then().statusCode(429).body("code", equalTo("SMS_TOO_SOON"));
        int seconds = Integer.parseInt(soon.header("Retry-After"));
        assertTrue(seconds > 0 && seconds <= 60, "Retry-After " + seconds);
        assertEquals("Codes are requested too often. Please try again in "
                + (seconds == 1 ? "1 second." : seconds + " seconds."), soon.path("message"));

        clock.moveTo(clock.now().plus(Duration.ofSeconds(61)));
        Api.as(me).body(WITHDRAWAL).post("/api/v1/sms-codes").then().statusCode(201);
        List<String> texts = Api.as(books.operator()).queryParam("phone", phone).get("/api/v1/admin/sms")
                .then().statusCode(200).extract().jsonPath().getList("text", String.class);
        assertEquals(2, texts.size());
        assertTrue(texts.get(0).contains(books.lastCode(phone)), "newest first");
    }

    @Test
    void badPurposesAndMissingPhonesAreRefusedWithAReason() {
        Customer me = books.customerWithPhone(books.newPhone());
        for (Object body : List.of(Map.of("purpose", "LOGIN"), Map.of("purpose", "withdrawal"), Map.of(), "null")) {
            Api.as(me).body(body).post("/api/v1/sms-codes").then().statusCode(400).body("code", equalTo("INVALID_INPUT"));
        }
        Api.as(me).body("{\"purpose\": ").post("/api/v1/sms-codes").then().statusCode(400);

        Customer noPhone = books.customerWithPhone(null);
        Api.as(noPhone).body(WITHDRAWAL).post("/api/v1/sms-codes").then().statusCode(409)
                .body("code", equalTo("PHONE_MISSING")).body("message", containsString("安全手机"));

        Api.as(books.operator()).get("/api/v1/admin/sms").then().statusCode(400).body("code", equalTo("INVALID_INPUT"));
        Api.as(books.operator()).queryParam("phone", "1".repeat(31)).get("/api/v1/admin/sms").then().statusCode(400);
    }

    @Test
    void aSandboxFailureIsA409AndLeavesNoCode() {
        Customer unlucky = books.customerWithPhone("13900009999");     // billing.sms.sandbox.fail-phones in tests
        Api.as(unlucky).body(WITHDRAWAL).post("/api/v1/sms-codes").then().statusCode(409)
                .body("code", equalTo("SMS_SEND_FAILED")).body("message", containsString("短信发送失败"));
        assertEquals(List.of(), books.codeRows(unlucky.accountId()));
        assertEquals(List.of(), books.texts("13900009999"));
        // a failure is not a sent code: asking again is not "too soon"
        Api.as(unlucky).body(WITHDRAWAL).post("/api/v1/sms-codes").then().statusCode(409)
                .body("code", equalTo("SMS_SEND_FAILED"));
    }

    @Test
    void onlyCustomersAskForCodesAndOnlyOperatorsReadTheOutbox() {
        String phone = books.newPhone();
        Customer me = books.customerWithPhone(phone);
        Api.as(me).queryParam("phone", phone).get("/api/v1/admin/sms").then().statusCode(403);
        Api.as(fixtures.staff(Role.FINANCE)).queryParam("phone", phone).get("/api/v1/admin/sms").then().statusCode(403);
        Api.as(books.operator()).body(WITHDRAWAL).post("/api/v1/sms-codes").then().statusCode(403);
        RestAssured.given().queryParam("phone", phone).accept(ContentType.JSON).get("/api/v1/admin/sms")
                .then().statusCode(401);
        RestAssured.given().contentType(ContentType.JSON).accept(ContentType.JSON).body(WITHDRAWAL)
                .post("/api/v1/sms-codes").then().statusCode(401);
    }
}
