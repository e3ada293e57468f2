package io.billingconsole.resource.web;

import io.billingconsole.resource.BillingMethod;
import io.billingconsole.resource.Channel;
import io.billingconsole.resource.CloudResource;
import io.billingconsole.resource.ReleaseReason;
import io.billingconsole.resource.ResourceStatus;
import io.billingconsole.shared.Money;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** A resource as the API shows it; a pay-as-you-go one with its scheduled release time, a released one with when and why. */
public record ResourceJson(long id, long accountId, String productType, String name, String region,
                           BillingMethod billingMethod, ResourceStatus status, OffsetDateTime expiresAt,
                           boolean trial, Channel channel, Money monthlyPrice, AutoRenew autoRenew,
                           OffsetDateTime releaseAt, OffsetDateTime releasedAt, ReleaseReason releaseReason) {

    public record AutoRenew(boolean enabled, Integer months) {
    }

    public static ResourceJson of(CloudResource r, ZoneId zone) {
        return new ResourceJson(r.id, r.accountId, r.productType, r.name, r.region, r.billingMethod, r.status,
                r.expiresAt == null ? null : r.expiresAt.atZone(zone).toOffsetDateTime(), r.trial, r.channel,
                r.monthlyPrice, new AutoRenew(r.autoRenewEnabled, r.autoRenewMonths), at(r.releaseAt, zone),
                at(r.releasedAt, zone), r.releaseReason);
    }

    private static OffsetDateTime at(Instant instant, ZoneId zone) {
        return instant == null ? null : instant.atZone(zone).toOffsetDateTime();
    }
}
