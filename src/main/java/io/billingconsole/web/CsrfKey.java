package io.billingconsole.web;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The key that signs CSRF tokens. The first instance to start generates it and stores it in
 * app_secret; every instance (and every restart) reads the same one, so a form rendered by one
 * instance is accepted by another.
 */
@ApplicationScoped
public class CsrfKey {

    private static final String NAME = "csrf-key";
    private static final String ALGORITHM = "HmacSHA256";

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    private volatile SecretKeySpec key;

    /** After the schema migration (DatabaseBootstrap, priority 1). */
    @Transactional
    void load(@Observes @Priority(10) StartupEvent event) {
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        em.createNativeQuery("""
                        insert into app_secret (name, value, created_at) values (:name, :value, :now)
                        on conflict (name) do nothing
                        """)
                .setParameter("name", NAME)
                .setParameter("value", HexFormat.of().formatHex(fresh))
                .setParameter("now", clock.instant().atOffset(ZoneOffset.UTC))
                .executeUpdate();
        String stored = (String) em.createNativeQuery("select value from app_secret where name = :name")
                .setParameter("name", NAME)
                .getSingleResult();
        key = new SecretKeySpec(HexFormat.of().parseHex(stored), ALGORITHM);
    }

    /** HMAC-SHA256 of purpose and value, base64url: the token for that value. */
    String sign(String purpose, String value) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            byte[] signature = mac.doFinal((purpose + ':' + value).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign a CSRF token", e);
        }
    }
}
