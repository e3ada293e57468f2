package io.billingconsole.notice;

import io.billingconsole.account.Role;
import io.billingconsole.sms.SmsBooks;
import io.billingconsole.support.Api;
import io.billingconsole.support.ConsoleSession;
import io.billingconsole.support.Fixtures;
import io.billingconsole.support.Fixtures.Customer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The customer's channels per kind of notice: the API and the page /notices/settings. */
@QuarkusTest
class NoticePreferenceTest {

    private static final String PATH = "/api/v1/account/notice-preferences";

    @Inject
    Fixtures fixtures;

    @Inject
    SmsBooks sms;

    @Test
    void theApiListsEveryKindAndSavesOnlyWhatTheOperatorAllows() {
        Customer me = sms.customerWithPhone(sms.newPhone());
        Response all = Api.as(me).header("Accept-Language", "en").get(PATH);
        all.then().statusCode(200);
        assertEquals(NoticeChannels.kinds().size(), all.jsonPath().getList("kind").size(), "every kind of the message center");
        assertFalse(all.jsonPath().getList("kind").contains("ACCOUNT_SETUP"));
        Map<String, Object> expiry = item(all, "EXPIRY_REMINDER");
        assertEquals(Map.of("kind", "EXPIRY_REMINDER", "title", "Expiry reminder", "email", true, "sms", false,
                "emailAllowed", true, "smsAllowed", true), expiry, "the defaults");
        assertEquals(false, item(all, "BILL_ISSUED").get("smsAllowed"));

        List<Map<String, Object>> choice = List.of(Map.of("kind", "EXPIRY_REMINDER", "email", false, "sms", true));
        Response saved = Api.as(me).body(choice).put(PATH);
        saved.then().statusCode(200);
        assertEquals(false, item(saved, "EXPIRY_REMINDER").get("email"));
        assertEquals(true, item(saved, "EXPIRY_REMINDER").get("sms"));
        assertEquals(true, item(saved, "RELEASE_WARNING").get("email"), "kinds left out keep theirs");
        // the same request again (a double submit) changes nothing
        Api.as(me).body(choice).put(PATH).then().statusCode(200);
        assertEquals(true, item(Api.as(me).get(PATH), "EXPIRY_REMINDER").get("sms"));

        refused(me, List.of(Map.of("kind", "BILL_ISSUED", "email", true, "sms", true)), 409, "NOTICE_SMS_NOT_ALLOWED",
                "not sent by SMS");
        refused(me, List.of(Map.of("kind", "NO_SUCH_KIND", "email", true, "sms", false)), 400, "NOTICE_KIND_UNKNOWN",
                "NO_SUCH_KIND");
        refused(me, List.of(Map.of("kind", "ACCOUNT_SETUP", "email", true, "sms", false)), 400, "NOTICE_KIND_UNKNOWN", "");
        Map<String, Object> noSms = new HashMap<>();
        noSms.put("kind", "EXPIRY_REMINDER");
        noSms.put("email", true);
        refused(me, List.of(noSms), 400, "NOTICE_FIELD_REQUIRED", "sms");
        refused(me, List.of(Map.of("kind", "ARREARS", "email", true, "sms", false),
                Map.of("kind", "ARREARS", "email", false, "sms", false)), 400, "NOTICE_KIND_TWICE", "ARREARS");
        Api.as(me).body(Map.of("kind", "ARREARS")).put(PATH).then().statusCode(400);
        assertEquals(true, item(Api.as(me).get(PATH), "ARREARS").get("email"), "a refused request changes nothing");

        Customer noPhone = fixtures.customer("0");
        refused(noPhone, choice, 409, "NOTICE_SMS_NEEDS_PHONE", "no phone");
        Api.as(fixtures.staff(Role.OPERATOR)).get(PATH).then().statusCode(403);
        Api.as(fixtures.staff(Role.FINANCE)).body(choice).put(PATH).then().statusCode(403);
    }

    @Test
    void thePageShowsTheAllowedChannelsAndSavesTheTicks() {
        Customer noPhone = fixtures.customer("0");
        ConsoleSession session = ConsoleSession.loggedIn(noPhone.username(), Fixtures.PASSWORD);
        assertTrue(session.get("/notices").asString().contains("href=\"/notices/settings\""), "linked from the message center");
        String html = session.get("/notices/settings").asString();
        assertTrue(html.contains("name=\"csrf_token\""));
        assertTrue(html.contains("data-testid=\"no-phone\""), "the hint without a phone");
        assertTrue(html.contains("name=\"sms\" value=\"EXPIRY_REMINDER\" disabled"), "SMS cannot be ticked without a phone");
        assertFalse(html.contains("name=\"sms\" value=\"BILL_ISSUED\""), "no SMS box where the operator allows none");

        String phone = sms.newPhone();
        Customer me = sms.customerWithPhone(phone);
        session = ConsoleSession.loggedIn(me.username(), Fixtures.PASSWORD);
        html = session.get("/notices/settings").asString();
        assertTrue(html.contains("短信将发送至 " + phone.substring(0, 3) + "****" + phone.substring(7)), "the masked phone");
        assertTrue(html.contains("name=\"sms\" value=\"EXPIRY_REMINDER\" aria-label"), "SMS enabled with a phone");
        Map<String, Object> form = new HashMap<>();
        form.put("kind", List.of("EXPIRY_REMINDER", "RELEASE_WARNING"));
        form.put("email", List.of("RELEASE_WARNING"));
        form.put("sms", List.of("EXPIRY_REMINDER"));
        Response saved = session.post("/notices/settings", form);
        assertEquals(303, saved.statusCode());
        assertTrue(saved.header("Location").endsWith("/notices/settings?saved=1"), saved.header("Location"));
        html = session.get("/notices/settings?saved=1").asString();
        assertTrue(html.contains("通知设置已保存"));
        assertTrue(html.contains("name=\"sms\" value=\"EXPIRY_REMINDER\" checked"), html);
        assertFalse(html.contains("name=\"email\" value=\"EXPIRY_REMINDER\" checked"));
        assertTrue(session.post("/notices/settings", form).statusCode() == 303, "a double submit is harmless");

        // a form from before the operator stopped SMS for a kind: refused with the reason, nothing saved
        form.put("kind", List.of("BILL_ISSUED", "EXPIRY_REMINDER"));
        form.put("sms", List.of("BILL_ISSUED"));
        Response stale = session.post("/notices/settings", form);
        assertEquals(409, stale.statusCode());
        assertTrue(stale.asString().contains("不提供短信"), stale.asString());
        assertEquals(true, item(Api.as(me).get(PATH), "EXPIRY_REMINDER").get("sms"));
    }

    private static void refused(Customer who, Object body, int status, String code, String message) {
        Api.as(who).header("Accept-Language", "en").body(body).put(PATH).then().statusCode(status)
                .body("code", equalTo(code)).body("message", containsString(message));
    }

    private static Map<String, Object> item(Response list, String kind) {
        List<Map<String, Object>> items = list.jsonPath().getList("$");
        return items.stream().filter(i -> kind.equals(i.get("kind"))).findFirst().orElseThrow();
    }
}
