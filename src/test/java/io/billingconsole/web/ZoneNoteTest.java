package io.billingconsole.web;

import io.billingconsole.support.ConsoleSession;
import io.billingconsole.support.Fixtures;
import io.billingconsole.support.Fixtures.Customer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every page that shows times says once, in the layout's footer, which zone they are in. */
@QuarkusTest
class ZoneNoteTest {

    private static final String ZH = "data-testid=\"zone-note\">时间均为北京时间 (UTC+8)</p>";
    private static final String EN = "data-testid=\"zone-note\">All times are Beijing time (UTC+8)</p>";

    @Inject
    Fixtures fixtures;

    @Test
    void everyPageNamesTheZoneOnceInTheViewersLanguage() {
        Customer me = fixtures.customer("0");
        ConsoleSession session = ConsoleSession.loggedIn(me.username(), me.password());
        for (String path : List.of("/", "/orders", "/transactions", "/notices", "/renewals")) {
            String page = session.get(path).asString();
            assertTrue(page.contains(ZH), path + ": " + page);
            assertEquals(page.indexOf("\"zone-note\""), page.lastIndexOf("\"zone-note\""), path + ": once");
        }
        assertEquals(303, session.post("/language", Map.of("lang", "en")).statusCode());
        for (String path : List.of("/", "/orders", "/transactions")) {
            String page = session.get(path).asString();
            assertTrue(page.contains(EN), path + ": " + page);
            assertFalse(page.contains("北京时间"), path);
        }
        assertTrue(RestAssured.get("/login").asString().contains(ZH), "the login page too");
    }

    @Test
    void offsetsReadAsAfterUtc() {
        assertEquals("+8", UiContext.offsetText(ZoneOffset.ofHours(8)));
        assertEquals("-3:30", UiContext.offsetText(ZoneOffset.ofHoursMinutes(-3, -30)));
        assertEquals("+5:45", UiContext.offsetText(ZoneOffset.ofHoursMinutes(5, 45)));
        assertEquals("", UiContext.offsetText(ZoneOffset.UTC));
    }
}
