package io.billingconsole.shared;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.containsString;

/** Provisioning systems find the API described at /q/openapi. */
@QuarkusTest
class OpenApiTest {

    @Test
    void describesTheApi() {
        RestAssured.given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body(containsString("/api/v1/renewals"))
                .body(containsString("/api/v1/orders/{id}/pay"))
                .body(containsString("/api/v1/admin/resources"))
                .body(containsString("basic"));
    }

    @Test
    void reportsHealth() {
        RestAssured.given().get("/q/health/ready").then().statusCode(200).body(containsString("UP"));
    }
}
