package io.billingconsole.renewal;

/** One resource to renew and for how many months. */
public record RenewalItem(long resourceId, int months) {
}
