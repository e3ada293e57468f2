package io.billingconsole.resource;

import io.billingconsole.clock.TestClock;
import io.billingconsole.support.Books;
import io.billingconsole.support.ConsoleSession;
import io.billingconsole.support.Fixtures;
import io.billingconsole.support.Fixtures.Customer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.billingconsole.support.TestDates.JAN_26;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A pay-as-you-go resource's detail page: its scheduled release set and cleared, "release now" after asking. */
@QuarkusTest
class ReleasePageTest {

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
    void theReleaseTimeIsSetAndClearedFromTheDetailPage() {
        clock.moveTo(JAN_26);                                       // 2018-01-26 12:00 +08:00
        Customer me = fixtures.customer("0");
        CloudResource payg = fixtures.payg(me, "ECS");
        ConsoleSession session = ConsoleSession.loggedIn(me.username(), Fixtures.PASSWORD);
        String detail = "/renewals/" + payg.id;

        String page = session.get(detail).then().statusCode(200).extract().asString();
        assertTrue(page.contains("未设置定时释放"), page);
        assertTrue(page.contains("action=\"/renewals/" + payg.id + "/release/schedule\""));
        assertFalse(page.contains("/unsubscribe\""), "a PAYG resource is released, not unsubscribed");

        Response set = session.post(detail + "/release/schedule", Map.of("releaseAt", "2018-01-30T09:30"));
        assertEquals(303, set.statusCode());
        assertEquals(detail + "?done=release_scheduled", set.header("Location"));
        page = session.get(detail + "?done=release_scheduled").asString();
        assertTrue(page.contains("已设置定时释放。"));
        assertTrue(page.contains("定时释放：2018-01-30 09:30"));
        assertTrue(page.contains("value=\"2018-01-30T09:30\""), "the form shows the time set");

        Response past = session.post(detail + "/release/schedule", Map.of("releaseAt", "2018-01-01T09:30"));
        assertEquals(400, past.statusCode());
        assertTrue(past.asString().contains("释放时间须晚于当前时间"));
        assertTrue(past.asString().contains("value=\"2018-01-01T09:30\""), "what was typed comes back");

        Response clear = session.post(detail + "/release/schedule/clear", Map.of());
        assertEquals(detail + "?done=release_cleared", clear.header("Location"));
        assertTrue(session.get(detail + "?done=release_cleared").asString().contains("已取消定时释放。"));
        assertEquals(List.of("-"), books.strings("select coalesce(release_at::text, '-') from cloud_resource where id = "
                + payg.id));
    }

    @Test
    void releaseNowAsksFirstAndThenShowsWhenAndWhy() {
        Customer me = fixtures.customer("0");
        CloudResource payg = fixtures.payg(me, "ECS");
        ConsoleSession session = ConsoleSession.loggedIn(me.username(), Fixtures.PASSWORD);

        String ask = session.get("/renewals/" + payg.id + "/release").then().statusCode(200).extract().asString();
        assertTrue(ask.contains("释放后资源立即停止，不再计费，数据不可恢复。"));
        assertEquals(List.of("RUNNING"), books.strings("select status from cloud_resource where id = " + payg.id));

        Response release = session.post("/renewals/" + payg.id + "/release", Map.of());
        assertEquals("/renewals/" + payg.id + "?done=released", release.header("Location"));
        String page = session.get("/renewals/" + payg.id + "?done=released").asString();
        assertTrue(page.contains("资源已释放。"));
        assertTrue(page.contains("用户立即释放"), "the reason is shown");
        assertFalse(page.contains("/release/schedule\""), "nothing left to set");

        Response again = session.post("/renewals/" + payg.id + "/release", Map.of());
        assertEquals(409, again.statusCode());
        assertTrue(again.asString().contains("已释放"));
    }

    @Test
    void anotherAccountsResourceIsNotFound() {
        Customer me = fixtures.customer("0");
        Customer intruder = fixtures.customer("0");
        CloudResource payg = fixtures.payg(me, "ECS");
        ConsoleSession session = ConsoleSession.loggedIn(intruder.username(), Fixtures.PASSWORD);

        assertEquals(404, session.get("/renewals/" + payg.id + "/release").statusCode());
        assertEquals(404, session.post("/renewals/" + payg.id + "/release", Map.of()).statusCode());
        assertEquals(404, session.post("/renewals/" + payg.id + "/release/schedule",
                Map.of("releaseAt", "2199-01-01T00:00")).statusCode());
        assertEquals(List.of("RUNNING"), books.strings("select status from cloud_resource where id = " + payg.id));
    }
}
