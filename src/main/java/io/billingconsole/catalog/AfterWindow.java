package io.billingconsole.catalog;

/** What happens to a resource once its renewal window after expiry has passed. */
public enum AfterWindow {
    /** Domains: the name lapses for good. */
    EXPIRED_FOR_GOOD,
    RELEASED,
    /** Virtual hosts: released and the data deleted, unrecoverable. */
    RELEASED_DATA_DELETED
}
