package io.billingconsole.payment;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** The signed text and the HMAC-SHA256 signature the console and the gateway agree on. */
class GatewaySignatureTest {

    private static final String SECRET = "a-secret-of-some-length";

    @Test
    void theSignedTextIsSortedEncodedAndLeavesOutTheSignature() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("status", "PAID");
        params.put("amount", "100.00");
        params.put("ref", "RC1");
        params.put("payerName", "张 三&co=1");
        params.put("sign", "whatever");
        assertEquals("amount=100.00&payerName=%E5%BC%A0+%E4%B8%89%26co%3D1&ref=RC1&status=PAID",
                GatewaySignature.canonical(params));
    }

    @Test
    void anyChangedValueOrSecretChangesTheSignature() {
        Map<String, String> params = new HashMap<>(Map.of("ref", "RC1", "amount", "100.00", "status", "PAID"));
        String signature = GatewaySignature.sign(SECRET, params);
        assertEquals(64, signature.length());
        assertEquals(signature, GatewaySignature.sign(SECRET, new LinkedHashMap<>(params)));
        params.put("sign", signature);
        assertEquals(signature, GatewaySignature.sign(SECRET, params), "the sign parameter itself is not signed");

        Map<String, String> otherAmount = new HashMap<>(params);
        otherAmount.put("amount", "1000.00");
        assertNotEquals(signature, GatewaySignature.sign(SECRET, otherAmount));
        assertNotEquals(signature, GatewaySignature.sign(SECRET + "x", params));
        // "a=1&b=2" must not sign the same as a single value holding "1&b=2"
        assertNotEquals(GatewaySignature.sign(SECRET, Map.of("a", "1", "b", "2")),
                GatewaySignature.sign(SECRET, Map.of("a", "1&b=2")));
    }
}
