package io.billingconsole.resource;

/** What the renewal list and the API may filter on; null fields do not filter. */
public record ResourceFilter(String productType, ResourceStatus status, RenewalMode renewal, Integer expiresWithinDays,
                             String search, int page, int size) {
}
