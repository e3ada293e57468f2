package io.billingconsole.renewal.web;

import io.billingconsole.catalog.ProductCatalog;
import io.billingconsole.catalog.ProductRule;
import io.billingconsole.order.OrderService;
import io.billingconsole.renewal.RenewalMessages;
import io.billingconsole.resource.CloudResource;
import io.billingconsole.resource.ResourceError;
import io.billingconsole.resource.ResourceMessages;
import io.billingconsole.shared.TemplateFormats;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Turns resources into rows for the pages with two queries in all (rules, unpaid orders); whether
 * auto-renewal may be set is computed from those rules, without a query per row.
 */
@ApplicationScoped
public class ResourceRows {

    /** How many memoized texts are kept before the memo starts over (days and months make most of them). */
    private static final int MAX_TEXTS = 20_000;

    /**
     * Message texts of the list's rows by language, message and argument. Each message is a small
     * template of its own; its text depends on nothing else, so it is rendered once, not per row.
     */
    private final Map<String, String> texts = new ConcurrentHashMap<>();

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

    /**
     * The renewal list's rows, every cell as text ({@link ListRow}); {@code unpaidOrders} are the rows'
     * unpaid orders by resource id, read with the page. No query.
     */
    public PageOf<ListRow> listRows(PageOf<CloudResource> page, Map<Long, Long> unpaidOrders) {
        Map<String, ProductRule> rules = catalog.byType();
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, zone);
        Locale language = locale.get();
        String lang = language.getLanguage();
        RenewalMessages renewal = Translator.bundle(RenewalMessages.class, language);
        ResourceMessages resource = Translator.bundle(ResourceMessages.class, language);
        String trialTag = text(lang, "trial_tag", "", renewal::trial_tag);
        String renewLabel = text(lang, "action_renew", "", renewal::action_renew);
        String payPending = text(lang, "renew_pay_pending", "", renewal::renew_pay_pending);
        String autoRenewOff = text(lang, "auto_renew_off", "", renewal::auto_renew_off);
        String enable = text(lang, "auto_renew_enable", "", renewal::auto_renew_enable);
        String modify = text(lang, "auto_renew_modify", "", renewal::auto_renew_modify);
        List<ListRow> rows = new ArrayList<>(page.items().size());
        for (CloudResource r : page.items()) {
            ProductRule rule = rules.get(r.productType);
            DomainException refusal = r.autoRenewRefusal(false, rule, now, zone).orElse(null);
            ResourceError blocker = r.renewalBlocker(now, rule, zone).orElse(null);
            Long pending = unpaidOrders.get(r.id);
            Long days = r.daysLeft(today, zone);
            String id = String.valueOf(r.id);
            String daysLeft = days == null ? "" : days < 0
                    ? text(lang, "days_overdue", days, () -> renewal.days_overdue(-days))
                    : text(lang, "days_left", days, () -> renewal.days_left(days));
            String autoRenew = !r.autoRenewEnabled ? autoRenewOff
                    : text(lang, "auto_renew_on", r.autoRenewMonths, () -> renewal.auto_renew_on(r.autoRenewMonths));
            String blocked = null;
            String reason = null;
            if (refusal != null) {
                ResourceError code = (ResourceError) refusal.code();
                List<String> args = refusal.args();
                String limit = args.size() < 2 ? "" : args.get(args.size() - 1);
                blocked = text(lang, "auto_renew_blocked", code + "/" + limit, () -> renewal.auto_renew_blocked(code, limit));
                reason = translator.message(refusal, language);
            }
            rows.add(new ListRow(id, "/renewals/" + id, r.name, r.trial ? trialTag : null, rule.name(language),
                    text(lang, "billing_method", r.billingMethod, () -> resource.billing_method(r.billingMethod)),
                    r.region, TemplateFormats.dateTime(r.expiresAt), daysLeft, r.status.name(),
                    text(lang, "resource_status", r.status, () -> resource.resource_status(r.status)),
                    autoRenew, blocked, reason, r.autoRenewEnabled ? modify : enable,
                    blocker == null && pending == null, renewLabel,
                    blocker == null ? null : text(lang, "renew_blocked", blocker, () -> renewal.renew_blocked(blocker)),
                    pending, pending == null ? null : renewal.renew_pending_order(pending), payPending));
        }
        return new PageOf<>(rows, page.page(), page.size(), page.total());
    }

    /**
     * A message's text in {@code language} for one argument, rendered once and then remembered (the
     * message depends on nothing else): for labels the list page prints on every request.
     */
    String text(String language, String message, Object argument, Supplier<String> render) {
        String key = language + '|' + message + '|' + argument;
        String text = texts.get(key);
        if (text == null) {
            if (texts.size() > MAX_TEXTS) {
                texts.clear();
            }
            text = render.get();
            texts.put(key, text);
        }
        return text;
    }
}
