package io.billingconsole.shared;

import io.billingconsole.account.Role;
import io.billingconsole.support.Api;
import io.billingconsole.support.ConsoleSession;
import io.billingconsole.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Provisioning systems find the API described at /q/openapi — as operators by default
 * ({@code billing.api.public-openapi=false}); the public setting is tested in web.StrictSettingsTest.
 */
@QuarkusTest
class OpenApiTest {

    @Inject
    Fixtures fixtures;

    @Test
    void describesTheApi() {
        String operator = fixtures.staff(Role.OPERATOR);
        Api.as(operator).get("/q/openapi").then().statusCode(200)
                .body(containsString("/api/v1/renewals"))
                .body(containsString("/api/v1/orders/{id}/pay"))
                .body(containsString("/api/v1/admin/resources"))
                .body(containsString("basic"));
    }

    @Test
    void theDescriptionIsForOperatorsOnlyByDefault() {
        for (String path : new String[]{"/q/openapi", "/q/openapi?format=json", "/q/openapi.json", "/q/openapi.yaml",
                "/q/openapi.yml"}) {
            RestAssured.given().accept("application/json").get(path).then().statusCode(401)
                    .header("WWW-Authenticate", "Basic realm=\"billing-console\"");
        }
        Fixtures.Customer customer = fixtures.customer("0");
        Api.as(customer).get("/q/openapi").then().statusCode(403);
        Api.as(fixtures.staff(Role.FINANCE)).get("/q/openapi").then().statusCode(403);
        // like the API, the description takes HTTP Basic only: a console session is not enough
        String operator = fixtures.staff(Role.OPERATOR);
        assertEquals(401, ConsoleSession.loggedIn(operator, Fixtures.PASSWORD).get("/q/openapi").statusCode());
    }

    @Test
    void reportsHealth() {
        RestAssured.given().get("/q/health/ready").then().statusCode(200).body(containsString("UP"));
    }
}
