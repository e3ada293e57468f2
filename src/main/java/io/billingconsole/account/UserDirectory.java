package io.billingconsole.account;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import io.billingconsole.shared.BillingConfig;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Checks passwords and keeps console sessions. */
@ApplicationScoped
public class UserDirectory {

    /** Sessions age in real time: moving the test clock must not log everybody out. */
    private static final Clock WALL_CLOCK = Clock.systemUTC();
    private static final long VERIFIED_TTL_NANOS = Duration.ofMinutes(5).toNanos();
    private static final int VERIFIED_MAX = 10_000;
    /** Spent on unknown usernames so that a miss takes as long as a wrong password. */
    private static final String DUMMY_HASH = BcryptUtil.bcryptHash("not-a-real-password");

    private final SecureRandom random = new SecureRandom();
    /**
     * bcrypt costs ~50 ms; API clients send their password with every request. A digest of
     * (username, password, current hash) that passed recently is remembered for a few minutes;
     * changing the password changes the hash and so invalidates it.
     */
    private final Map<String, Long> recentlyVerified = new ConcurrentHashMap<>();

    @Inject
    BillingConfig config;

    @Transactional
    public Optional<AppUser> authenticate(String username, String password) {
        Optional<AppUser> found = AppUser.findByUsername(username);
        if (found.isEmpty()) {
            BcryptUtil.matches(password, DUMMY_HASH);
            return Optional.empty();
        }
        AppUser user = found.get();
        if (!user.enabled) {
            return Optional.empty();
        }
        String digest = sha256(username + '\0' + password + '\0' + user.passwordHash);
        Long validUntil = recentlyVerified.get(digest);
        if (validUntil != null && validUntil - System.nanoTime() > 0) {
            return found;
        }
        if (!BcryptUtil.matches(password, user.passwordHash)) {
            return Optional.empty();
        }
        if (recentlyVerified.size() > VERIFIED_MAX) {
            recentlyVerified.clear();
        }
        recentlyVerified.put(digest, System.nanoTime() + VERIFIED_TTL_NANOS);
        return found;
    }

    /** Opens a session and returns the token for the cookie. */
    @Transactional
    public String openSession(long userId) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = WALL_CLOCK.instant();
        UserSession session = new UserSession();
        session.tokenHash = sha256(token);
        session.userId = userId;
        session.createdAt = now;
        session.expiresAt = now.plus(Duration.ofHours(config.session().maxAgeHours()));
        session.persist();
        return token;
    }

    @Transactional
    public Optional<AppUser> userOfSession(String token) {
        UserSession session = UserSession.findById(sha256(token));
        if (session == null || !WALL_CLOCK.instant().isBefore(session.expiresAt)) {
            return Optional.empty();
        }
        AppUser user = AppUser.findById(session.userId);
        return user != null && user.enabled ? Optional.of(user) : Optional.empty();
    }

    @Transactional
    public void closeSession(String token) {
        UserSession.deleteById(sha256(token));
    }

    /**
     * Saves the user's language. A customer's choice also becomes the account's, which is the
     * language of the account's notice e-mails (they go to the account's address).
     */
    @Transactional
    public void changeLanguage(long userId, String language) {
        AppUser user = AppUser.findById(userId);
        if (user != null) {
            user.language = language;
            if (user.role == Role.CUSTOMER && user.accountId != null) {
                Account.update("language = ?1 where id = ?2 and language <> ?1", language, user.accountId);
            }
        }
    }

    /** Drops expired sessions; called by a housekeeping job. */
    @Transactional
    public long purgeExpiredSessions() {
        return UserSession.delete("expiresAt <= ?1", WALL_CLOCK.instant());
    }

    static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
