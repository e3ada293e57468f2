package io.billingconsole.renewal.web;

import io.billingconsole.catalog.ProductCatalog;
import io.billingconsole.catalog.ProductRule;
import io.billingconsole.order.OrderService;
import io.billingconsole.resource.CloudResource;
import io.billingconsole.shared.DomainException;
import io.billingconsole.shared.PageOf;
import io.billingconsole.web.RequestLocale;
import io.billingconsole.shared.Translator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * Turns resources into rows for the pages with two queries in all (rules, unpaid orders); whether
 * auto-renewal may be set is computed from those rules, without a query per row.
 */
@ApplicationScoped
public class ResourceRows {

    @Inject
    Clock clock;

    @Inject
    ZoneId zone;

    @Inject
    ProductCatalog catalog;

    @Inject
    OrderService orders;

    @Inject
    RequestLocale locale;

    @Inject
    Translator translator;

    public PageOf<ResourceRow> of(PageOf<CloudResource> page) {
        return new PageOf<>(rows(page.items()), page.page(), page.size(), page.total());
    }

    public List<ResourceRow> rows(List<CloudResource> resources) {
        Map<String, ProductRule> rules = catalog.byType();
        Map<Long, Long> pending = orders.unpaidOrderByResource(resources.stream().map(r -> r.id).toList());
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, zone);
        return resources.stream().map(r -> {
            ProductRule rule = rules.get(r.productType);
            DomainException autoRenewRefusal = r.autoRenewRefusal(false, rule, now, zone).orElse(null);
            return new ResourceRow(r, rule.name(locale.get()), r.daysLeft(today, zone),
                    r.renewalBlocker(now, rule, zone).orElse(null), pending.get(r.id), autoRenewRefusal,
                    autoRenewRefusal == null ? null : translator.message(autoRenewRefusal, locale.get()));
        }).toList();
    }
}
