package io.billingconsole.resource;

/**
 * The orders a resource list can be sorted in, all done in SQL. {@code URGENCY} puts first what needs
 * attention soonest: expired resources still renewable (by the day they are released), then running
 * ones by expiry, then those with nothing to renew (released by expiry, pay-as-you-go last).
 */
public enum ResourceSort {
    URGENCY, EXPIRY, EXPIRY_DESC, NAME, NAME_DESC
}
