package io.billingconsole.support;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** JSON API requests as a given user (HTTP Basic, as provisioning scripts call it). */
public final class Api {

    private Api() {
    }

    public static RequestSpecification as(String username) {
        return as(username, Fixtures.PASSWORD);
    }

    public static RequestSpecification as(String username, String password) {
        return RestAssured.given().auth().preemptive().basic(username, password)
                .contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    public static RequestSpecification as(Fixtures.Customer customer) {
        return as(customer.username());
    }
}
