package io.billingconsole.resource;

/** Subscription (prepaid, has an expiry) or pay-as-you-go (billed after use, never renewed). */
public enum BillingMethod {
    SUBSCRIPTION, PAYG
}
