package io.billingconsole.notice;

import io.billingconsole.shared.Money;

import java.time.Instant;

/**
 * What a notice says; fields a kind does not use are null. {@code releaseReason} is the name of a
 * {@code resource.ReleaseReason} (RESOURCE_RELEASED only).
 */
public record NoticeFacts(Long resourceId, String resourceName, String productType, Instant expiresAt,
                          Instant releaseAt, Integer months, Money amount, Money missing, Long orderId,
                          Integer daysBefore, String releaseReason) {

    /** The facts of every kind but RESOURCE_RELEASED: no release reason. */
    public NoticeFacts(Long resourceId, String resourceName, String productType, Instant expiresAt, Instant releaseAt,
                       Integer months, Money amount, Money missing, Long orderId, Integer daysBefore) {
        this(resourceId, resourceName, productType, expiresAt, releaseAt, months, amount, missing, orderId, daysBefore,
                null);
    }

    /**
     * RESOURCE_RELEASED: released at {@code releasedAt} (kept as releaseAt) for {@code reason} (CUSTOMER,
     * SCHEDULED or OVERDUE).
     */
    public static NoticeFacts released(long resourceId, String resourceName, String productType, Instant releasedAt,
                                       String reason) {
        return new NoticeFacts(resourceId, resourceName, productType, null, releasedAt, null, null, null, null, null,
                reason);
    }

    /**
     * RESOURCE_UNSUBSCRIBED: unsubscribed at {@code releasedAt} (kept as releaseAt); {@code toCash} back to the
     * cash balance (kept as amount), {@code toCredit} back to the credit line (kept as missing).
     */
    public static NoticeFacts unsubscribed(long resourceId, String resourceName, String productType,
                                           Instant releasedAt, Money toCash, Money toCredit) {
        return new NoticeFacts(resourceId, resourceName, productType, null, releasedAt, null, toCash, toCredit, null,
                null);
    }

    /** EXPIRY_REMINDER: {@code daysBefore} days before {@code expiresAt} (0 on expiry day). */
    public static NoticeFacts expiry(long resourceId, String resourceName, String productType, Instant expiresAt,
                                     int daysBefore) {
        return new NoticeFacts(resourceId, resourceName, productType, expiresAt, null, null, null, null, null,
                daysBefore);
    }

    /** RELEASE_WARNING: expired at {@code expiresAt}, released at {@code releaseAt} unless renewed. */
    public static NoticeFacts release(long resourceId, String resourceName, String productType, Instant expiresAt,
                                      Instant releaseAt) {
        return new NoticeFacts(resourceId, resourceName, productType, expiresAt, releaseAt, null, null, null, null,
                null);
    }

    /** AUTO_RENEW_ENABLED / AUTO_RENEW_MODIFIED ({@code months} per renewal) and AUTO_RENEW_CANCELLED (null months). */
    public static NoticeFacts autoRenew(long resourceId, String resourceName, String productType, Instant expiresAt,
                                        Integer months) {
        return new NoticeFacts(resourceId, resourceName, productType, expiresAt, null, months, null, null, null, null);
    }

    /** BALANCE_LOW: {@code amount} was due, {@code missing} short; {@code orderId} is the voided order. */
    public static NoticeFacts balanceLow(long resourceId, String resourceName, String productType, Instant expiresAt,
                                         Integer months, Money amount, Money missing, Long orderId) {
        return new NoticeFacts(resourceId, resourceName, productType, expiresAt, null, months, amount, missing,
                orderId, null);
    }

    /** RENEWAL_SUCCEEDED: renewed for {@code months}, {@code amount} charged, new expiry {@code expiresAt}. */
    public static NoticeFacts renewed(long resourceId, String resourceName, String productType, Instant newExpiresAt,
                                      int months, Money amount, Long orderId) {
        return new NoticeFacts(resourceId, resourceName, productType, newExpiresAt, null, months, amount, null,
                orderId, null);
    }

    /** LOGIN_LOCKED: the login {@code username} is locked until {@code lockedUntil} (kept as resourceName / expiresAt). */
    public static NoticeFacts loginLocked(String username, Instant lockedUntil) {
        return new NoticeFacts(null, username, null, lockedUntil, null, null, null, null, null, null);
    }

    /**
     * AUTO_RENEW_FUNDS_SHORT: {@code count} auto-renewals ({@code names}) need {@code needed}, {@code missing} of it is
     * not there; the earliest attempt is at {@code firstAttempt} (kept as releaseAt), the earliest expiry at
     * {@code expiresAt}, the attempts fall within {@code withinDays} days (kept as daysBefore).
     */
    public static NoticeFacts fundsShort(Long resourceId, String names, int count, Money needed, Money missing,
                                         Instant firstAttempt, Instant expiresAt, int withinDays) {
        return new NoticeFacts(resourceId, names, null, expiresAt, firstAttempt, count, needed, missing, null,
                withinDays);
    }

    /**
     * DATA_LOSS_WARNING: released with its data at {@code releaseAt}, {@code daysBefore} days from now, for
     * {@code reason} (a {@code resource.ReleaseReason} name: WINDOW_PASSED, SCHEDULED or OVERDUE); {@code expiresAt}
     * is the expiry of a subscription (null for pay-as-you-go).
     */
    public static NoticeFacts dataLoss(long resourceId, String resourceName, String productType, Instant expiresAt,
                                       Instant releaseAt, int daysBefore, String reason) {
        return new NoticeFacts(resourceId, resourceName, productType, expiresAt, releaseAt, null, null, null, null,
                daysBefore, reason);
    }
}
