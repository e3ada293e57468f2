package io.billingconsole.renewal;

import io.billingconsole.catalog.ProductCatalog;
import io.billingconsole.catalog.ProductRule;
import io.billingconsole.order.Order;
import io.billingconsole.order.OrderService;
import io.billingconsole.resource.CloudResource;
import io.billingconsole.resource.ResourceError;
import io.billingconsole.resource.RenewalTerm;
import io.billingconsole.resource.ResourceService;
import io.billingconsole.shared.DomainException;
import io.billingconsole.shared.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.FlushMode;
import org.hibernate.Session;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** Manual and batch renewal: checks every rule and creates one unpaid order with a line per resource. */
@ApplicationScoped
public class RenewalService {

    public static final int MAX_BATCH = 100;

    @Inject
    Clock clock;

    @Inject
    ZoneId zone;

    @Inject
    ProductCatalog catalog;

    @Inject
    ResourceService resources;

    @Inject
    OrderService orders;

    @Inject
    EntityManager em;

    /**
     * One checked line of a renewal: what an order line charges ({@code amount}) and the expiry it
     * leads to once paid. Quotes (导出续费清单) use the same lines without creating an order.
     */
    public record PricedLine(CloudResource resource, ProductRule rule, int months, Money unitPrice, Money amount,
                             Instant expiryBefore, Instant expiryAfter) {
    }

    /**
     * Runs the reads of one GET (its queries and the rendering of its page, whose header counts unread
     * notices) in one transaction: one BEGIN/COMMIT and one pooled connection per request instead of
     * one per service call, and the product catalog checks its version once (issue 13). The
     * persistence context is read-only and never flushed, since nothing read here is changed. For
     * page reads only, never around a change.
     */
    @Transactional
    public <T> T read(Supplier<T> reads) {
        Session session = em.unwrap(Session.class);
        session.setDefaultReadOnly(true);
        session.setHibernateFlushMode(FlushMode.MANUAL);
        return reads.get();
    }

    @Transactional
    public Order createOrder(long accountId, List<RenewalItem> items) {
        // locked: a second submit waits here and then sees the first one's unpaid order
        List<PricedLine> lines = price(accountId, items, true);
        Map<Long, Long> pending = orders.unpaidOrderByResource(
                lines.stream().map(line -> line.resource().id).collect(Collectors.toSet()));
        Order order = Order.open(accountId, clock.instant());
        for (PricedLine line : lines) {
            CloudResource resource = line.resource();
            if (pending.containsKey(resource.id)) {
                throw new DomainException(RenewalError.UNPAID_ORDER_EXISTS, resource.name, String.valueOf(pending.get(resource.id)));
            }
            order.addLine(resource.id, line.months(), line.amount());
        }
        order.persist();
        return order;
    }

    /**
     * Checks a selection by every renewal rule (size, duplicates, ownership, durations, blockers) and
     * prices each line as a renewal order does; {@code lock} takes the resource rows for update.
     */
    @Transactional
    public List<PricedLine> price(long accountId, List<RenewalItem> items, boolean lock) {
        if (items == null || items.isEmpty()) {
            throw new DomainException(RenewalError.EMPTY_SELECTION);
        }
        if (items.size() > MAX_BATCH) {
            throw new DomainException(RenewalError.SELECTION_TOO_LARGE, String.valueOf(MAX_BATCH));
        }
        Set<Long> seen = new HashSet<>();
        for (RenewalItem item : items) {
            if (!seen.add(item.resourceId())) {
                throw new DomainException(RenewalError.DUPLICATE_RESOURCE, String.valueOf(item.resourceId()));
            }
        }
        Map<Long, CloudResource> owned = (lock ? resources.lockOwned(accountId, seen) : resources.findOwned(accountId, seen))
                .stream().collect(Collectors.toMap(r -> r.id, Function.identity()));
        Map<String, ProductRule> rules = catalog.byType();
        Instant now = clock.instant();
        checkDurations(items, owned, rules);
        List<PricedLine> lines = new ArrayList<>();
        for (RenewalItem item : items) {
            CloudResource resource = owned.get(item.resourceId());
            ProductRule rule = rules.get(resource.productType);
            resource.renewalBlocker(now, rule, zone).ifPresent(code -> {
                throw new DomainException(code, resource.name);
            });
            lines.add(new PricedLine(resource, rule, item.months(), resource.monthlyPrice,
                    resource.monthlyPrice.times(item.months()), resource.expiresAt,
                    resource.expiresAt == null ? null : RenewalTerm.extend(resource.expiresAt, item.months(), zone)));
        }
        return lines;
    }

    /** Each duration must be allowed by its product; products without per-resource durations need one for all. */
    private static void checkDurations(List<RenewalItem> items, Map<Long, CloudResource> owned,
                                       Map<String, ProductRule> rules) {
        Map<String, Integer> monthsByProduct = new HashMap<>();
        for (RenewalItem item : items) {
            ProductRule rule = rules.get(owned.get(item.resourceId()).productType);
            if (!rule.allowsMonths(item.months())) {
                throw new DomainException(ResourceError.INVALID_DURATION, String.valueOf(item.months()), rule.allowedMonths);
            }
            Integer first = monthsByProduct.putIfAbsent(rule.productType, item.months());
            if (first != null && first != item.months() && !rule.perResourceDuration) {
                throw new DomainException(RenewalError.PER_RESOURCE_DURATION_NOT_ALLOWED, rule.productType);
            }
        }
    }
}
