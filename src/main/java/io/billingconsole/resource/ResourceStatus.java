package io.billingconsole.resource;

/**
 * RUNNING before expiry, EXPIRED (stopped) inside the renewal window, RELEASED after it. A PAYG
 * resource is STOPPED while its account's arrears are overdue (SPEC 12) and RELEASED when the customer
 * releases it or the overdue window passes.
 */
public enum ResourceStatus {
    RUNNING, EXPIRED, STOPPED, RELEASED
}
