package io.billingconsole.renewal.web;

import io.billingconsole.autorenew.AutoRenewService;
import io.billingconsole.autorenew.ChargeCalendar;
import io.billingconsole.catalog.ProductCatalog;
import io.billingconsole.catalog.ProductRule;
import io.billingconsole.renewal.DurationOption;
import io.billingconsole.renewal.web.RenewalViews.AutoRenewBatchView;
import io.billingconsole.renewal.web.RenewalViews.CalendarView;
import io.billingconsole.renewal.web.RenewalViews.DetailView;
import io.billingconsole.renewal.web.RenewalViews.Ineligible;
import io.billingconsole.renewal.RenewalError;
import io.billingconsole.resource.CloudResource;
import io.billingconsole.resource.ResourceService;
import io.billingconsole.shared.BillingConfig;
import io.billingconsole.shared.Money;
import io.billingconsole.web.RequestLocale;
import io.billingconsole.shared.Translator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Builds the auto-renew pages: a resource's detail with its charge calendar, and the batch "enable"
 * form. Every refusal is computed from the product rules before the user clicks, with the same
 * rule code (and text) the service and the API would answer.
 */
@ApplicationScoped
public class AutoRenewViews {

    @Inject
    ResourceService resources;

    @Inject
    ResourceRows rows;

    @Inject
    ProductCatalog catalog;

    @Inject
    AutoRenewService autoRenew;

    @Inject
    Translator translator;

    @Inject
    RequestLocale locale;

    @Inject
    BillingConfig config;

    @Inject
    Clock clock;

    @Inject
    ZoneId zone;

    public DetailView detail(long accountId, long resourceId, Integer selected, String error, String done) {
        CloudResource resource = resources.find(accountId, resourceId);
        ProductRule rule = catalog.require(resource.productType);
        ResourceRow row = rows.rows(List.of(resource)).get(0);
        Instant now = clock.instant();
        LocalTime sweepAt = config.sweep().dailyAt();
        List<DurationOption> options = rule.allowedMonthList().stream()
                .map(months -> new DurationOption(months, resource.monthlyPrice.times(months), null))
                .toList();
        String cancelRefusal = !resource.autoRenewEnabled ? null : resource.autoRenewRefusal(true, rule, now, zone)
                .map(refusal -> translator.message(refusal, locale.get())).orElse(null);
        CalendarView calendar = CalendarView.of(ChargeCalendar.of(resource, rule, now, zone, sweepAt), sweepAt, zone);
        return new DetailView(row, rule, calendar, options, selected != null ? selected : resource.autoRenewMonths,
                cancelRefusal, sweepAt.toString(), error, done);
    }

    /**
     * The batch form; the selected resources that cannot get auto-renewal now are listed apart with their
     * reason, and {@code continueHref} is the same form with only the others (null when none is left).
     */
    public AutoRenewBatchView batch(long accountId, List<Long> ids, Integer selected, String error, ListFilters filters) {
        List<CloudResource> selection = resources.findOwned(accountId, ids);
        Map<String, ProductRule> rules = catalog.byType();
        List<DurationOption> options = commonMonths(selection, rules).stream()
                .map(months -> new DurationOption(months, selection.stream().map(r -> r.monthlyPrice.times(months))
                        .reduce(Money.ZERO, Money::plus), null))
                .toList();
        String refusal = autoRenew.enableRefusal(selection, rules, clock.instant())
                .map(e -> translator.message(e, locale.get())).orElse(null);
        List<ResourceRow> selectedRows = rows.rows(selection);
        List<Ineligible> ineligible = new ArrayList<>();
        StringBuilder eligible = new StringBuilder();
        for (ResourceRow row : selectedRows) {
            if (row.resource().autoRenewEnabled) {
                ineligible.add(new Ineligible(row, translator.message(RenewalError.AUTO_RENEW_ALREADY_ON, locale.get(),
                        row.resource().name)));
            } else if (row.autoRenewRefusal() != null) {
                ineligible.add(new Ineligible(row, row.autoRenewReason()));
            } else {
                eligible.append("id=").append(row.resource().id).append('&');
            }
        }
        String continueHref = ineligible.isEmpty() || eligible.isEmpty() ? null
                : "/renewals/auto-renew?" + filters.query() + eligible.substring(0, eligible.length() - 1);
        return new AutoRenewBatchView(selectedRows, options, selected, refusal, error, ineligible, continueHref, filters);
    }

    /** The durations every selected product allows, as the duration message lists them ("12,24,36"). */
    public String commonMonthsText(long accountId, List<Long> ids) {
        return commonMonths(resources.findOwned(accountId, ids), catalog.byType()).stream()
                .map(String::valueOf).collect(Collectors.joining(","));
    }

    private static Set<Integer> commonMonths(List<CloudResource> selection, Map<String, ProductRule> rules) {
        Set<Integer> common = null;
        for (CloudResource resource : selection) {
            List<Integer> allowed = rules.get(resource.productType).allowedMonthList();
            if (common == null) {
                common = new LinkedHashSet<>(allowed);
            } else {
                common.retainAll(allowed);
            }
        }
        return common == null ? Set.of() : common;
    }
}
