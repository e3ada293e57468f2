package io.billingconsole.autorenew;

import io.billingconsole.catalog.AfterWindow;
import io.billingconsole.catalog.AutoRenewSchedule;
import io.billingconsole.catalog.ProductRule;
import io.billingconsole.resource.BillingMethod;
import io.billingconsole.resource.CloudResource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * When a resource will be charged and what happens if it is not: the next auto-renew attempt, the
 * daily retries after it, the last renewable day and the release. Computed from the product rule and
 * the business clock; null fields do not apply (auto-renew off, PAYG).
 */
public record ChargeCalendar(boolean autoRenew, Integer months, OffsetDateTime nextAttempt, List<LocalDate> retryDays,
                             LocalDate lastAttemptDay, OffsetDateTime expiresAt, LocalDate lastRenewableDay,
                             OffsetDateTime releaseAt, AfterWindow afterWindow) {

    public static ChargeCalendar of(CloudResource resource, ProductRule rule, Instant now, ZoneId zone, LocalTime sweepAt) {
        if (resource.billingMethod == BillingMethod.PAYG || resource.expiresAt == null) {
            return new ChargeCalendar(false, null, null, List.of(), null, null, null, null, null);
        }
        AutoRenewSchedule schedule = AutoRenewSchedule.forExpiry(resource.expiresAt, zone);
        LocalDate lastAttempt = schedule.lastAttemptDay();
        LocalDate next = null;
        List<LocalDate> retries = new ArrayList<>();
        if (resource.autoRenewEnabled && resource.nextAutoRenewOn != null) {
            LocalDate today = LocalDate.ofInstant(now, zone);
            LocalDate firstSweep = now.isBefore(today.atTime(sweepAt).atZone(zone).toInstant()) ? today : today.plusDays(1);
            next = schedule.orNull(resource.nextAutoRenewOn.isBefore(firstSweep) ? firstSweep : resource.nextAutoRenewOn);
            if (next != null) {
                retries.addAll(schedule.retriesAfter(next));
            }
        }
        return new ChargeCalendar(resource.autoRenewEnabled, resource.autoRenewMonths,
                next == null ? null : AutoRenewSchedule.at(next, sweepAt, zone).toOffsetDateTime(), retries,
                resource.autoRenewEnabled ? lastAttempt : null, resource.expiresAt.atZone(zone).toOffsetDateTime(),
                resource.lastRenewableDay(rule, zone), rule.renewableUntil(resource.expiresAt, zone).atZone(zone).toOffsetDateTime(),
                rule.afterWindow);
    }
}
