package io.billingconsole.shared;

import io.billingconsole.support.ConsoleSession;
import io.billingconsole.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class ErrorPageTest {

    @Inject
    Fixtures fixtures;

    @Test
    void unknownAddressShowsTheNotFoundPage() {
        // every browser asks for /favicon.ico, which no page answers
        RestAssured.given().get("/favicon.ico")
                .then().statusCode(404)
                .contentType(containsString("text/html"))
                .body(containsString("页面或资源不存在"));
    }

    @Test
    void unknownAddressKeepsTheCustomersHeader() {
        Fixtures.Customer customer = fixtures.customer("0");
        ConsoleSession session = ConsoleSession.loggedIn(customer.username(), customer.password());
        Response response = session.get("/no-such-page");
        assertEquals(404, response.statusCode());
        assertTrue(response.asString().contains("页面或资源不存在"));
        assertTrue(response.asString().contains(customer.username()));
    }
}
