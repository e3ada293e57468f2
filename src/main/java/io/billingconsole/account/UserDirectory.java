package io.billingconsole.account;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import io.billingconsole.notice.NoticeFacts;
import io.billingconsole.notice.NoticeKind;
import io.billingconsole.notice.NoticeService;
import io.billingconsole.shared.BillingConfig;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
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
    private static final int MAX_USERNAME = 64;
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

    @Inject
    DataSource dataSource;

    @Inject
    LoginThrottle throttle;

    @Inject
    NoticeService notices;

    @Inject
    ZoneId zone;

    /** The business clock: the day of the audit log, for "one lock mail a day" to staff. */
    @Inject
    Clock clock;

    @Inject
    Audit audit;

    /**
     * Checks a login (form or HTTP Basic) against the throttle and the password. Attempts inside a
     * wait are refused before the password is looked at; failures are counted for the username
     * (lower-cased, whether it exists or not) and the client address; a success starts the
     * username's count over. {@code address} may be null when unknown.
     */
    @Transactional
    public LoginResult login(String username, String password, String address) {
        Instant now = WALL_CLOCK.instant();
        String key = usernameKey(username);
        LoginThrottle.Standing standing = throttle.standing(key, address, now);
        if (standing.waitSeconds() > 0) {
            return LoginResult.throttled(standing.waitSeconds());
        }
        Optional<AppUser> user = check(key, password);
        if (user.isPresent()) {
            if (standing.usernameCounted()) {
                throttle.recordSuccess(key);
            }
            return LoginResult.success(user.get());
        }
        LoginThrottle.Failure failure = throttle.recordFailure(key, address, now);
        if (failure.locked()) {
            noticeLock(key, failure.lockedUntil());
        }
        return failure.waitSeconds() > 0 ? LoginResult.throttled(failure.waitSeconds()) : LoginResult.failed();
    }

    /**
     * The cheap path of an HTTP Basic login, which API clients send with every request: one select
     * without a transaction reads the throttle's standing of the username and address together with
     * the user ({@link LoginThrottle#standingWithUser}); when nothing is counted against the username,
     * nothing blocks, the user is enabled and this very password was verified against the user's current
     * hash within the last minutes, that is the success {@link #login} would answer (it would write
     * nothing either). Empty in every other case: then {@link #login} decides, with its transaction, the
     * bcrypt and the counting, so throttling is exactly as strong as before (issue 13: four statements
     * and a transaction per API request before, one now).
     */
    public Optional<AppUser> quickLogin(String username, String password, String address) {
        String key = usernameKey(username);
        if (key == null || password == null || recentlyVerified.isEmpty()) {
            return Optional.empty();
        }
        Instant now = WALL_CLOCK.instant();
        Optional<LoginThrottle.StandingUser> found;
        try (Connection connection = dataSource.getConnection()) {
            found = throttle.standingWithUser(connection, key, address, now);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the login", e);
        }
        if (found.isEmpty()) {
            return Optional.empty();
        }
        LoginThrottle.Standing standing = found.get().standing();
        AppUser user = found.get().user();
        if (standing.waitSeconds() > 0 || standing.usernameCounted() || !user.enabled) {
            return Optional.empty();
        }
        Long validUntil = recentlyVerified.get(sha256(key + '\0' + password + '\0' + user.passwordHash));
        return validUntil != null && validUntil - System.nanoTime() > 0 ? Optional.of(user) : Optional.empty();
    }

    /** A login without a known client address (counted per username only). */
    @Transactional
    public Optional<AppUser> authenticate(String username, String password) {
        return Optional.ofNullable(login(username, password, null).user());
    }

    /**
     * The user whose password this is, or empty. Every miss (unknown or disabled user, password
     * too long for bcrypt) spends one bcrypt like a wrong password, so a miss takes as long.
     */
    private Optional<AppUser> check(String key, String password) {
        // bcrypt reads only the first 72 bytes: "the right 72 bytes + anything" would match, so a
        // longer password is refused like a wrong one (PasswordPolicy refuses to set one, too)
        boolean checkable = password != null
                && password.getBytes(StandardCharsets.UTF_8).length <= PasswordPolicy.MAX_BYTES;
        Optional<AppUser> found = key == null ? Optional.empty() : AppUser.findByUsername(key);
        if (found.isEmpty() || !checkable || !found.get().enabled) {
            BcryptUtil.matches(checkable ? password : "", DUMMY_HASH);
            return Optional.empty();
        }
        AppUser user = found.get();
        String digest = sha256(key + '\0' + password + '\0' + user.passwordHash);
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

    /**
     * Tells a user that their login is locked, at most once a day: a customer in the message center
     * and by e-mail to the account's address; a staff user by e-mail to their own address (none
     * when they have none), marked in the audit log, which is also what "once a day" is read from.
     * Concurrent locks of one username wait for each other on its throttle row.
     */
    private void noticeLock(String key, Instant until) {
        AppUser user = AppUser.findByUsername(key).orElse(null);
        if (user == null) {
            return;
        }
        NoticeFacts facts = NoticeFacts.loginLocked(user.username, until);
        if (user.role == Role.CUSTOMER) {
            if (user.accountId != null) {
                notices.publish(user.accountId, NoticeKind.LOGIN_LOCKED,
                        "login-locked:" + user.id + ":" + until.atZone(zone).toLocalDate(), facts);
            }
            return;
        }
        LocalDate today = clock.instant().atZone(zone).toLocalDate();
        if (AuditEntry.count("action = ?1 and targetUserId = ?2 and at >= ?3 and at < ?4",
                AuditAction.LOGIN_LOCK_MAILED, user.id, today.atStartOfDay(zone).toInstant(),
                today.plusDays(1).atStartOfDay(zone).toInstant()) == 0
                && notices.mailStaff(user.email, user.username, user.language, NoticeKind.LOGIN_LOCKED, facts)) {
            audit.recordBySystem(AuditAction.LOGIN_LOCK_MAILED, user,
                    "locked until " + until + ", mailed to " + user.email.trim());
        }
    }

    /**
     * The name as the throttle counts it and the lookup compares it (lower case), or null when it
     * cannot be a username at all: empty, longer than the column, or with control characters
     * such as NUL (which PostgreSQL would refuse).
     */
    static String usernameKey(String username) {
        if (username == null || username.isEmpty() || username.length() > MAX_USERNAME
                || username.chars().anyMatch(Character::isISOControl)) {
            return null;
        }
        return username.toLowerCase(Locale.ROOT);
    }

    /** The typed username to show again in the login form, or "" when it cannot be one. */
    public static String displayable(String username) {
        return usernameKey(username) == null ? "" : username;
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

    /**
     * The enabled user of an unexpired session. Asked on every page request, so it is one select
     * (session joined to its user) on an autocommit connection, without a transaction: BEGIN, two
     * selects and COMMIT cost four round trips per page (issue 13). Nothing is cached: a logout, an
     * ended session or a disabled user counts from the next request on, on every instance.
     */
    public Optional<AppUser> userOfSession(String token) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("select u.id, u.username, u.role, u.account_id,"
                     + " u.language, u.email from user_session s join app_user u on u.id = s.user_id"
                     + " where s.token_hash = ? and s.expires_at > ? and u.enabled")) {
            statement.setString(1, sha256(token));
            statement.setObject(2, WALL_CLOCK.instant().atOffset(ZoneOffset.UTC));
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                // plain JDBC (issue 13): a Hibernate session and query per page request cost more than the select
                AppUser user = AppUser.identityOf(row, 1);
                user.email = row.getString(6);
                user.enabled = true;
                return Optional.of(user);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the session", e);
        }
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

    /** Drops expired sessions; called by {@link LoginHousekeeping}. */
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
