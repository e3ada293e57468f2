package io.billingconsole.renewal;

import io.billingconsole.shared.Money;

import java.time.Instant;

/** A duration offered in a renewal form, with its price and (for one resource) the expiry it leads to. */
public record DurationOption(int months, Money price, Instant newExpiry) {

    /** Whole years when the duration is a multiple of 12 months, else null (shown in months). */
    public Integer years() {
        return months % 12 == 0 ? months / 12 : null;
    }
}
