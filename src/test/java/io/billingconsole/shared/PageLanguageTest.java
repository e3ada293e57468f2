package io.billingconsole.shared;

import io.billingconsole.support.ConsoleSession;
import io.billingconsole.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class PageLanguageTest {

    @Inject
    Fixtures fixtures;

    @Test
    void pagesAreRenderedInTheChosenLanguageAndNotStored() {
        Fixtures.Customer customer = fixtures.customer("0");
        ConsoleSession session = ConsoleSession.loggedIn(customer.username(), customer.password());
        assertEquals(303, session.post("/language", Map.of("lang", "en")).statusCode());

        for (String path : new String[] {"/", "/renewals"}) {
            Response page = session.get(path);
            assertEquals(200, page.statusCode(), path);
            assertEquals("en", page.header("Content-Language"), path);
            assertEquals("no-store", page.header("Cache-Control"), path);
            assertTrue(page.asString().contains(">Renewals</a>"), path);
            assertFalse(page.asString().contains("续费管理"), path);
        }
    }
}
