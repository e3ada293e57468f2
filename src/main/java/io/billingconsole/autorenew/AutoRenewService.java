package io.billingconsole.autorenew;

import io.billingconsole.catalog.ProductCatalog;
import io.billingconsole.catalog.ProductRule;
import io.billingconsole.renewal.RenewalError;
import io.billingconsole.renewal.RenewalService;
import io.billingconsole.resource.CloudResource;
import io.billingconsole.resource.ResourceService;
import io.billingconsole.shared.BillingConfig;
import io.billingconsole.shared.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Auto-renew settings: enable (one or a selection), modify the duration, cancel — every product rule enforced. */
@ApplicationScoped
public class AutoRenewService {

    @Inject
    Clock clock;

    @Inject
    ZoneId zone;

    @Inject
    ProductCatalog catalog;

    @Inject
    ResourceService resources;

    @Inject
    AutoRenewNotices notices;

    @Inject
    BillingConfig config;

    /** Enables auto-renewal or changes its duration. */
    @Transactional
    public CloudResource set(long accountId, long resourceId, int months) {
        CloudResource resource = resources.lockOwned(accountId, List.of(resourceId)).get(0);
        boolean wasOn = resource.autoRenewEnabled;
        resource.setAutoRenew(months, catalog.require(resource.productType), clock.instant(), zone);
        notices.changed(resource, wasOn);
        return resource;
    }

    /**
     * Enables auto-renewal for a selection with one duration. Refused as a whole when a selected
     * resource already has it (those are changed with "modify"), or when any rule refuses one of them.
     */
    @Transactional
    public List<CloudResource> enable(long accountId, List<Long> resourceIds, int months) {
        if (resourceIds == null || resourceIds.isEmpty()) {
            throw new DomainException(RenewalError.EMPTY_SELECTION);
        }
        if (resourceIds.size() > RenewalService.MAX_BATCH) {
            throw new DomainException(RenewalError.SELECTION_TOO_LARGE, String.valueOf(RenewalService.MAX_BATCH));
        }
        List<CloudResource> selection = resources.lockOwned(accountId, resourceIds);
        Map<String, ProductRule> rules = catalog.byType();
        Instant now = clock.instant();
        alreadyOn(selection).ifPresent(refusal -> {
            throw refusal;
        });
        for (CloudResource resource : selection) {
            resource.setAutoRenew(months, rules.get(resource.productType), now, zone);
            notices.changed(resource, false);
        }
        return selection;
    }

    /**
     * Why a batch "enable" of {@code selection} (in id order) would be refused, or empty: first the
     * resources that already have auto-renewal (named, for "modify"), then the first rule that
     * refuses one of them. The batch form shows it before the user submits.
     */
    public Optional<DomainException> enableRefusal(List<CloudResource> selection, Map<String, ProductRule> rules,
                                                   Instant now) {
        return alreadyOn(selection).or(() -> selection.stream()
                .map(r -> r.autoRenewRefusal(false, rules.get(r.productType), now, zone))
                .flatMap(Optional::stream)
                .findFirst());
    }

    private static Optional<DomainException> alreadyOn(List<CloudResource> selection) {
        String names = selection.stream().filter(r -> r.autoRenewEnabled).map(r -> r.name)
                .collect(Collectors.joining(", "));
        return names.isEmpty() ? Optional.empty()
                : Optional.of(new DomainException(RenewalError.AUTO_RENEW_ALREADY_ON, names));
    }

    @Transactional
    public CloudResource cancel(long accountId, long resourceId) {
        CloudResource resource = resources.lockOwned(accountId, List.of(resourceId)).get(0);
        resource.cancelAutoRenew(catalog.require(resource.productType), clock.instant(), zone);
        notices.cancelled(resource);
        return resource;
    }

    /** The resource's charge calendar at the current business time. */
    @Transactional
    public ChargeCalendar calendar(long accountId, long resourceId) {
        CloudResource resource = resources.find(accountId, resourceId);
        return ChargeCalendar.of(resource, catalog.require(resource.productType), clock.instant(), zone,
                config.sweep().dailyAt());
    }
}
