package io.billingconsole.web;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/**
 * Settings as a provider behind HTTPS and a proxy would run them: secure cookies (and so HSTS),
 * the client address from X-Forwarded-For, a low per-address login limit, a public API description.
 */
public class StrictSettingsProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "billing.session.secure-cookie", "true",
                "billing.login.address-delay-after", "3",
                "billing.api.public-openapi", "true",
                "quarkus.http.proxy.proxy-address-forwarding", "true",
                "quarkus.http.proxy.allow-x-forwarded", "true");
    }
}
