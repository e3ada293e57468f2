package io.billingconsole.account;

import io.billingconsole.shared.BillingConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Counts failed logins per username and per client address in PostgreSQL (table login_throttle),
 * so that every console instance sees the same count. A username that failed
 * {@code billing.login.user-delay-after} times in a row waits 1 s before its next attempt, doubling
 * with each further failure; after {@code user-lock-after} failures it is locked for
 * {@code lock-duration}. An address waits the same way after {@code address-delay-after} failures
 * (it is never locked: many people may share one address). Attempts inside a wait are refused
 * without looking at the password and are not counted.
 */
@ApplicationScoped
public class LoginThrottle {

    static final String USERNAME = "USERNAME";
    static final String ADDRESS = "ADDRESS";
    private static final int MAX_SUBJECT = 100;

    @Inject
    EntityManager em;

    @Inject
    BillingConfig config;

    /** What the counters say before an attempt: how long to wait (0: go ahead), and whether the username has a count. */
    public record Standing(long waitSeconds, boolean usernameCounted) {
    }

    /** What a failure did: how long the next attempt must wait (0: none), and whether it started a lock of the username. */
    public record Failure(long waitSeconds, boolean locked, Instant lockedUntil) {
    }

    @Transactional(TxType.MANDATORY)
    public Standing standing(String usernameKey, String address, Instant now) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select kind, blocked_until from login_throttle
                        where ((kind = 'USERNAME' and subject = :username) or (kind = 'ADDRESS' and subject = :address))
                          and last_failure_at > :forgotten
                        """)
                .setParameter("username", param(usernameKey))
                .setParameter("address", param(address))
                .setParameter("forgotten", at(now.minus(config.login().forgetAfter())))
                .getResultList();
        long wait = 0;
        boolean usernameCounted = false;
        for (Object[] row : rows) {
            usernameCounted |= USERNAME.equals(row[0]);
            Instant until = instant(row[1]);
            if (until != null && until.isAfter(now)) {
                wait = Math.max(wait, seconds(Duration.between(now, until)));
            }
        }
        return new Standing(wait, usernameCounted);
    }

    /**
     * {@link #standing} and the user of the username in one select, on {@code connection} (autocommit, no
     * transaction): for HTTP Basic, which sends the password with every request ({@link UserDirectory#quickLogin}).
     * Empty when no such user exists.
     */
    java.util.Optional<StandingUser> standingWithUser(java.sql.Connection connection, String usernameKey, String address,
                                                      Instant now) throws java.sql.SQLException {
        try (java.sql.PreparedStatement statement = connection.prepareStatement("""
                select u.id, u.username, u.role, u.account_id, u.language, u.password_hash, u.enabled,
                       t.blocked_until, t.username_counted
                  from app_user u,
                       lateral (select max(blocked_until) as blocked_until,
                                       coalesce(bool_or(kind = 'USERNAME'), false) as username_counted
                                  from login_throttle
                                 where ((kind = 'USERNAME' and subject = ?) or (kind = 'ADDRESS' and subject = ?))
                                   and last_failure_at > ?) t
                 where lower(u.username) = ?
                """)) {
            statement.setString(1, param(usernameKey));
            statement.setString(2, param(address));
            statement.setObject(3, at(now.minus(config.login().forgetAfter())));
            statement.setString(4, usernameKey);
            try (java.sql.ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    return java.util.Optional.empty();
                }
                AppUser user = AppUser.identityOf(row, 1);
                user.passwordHash = row.getString(6);
                user.enabled = row.getBoolean(7);
                OffsetDateTime blocked = row.getObject(8, OffsetDateTime.class);
                Instant until = blocked == null ? null : blocked.toInstant();
                long wait = until != null && until.isAfter(now) ? seconds(Duration.between(now, until)) : 0;
                return java.util.Optional.of(new StandingUser(new Standing(wait, row.getBoolean(9)), user));
            }
        }
    }

    /** The throttle's standing of a username and address, with the user (detached, read-only). */
    record StandingUser(Standing standing, AppUser user) {
    }

    /** Counts a failed attempt for the username (when it could be one) and the address (when known). */
    @Transactional(TxType.MANDATORY)
    public Failure recordFailure(String usernameKey, String address, Instant now) {
        BillingConfig.Login limits = config.login();
        Instant until = null;
        boolean locked = false;
        if (subject(usernameKey) != null) {
            int failures = count(USERNAME, usernameKey, now);
            if (failures >= limits.userLockAfter()) {
                until = now.plus(limits.lockDuration());
                locked = true;
            } else if (failures >= limits.userDelayAfter()) {
                until = now.plus(delay(failures - limits.userDelayAfter()));
            }
            block(USERNAME, usernameKey, until);
        }
        if (subject(address) != null) {
            int failures = count(ADDRESS, address, now);
            if (failures >= limits.addressDelayAfter()) {
                Instant addressUntil = now.plus(delay(failures - limits.addressDelayAfter()));
                block(ADDRESS, address, addressUntil);
                until = until == null || addressUntil.isAfter(until) ? addressUntil : until;
            }
        }
        long wait = until == null ? 0 : seconds(Duration.between(now, until));
        return new Failure(wait, locked, locked ? now.plus(limits.lockDuration()) : null);
    }

    /**
     * A successful login, or a new password set through a setup link or by an operator, starts the
     * username's count over (the address keeps its count).
     */
    @Transactional(TxType.MANDATORY)
    public void recordSuccess(String usernameKey) {
        em.createNativeQuery("delete from login_throttle where kind = 'USERNAME' and subject = :username")
                .setParameter("username", param(usernameKey))
                .executeUpdate();
    }

    /** Drops counts whose last failure is older than {@code forget-after}; they count as zero anyway. */
    @Transactional
    public int purge(Instant now) {
        return em.createNativeQuery("delete from login_throttle where last_failure_at <= :forgotten")
                .setParameter("forgotten", at(now.minus(config.login().forgetAfter())))
                .executeUpdate();
    }

    /** 1 s (the base delay) for the first failure over the limit, doubling, up to the maximum. */
    Duration delay(int overLimit) {
        Duration delay = config.login().baseDelay().multipliedBy(1L << Math.min(Math.max(overLimit, 0), 30));
        Duration max = config.login().maxDelay();
        return delay.compareTo(max) > 0 ? max : delay;
    }

    /** Adds one failure and returns the count; a count left alone longer than forget-after starts over. */
    private int count(String kind, String subject, Instant now) {
        Object failures = em.createNativeQuery("""
                        insert into login_throttle (kind, subject, failures, last_failure_at)
                        values (:kind, :subject, 1, :now)
                        on conflict (kind, subject) do update set
                            failures = case when login_throttle.last_failure_at <= :forgotten then 1
                                            else login_throttle.failures + 1 end,
                            blocked_until = case when login_throttle.last_failure_at <= :forgotten then null
                                                 else login_throttle.blocked_until end,
                            last_failure_at = :now
                        returning failures
                        """)
                .setParameter("kind", kind)
                .setParameter("subject", subject(subject))
                .setParameter("now", at(now))
                .setParameter("forgotten", at(now.minus(config.login().forgetAfter())))
                .getSingleResult();
        return ((Number) failures).intValue();
    }

    private void block(String kind, String subject, Instant until) {
        if (until == null) {
            return;
        }
        em.createNativeQuery("update login_throttle set blocked_until = :until where kind = :kind and subject = :subject")
                .setParameter("until", at(until))
                .setParameter("kind", kind)
                .setParameter("subject", subject(subject))
                .executeUpdate();
    }

    /** Only what fits the column is counted; longer names cannot be usernames anyway. */
    private static String subject(String value) {
        return value == null || value.isEmpty() || value.length() > MAX_SUBJECT ? null : value;
    }

    /** A value for a lookup: "" matches no row (a null parameter would have no SQL type). */
    static String param(String value) {
        String subject = subject(value);
        return subject == null ? "" : subject;
    }

    /** Whole seconds, rounded up, at least 1: "try again in 0 seconds" would be refused again. */
    private static long seconds(Duration wait) {
        long seconds = (wait.toMillis() + 999) / 1000;
        return Math.max(seconds, 1);
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        throw new IllegalStateException("unexpected timestamp type " + value.getClass());
    }
}
