package io.billingconsole.resource.web;

import io.billingconsole.resource.BillingMethod;
import io.billingconsole.resource.Channel;
import io.billingconsole.resource.CloudResource;
import io.billingconsole.resource.ResourceStatus;
import io.billingconsole.shared.Money;

import java.time.OffsetDateTime;
import java.time.ZoneId;

/** A resource as the API shows it. */
public record ResourceJson(long id, long accountId, String productType, String name, String region,
                           BillingMethod billingMethod, ResourceStatus status, OffsetDateTime expiresAt,
                           boolean trial, Channel channel, Money monthlyPrice, AutoRenew autoRenew) {

    public record AutoRenew(boolean enabled, Integer months) {
    }

    public static ResourceJson of(CloudResource r, ZoneId zone) {
        return new ResourceJson(r.id, r.accountId, r.productType, r.name, r.region, r.billingMethod, r.status,
                r.expiresAt == null ? null : r.expiresAt.atZone(zone).toOffsetDateTime(), r.trial, r.channel,
                r.monthlyPrice, new AutoRenew(r.autoRenewEnabled, r.autoRenewMonths));
    }
}
