package io.billingconsole.admin;

import io.billingconsole.account.Role;
import io.billingconsole.notice.NoticeChannels;
import io.billingconsole.notice.NoticeChannels.KindChannels;
import io.billingconsole.notice.NoticeSchedule;
import io.billingconsole.notice.NoticeScheduleService;
import io.billingconsole.notice.NoticeScheduleService.ChannelEdit;
import io.billingconsole.notice.NoticeScheduleService.ScheduleEdit;
import io.billingconsole.support.Api;
import io.billingconsole.support.Books;
import io.billingconsole.support.ConsoleSession;
import io.billingconsole.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The notice schedule (issue 12): GET/PUT /api/v1/admin/notice-schedule and the page
 * /admin/notice-schedule: validation with reasons, stale versions, the audit entry, operators only.
 * The schedule and channels are put back after each test.
 */
@QuarkusTest
class NoticeScheduleTest {

    private static final String PATH = "/api/v1/admin/notice-schedule";

    @Inject
    Fixtures fixtures;

    @Inject
    NoticeScheduleService service;

    @Inject
    NoticeChannels channels;

    @Inject
    Books books;

    private String operator;
    private NoticeSchedule original;
    private List<KindChannels> originalChannels;

    @BeforeEach
    void remember() {
        operator = fixtures.staff(Role.OPERATOR);
        original = service.current();
        originalChannels = new ArrayList<>(channels.operatorChannels().values());
    }

    @AfterEach
    void restore() {
        service.update(new ScheduleEdit(original.expiryDays(), original.releaseDays(), original.fundsWarningDays(),
                original.dataLossDays(), original.dataLossSmsDays(), originalChannels.stream()
                .map(c -> new ChannelEdit(c.kind().name(), c.emailAllowed(), c.smsAllowed(), c.emailDefault(),
                        c.smsDefault())).toList(), service.current().version()), "test");
        assertEquals(original.expiryDays(), service.current().expiryDays());
    }

    @Test
    void anOperatorReadsAndEditsTheScheduleAndTheEditIsAudited() {
        Response got = Api.as(operator).get(PATH);
        got.then().statusCode(200).body("expiryDays", equalTo(List.of(15, 7, 3, 1, 0)))
                .body("releaseDays", equalTo(List.of(1))).body("version", equalTo(original.version()));
        assertEquals(NoticeChannels.kinds().size(), got.jsonPath().getList("channels").size());

        Map<String, Object> body = body();
        body.put("expiryDays", List.of(3, 30, 7, 0));
        body.put("channels", List.of(Map.of("kind", "BILL_ISSUED", "emailAllowed", true, "smsAllowed", true,
                "emailDefault", true, "smsDefault", true)));
        Api.as(operator).body(body).put(PATH).then().statusCode(200)
                .body("expiryDays", equalTo(List.of(30, 7, 3, 0))).body("version", equalTo(original.version() + 1));
        assertEquals(List.of(30, 7, 3, 0), service.current().expiryDays(), "stored largest first");
        KindChannels bill = channels.operatorChannels().get(io.billingconsole.notice.NoticeKind.BILL_ISSUED);
        assertTrue(bill.smsAllowed() && bill.smsDefault());

        String details = books.strings("select details from audit_log where action = 'NOTICE_SCHEDULE_EDITED'"
                + " and actor = '" + operator + "' order by id desc").get(0);
        assertTrue(details.contains("expiryDays: 15,7,3,1,0 → 30,7,3,0"), details);
        assertTrue(details.contains("BILL_ISSUED.smsAllowed: false → true"), details);
        assertFalse(details.contains("releaseDays"), "only what changed: " + details);

        // the same body again is stale now: 409, nothing changes
        body.put("expiryDays", List.of(9));
        Api.as(operator).header("Accept-Language", "en").body(body).put(PATH).then().statusCode(409)
                .body("code", equalTo("NOTICE_SCHEDULE_CHANGED_MEANWHILE"))
                .body("message", containsString("changed the notice schedule after you opened it"));
        assertEquals(List.of(30, 7, 3, 0), service.current().expiryDays());
        assertEquals(1, books.count("select count(*) from audit_log where action = 'NOTICE_SCHEDULE_EDITED'"
                + " and actor = '" + operator + "'"));
    }

    @Test
    void invalidEditsAreRefusedWithTheReasonAndChangeNothing() {
        refused("expiryDays", List.of(), "NOTICE_DAYS_EMPTY", "expiryDays needs at least one point");
        refused("expiryDays", List.of(-1), "NOTICE_DAYS_OUT_OF_RANGE", "expiryDays must be whole days from 0 to 365");
        refused("expiryDays", List.of(366), "NOTICE_DAYS_OUT_OF_RANGE", "365");
        refused("expiryDays", List.of(7, 3, 7), "NOTICE_DAYS_TWICE", "expiryDays: 7");
        refused("expiryDays", List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11), "NOTICE_DAYS_TOO_MANY", "at most 10");
        refused("releaseDays", List.of(0), "NOTICE_DAYS_OUT_OF_RANGE", "releaseDays must be whole days from 1");
        refused("dataLossDays", List.of(), "NOTICE_DAYS_EMPTY", "dataLossDays");
        refused("fundsWarningDays", 61, "NOTICE_DAYS_OUT_OF_RANGE", "fundsWarningDays must be whole days from 0 to 60");
        refused("dataLossSmsDays", null, "NOTICE_FIELD_REQUIRED", "dataLossSmsDays");
        refused("version", null, "NOTICE_FIELD_REQUIRED", "version");
        refused("channels", List.of(Map.of("kind", "ARREARS", "emailAllowed", true, "smsAllowed", false,
                "emailDefault", true, "smsDefault", true)), "NOTICE_DEFAULT_NOT_ALLOWED", "ARREARS");
        refused("channels", List.of(Map.of("kind", "NOPE", "emailAllowed", true, "smsAllowed", false,
                "emailDefault", true, "smsDefault", false)), "NOTICE_KIND_UNKNOWN", "NOPE");
        refused("expiryDays", "15,7", null, null);
        refused("fundsWarningDays", 1.5, null, null);
        Map<String, Object> zh = body();
        zh.put("expiryDays", List.of(400));
        Api.as(operator).header("Accept-Language", "zh").body(zh).put(PATH).then().statusCode(400)
                .body("message", containsString("须为 0 到 365 之间的整数天"));
        assertEquals(original, service.current(), "nothing was written");
        assertEquals(0, books.count("select count(*) from audit_log where action = 'NOTICE_SCHEDULE_EDITED'"
                + " and actor = '" + operator + "'"));
    }

    @Test
    void onlyOperatorsMayReadOrEdit() {
        String finance = fixtures.staff(Role.FINANCE);
        Api.as(finance).get(PATH).then().statusCode(403);
        Api.as(finance).body(body()).put(PATH).then().statusCode(403);
        Api.as(fixtures.customer("0")).body(body()).put(PATH).then().statusCode(403);
        ConsoleSession page = ConsoleSession.loggedIn(finance, Fixtures.PASSWORD);
        assertFalse(page.get("/admin").asString().contains("/admin/notice-schedule"), "no link for finance");
        assertEquals(403, page.get("/admin/notice-schedule").statusCode());
        assertEquals(403, page.post("/admin/notice-schedule", fields(original.version())).statusCode());
        assertEquals(original, service.current());
    }

    @Test
    void anOperatorEditsTheScheduleThroughThePage() {
        ConsoleSession session = ConsoleSession.loggedIn(operator, Fixtures.PASSWORD);
        assertTrue(session.get("/admin").asString().contains("href=\"/admin/notice-schedule\""), "linked from the back office");
        String html = session.get("/admin/notice-schedule").asString();
        assertTrue(html.contains("name=\"csrf_token\""));
        assertTrue(html.contains("value=\"15,7,3,1,0\""), "the expiry points as stored");
        assertTrue(html.contains("name=\"smsAllowed\" value=\"EXPIRY_REMINDER\" checked"));

        Map<String, Object> fields = fields(original.version());
        fields.put("expiryDays", "15, 7, 7");
        Response refused = session.post("/admin/notice-schedule", fields);
        assertEquals(400, refused.statusCode());
        assertTrue(refused.asString().contains("expiryDays 中的天数重复：7"), refused.asString());
        assertTrue(refused.asString().contains("value=\"15, 7, 7\""), "the form keeps what was typed");

        fields.put("expiryDays", "1, 10 5");
        fields.put("smsDefault", List.of("EXPIRY_REMINDER"));
        Response saved = session.post("/admin/notice-schedule", fields);
        assertEquals(303, saved.statusCode(), saved.asString());
        assertTrue(saved.header("Location").endsWith("/admin/notice-schedule?saved=1"), saved.header("Location"));
        html = session.get("/admin/notice-schedule?saved=1").asString();
        assertTrue(html.contains("通知计划已保存"));
        assertEquals(List.of(10, 5, 1), service.current().expiryDays());
        assertTrue(channels.operatorChannels().get(io.billingconsole.notice.NoticeKind.EXPIRY_REMINDER).smsDefault());

        // the same (now stale) form again: refused, nothing changes
        fields.put("expiryDays", "2");
        Response stale = session.post("/admin/notice-schedule", fields);
        assertEquals(409, stale.statusCode());
        assertTrue(stale.asString().contains("通知计划在您打开页面后已被他人修改"), stale.asString());
        assertEquals(List.of(10, 5, 1), service.current().expiryDays());
    }

    private void refused(String field, Object value, String code, String message) {
        Map<String, Object> body = body();
        body.put(field, value);
        Response answer = Api.as(operator).header("Accept-Language", "en").body(body).put(PATH);
        answer.then().statusCode(400);
        if (code != null) {
            answer.then().body("code", equalTo(code)).body("message", containsString(message));
        }
    }

    private Map<String, Object> body() {
        Map<String, Object> body = new HashMap<>();
        body.put("expiryDays", original.expiryDays());
        body.put("releaseDays", original.releaseDays());
        body.put("fundsWarningDays", original.fundsWarningDays());
        body.put("dataLossDays", original.dataLossDays());
        body.put("dataLossSmsDays", original.dataLossSmsDays());
        body.put("version", service.current().version());
        return body;
    }

    /** The page's form as loaded: the schedule, and every kind's channels as stored. */
    private Map<String, Object> fields(int version) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("version", String.valueOf(version));
        fields.put("expiryDays", join(original.expiryDays()));
        fields.put("releaseDays", join(original.releaseDays()));
        fields.put("fundsWarningDays", String.valueOf(original.fundsWarningDays()));
        fields.put("dataLossDays", join(original.dataLossDays()));
        fields.put("dataLossSmsDays", String.valueOf(original.dataLossSmsDays()));
        fields.put("kind", originalChannels.stream().map(c -> c.kind().name()).toList());
        fields.put("emailAllowed", originalChannels.stream().filter(KindChannels::emailAllowed).map(c -> c.kind().name()).toList());
        fields.put("smsAllowed", originalChannels.stream().filter(KindChannels::smsAllowed).map(c -> c.kind().name()).toList());
        fields.put("emailDefault", originalChannels.stream().filter(KindChannels::emailDefault).map(c -> c.kind().name()).toList());
        fields.put("smsDefault", originalChannels.stream().filter(KindChannels::smsDefault).map(c -> c.kind().name()).toList());
        return fields;
    }

    /** "15,7,3", as the form shows a list of days. */
    private static String join(List<Integer> days) {
        return String.join(",", days.stream().map(String::valueOf).toList());
    }
}
