package io.billingconsole.resource;

/**
 * How a resource is kept alive, for the renewal list's tabs and the API's {@code renewal} filter.
 * The three modes split every resource: AUTO and MANUAL are subscriptions not yet released (with or
 * without auto-renewal), NONE are released or pay-as-you-go resources, which nothing renews.
 */
public enum RenewalMode {
    AUTO, MANUAL, NONE
}
