package io.billingconsole.recharge;

import io.billingconsole.payment.GatewaySignature;
import io.restassured.RestAssured;
import io.restassured.response.Response;

import java.util.LinkedHashMap;
import java.util.Map;

/** Plays the payment gateway in tests: signs callbacks with the configured secret and posts them. */
final class Gateway {

    /** The secret of the test profile (application.properties, %test). */
    static final String SECRET = "test-sandbox-secret-0123456789";

    private Gateway() {
    }

    static Map<String, String> paid(String ref, String amount) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("ref", ref);
        params.put("amount", amount);
        params.put("status", "PAID");
        params.put("payerAccount", "6222020200112233445");
        params.put("payerName", "张三");
        return params;
    }

    static Map<String, String> failed(String ref, String amount) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("ref", ref);
        params.put("amount", amount);
        params.put("status", "FAILED");
        params.put("reason", "DECLINED");
        return params;
    }

    static Map<String, String> signed(Map<String, String> params) {
        Map<String, String> copy = new LinkedHashMap<>(params);
        copy.put("sign", GatewaySignature.sign(SECRET, params));
        return copy;
    }

    /** Posts the callback as the gateway does (form-encoded, no login). */
    static Response post(Map<String, String> params) {
        return RestAssured.given().redirects().follow(false).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParams(params).post("/api/v1/payments/callback");
    }
}
