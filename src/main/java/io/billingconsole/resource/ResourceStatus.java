package io.billingconsole.resource;

/** RUNNING before expiry, EXPIRED (stopped) inside the renewal window, RELEASED after it. */
public enum ResourceStatus {
    RUNNING, EXPIRED, RELEASED
}
