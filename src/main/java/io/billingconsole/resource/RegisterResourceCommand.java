package io.billingconsole.resource;

import io.billingconsole.shared.Money;

import java.time.Instant;

/** What a provisioning system tells the console about a resource it created for an account. */
public record RegisterResourceCommand(long accountId, String productType, String name, String region,
                                      Instant expiresAt, BillingMethod billingMethod, boolean trial,
                                      Channel channel, Money monthlyPrice) {
}
