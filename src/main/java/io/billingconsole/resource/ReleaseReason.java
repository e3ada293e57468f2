package io.billingconsole.resource;

/** Why a resource was released. */
public enum ReleaseReason {
    /** A subscription's renewal window passed (lifecycle). */
    WINDOW_PASSED,
    /** The customer released a PAYG resource at once. */
    CUSTOMER,
    /** A PAYG resource reached the release time the customer set (SPEC 6). */
    SCHEDULED,
    /** The customer unsubscribed it with a refund (SPEC 13). */
    UNSUBSCRIBED,
    /** A PAYG resource whose arrears stayed unpaid past the product's overdue window (SPEC 12). */
    OVERDUE
}
