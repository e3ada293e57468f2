package io.billingconsole.notice;

/** What a notice is about; each kind has its sentence in the message bundle and its e-mail templates. */
public enum NoticeKind {
    /** N days before expiry ({@code daysBefore} = 15/7/3/1), or on expiry day ({@code daysBefore} = 0). */
    EXPIRY_REMINDER,
    /** Expired, inside the renewal window, before release at {@code releaseAt}. */
    RELEASE_WARNING,
    AUTO_RENEW_ENABLED,
    /** The auto-renew duration ({@code months}) changed. */
    AUTO_RENEW_MODIFIED,
    AUTO_RENEW_CANCELLED,
    /** An auto-renew attempt could not be paid; its order was voided; it is tried again the next day at 08:00. */
    BALANCE_LOW,
    RENEWAL_SUCCEEDED,
    /** The customer's login ({@code resourceName}) was locked until {@code expiresAt} after too many wrong passwords. */
    LOGIN_LOCKED,
    /** A new user's one-time link to choose a password; mail only (see AccountSetupMail), no message-center row. */
    ACCOUNT_SETUP,
    /** A monthly PAYG bill was issued: month {@code yyyy-MM} as resourceName, {@code amount}, unpaid as {@code missing}. */
    BILL_ISSUED,
    /** A bill stayed (partly) unpaid after the month close: the unpaid part ({@code missing}) is arrears. */
    ARREARS,
    /** A PAYG resource is stopped at {@code expiresAt} unless the arrears ({@code amount}) are paid. */
    PAYG_STOP_WARNING,
    /** A PAYG resource was stopped at {@code expiresAt} for arrears ({@code amount}); released at {@code releaseAt}. */
    PAYG_STOPPED,
    /** The arrears were paid; the PAYG resource stopped at {@code expiresAt} runs again. */
    PAYG_RESTARTED,
    /**
     * A resource was released at {@code releaseAt}: by the customer now, at its scheduled time or after overdue
     * arrears, as {@code releaseReason} says (CUSTOMER / SCHEDULED / OVERDUE).
     */
    RESOURCE_RELEASED,
    /** A resource was unsubscribed at {@code releaseAt}: {@code amount} back to cash, {@code missing} to credit. */
    RESOURCE_UNSUBSCRIBED,
    /**
     * The money an account can spend on auto-renewals ({@code amount} needed, {@code missing} short) does not cover the
     * {@code months} (kept as the count) auto-renewals named in {@code resourceName} whose attempts fall within the next
     * {@code daysBefore} days; the earliest first attempt is kept as {@code releaseAt}, the earliest expiry as
     * {@code expiresAt}. One per account and point, not per resource: the customer tops up once, for the total.
     */
    AUTO_RENEW_FUNDS_SHORT,
    /**
     * A resource whose release deletes its data is released at {@code releaseAt} ({@code daysBefore} days from the
     * warning), after its renewal window ({@code releaseReason} WINDOW_PASSED, expired at {@code expiresAt}), at the
     * customer's scheduled time (SCHEDULED) or for overdue arrears (OVERDUE).
     */
    DATA_LOSS_WARNING
}
