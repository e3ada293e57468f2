package io.billingconsole.payment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Signs and checks the messages between the console and the gateway: HMAC-SHA256 with the
 * configured secret over the parameters sorted by name ({@code a=1&b=2}, values URL-encoded),
 * without the {@code sign} parameter itself; compared in constant time.
 */
@ApplicationScoped
public class GatewaySignature {

    public static final String SIGN = "sign";
    private static final String ALGORITHM = "HmacSHA256";

    @Inject
    PaymentConfig config;

    /** Whether a secret is configured (long enough to mean something). */
    public boolean configured() {
        return config.callbackSecret().filter(s -> s.length() >= 16).isPresent();
    }

    /** The signature of these parameters (any {@code sign} among them is ignored). */
    public String sign(Map<String, String> params) {
        return sign(secret(), params);
    }

    /** Whether {@code params} carry their own valid signature. */
    public boolean verify(Map<String, String> params) {
        String given = params.get(SIGN);
        if (!configured() || given == null) {
            return false;
        }
        String expected = sign(params);
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                given.getBytes(StandardCharsets.UTF_8));
    }

    /** The parameters with their signature added. */
    public Map<String, String> signed(Map<String, String> params) {
        Map<String, String> copy = new TreeMap<>(params);
        copy.remove(SIGN);
        copy.put(SIGN, sign(copy));
        return copy;
    }

    /** The signature with a given secret: what a gateway computes on its side (tests use it as such). */
    public static String sign(String secret, Map<String, String> params) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM));
            return HexFormat.of().formatHex(mac.doFinal(canonical(params).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    /** The signed text: every parameter but {@code sign}, sorted by name, values URL-encoded. */
    public static String canonical(Map<String, String> params) {
        return new TreeMap<>(params).entrySet().stream()
                .filter(e -> !SIGN.equals(e.getKey()) && e.getValue() != null)
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private String secret() {
        return config.callbackSecret().filter(s -> s.length() >= 16)
                .orElseThrow(() -> new IllegalStateException("billing.payment.callback-secret is not set"));
    }
}
