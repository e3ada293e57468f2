package io.billingconsole.resource;

import java.time.Instant;
import java.time.ZoneId;

/** Calendar arithmetic of renewals: N months added to the current expiry, clamped to the month's end. */
public final class RenewalTerm {

    private RenewalTerm() {
    }

    public static Instant extend(Instant expiresAt, int months, ZoneId zone) {
        return expiresAt.atZone(zone).plusMonths(months).toInstant();
    }
}
