package io.billingconsole.catalog;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The auto-renew schedule of one subscription period (SPEC section 2), the one place that states it:
 * the first attempt is on {@code expiry − lead days}, a failed attempt is retried the next day, and
 * the last attempt is on the day before expiry. Days are business days in the configured zone; each
 * attempt runs at the daily sweep time ({@link #at}). Used by the resource (its next attempt day), the
 * charge calendar (the days shown) and the notice texts (next and last attempt in a balance-low
 * notice).
 */
public record AutoRenewSchedule(LocalDate expiryDay) {

    public static AutoRenewSchedule forExpiry(Instant expiresAt, ZoneId zone) {
        return new AutoRenewSchedule(expiresAt.atZone(zone).toLocalDate());
    }

    /** The first attempt: {@code leadDays} before the expiry day; null when that leaves no attempt before expiry. */
    public LocalDate firstAttemptDay(int leadDays) {
        return orNull(expiryDay.minusDays(leadDays));
    }

    /** The last attempt: the day before expiry. After it only manual renewal inside the window remains. */
    public LocalDate lastAttemptDay() {
        return expiryDay.minusDays(1);
    }

    /** The attempt after an unpaid one on {@code day}: the next day, or null when that is past the last attempt. */
    public LocalDate retryAfter(LocalDate day) {
        return orNull(nextDay(day));
    }

    /** Retries are daily: the day after an unpaid attempt, before any check against the expiry. */
    public static LocalDate nextDay(LocalDate failedOn) {
        return failedOn.plusDays(1);
    }

    /** Every retry after an attempt on {@code day}, up to and including the last attempt day. */
    public List<LocalDate> retriesAfter(LocalDate day) {
        List<LocalDate> retries = new ArrayList<>();
        for (LocalDate retry = retryAfter(day); retry != null; retry = retryAfter(retry)) {
            retries.add(retry);
        }
        return retries;
    }

    /** {@code day} itself when an attempt may still run on it, else null (it is after the last attempt day). */
    public LocalDate orNull(LocalDate day) {
        return day.isAfter(lastAttemptDay()) ? null : day;
    }

    /** When the attempt of {@code day} runs: the daily sweep time in the business zone. */
    public static ZonedDateTime at(LocalDate day, LocalTime sweepAt, ZoneId zone) {
        return day.atTime(sweepAt).atZone(zone);
    }
}
