package io.billingconsole.order;

import io.billingconsole.account.Account;
import io.billingconsole.catalog.ProductCatalog;
import io.billingconsole.catalog.ProductRule;
import io.billingconsole.ledger.BalanceSummary;
import io.billingconsole.ledger.LedgerService;
import io.billingconsole.ledger.Payment;
import io.billingconsole.notice.RenewalNotices;
import io.billingconsole.resource.CloudResource;
import io.billingconsole.resource.RenewalTerm;
import io.billingconsole.resource.ResourceService;
import io.billingconsole.shared.DomainException;
import io.billingconsole.shared.Money;
import io.billingconsole.shared.PageOf;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.hibernate.Hibernate;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Paying and voiding orders; paying applies the renewals of all its lines in the same transaction. */
@ApplicationScoped
public class OrderService {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ZoneId zone;

    @Inject
    LedgerService ledger;

    @Inject
    ResourceService resources;

    @Inject
    ProductCatalog catalog;

    @Inject
    RenewalNotices renewalNotices;

    /**
     * Pays the order from the account (vouchers, cash, credit line) and renews its resources.
     * The order row is locked first, so concurrent or repeated requests pay it at most once.
     */
    @Transactional
    public Order pay(long accountId, long orderId) {
        Order order = lockOwned(accountId, orderId);
        order.ensurePayable();
        Account account = ledger.lockAccount(accountId);
        Map<Long, CloudResource> renewed = resources.lockOwned(accountId,
                        order.lines.stream().map(line -> line.resourceId).toList())
                .stream().collect(Collectors.toMap(r -> r.id, Function.identity()));
        Map<String, ProductRule> rules = catalog.byType();
        Instant now = clock.instant();
        Payment payment = ledger.pay(account, order.amount, order.id);
        for (OrderLine line : order.lines) {
            CloudResource resource = renewed.get(line.resourceId);
            line.expiryBefore = resource.expiresAt;
            line.expiryAfter = resource.renew(line.months, rules.get(resource.productType), now, zone);
            renewalNotices.renewed(resource, order.id, line.months, line.amount);
        }
        order.markPaid(payment, now);
        return order;
    }

    @Transactional
    public Order voidByCustomer(long accountId, long orderId) {
        Order order = lockOwned(accountId, orderId);
        order.voidFor(VoidReason.MANUAL, clock.instant());
        Hibernate.initialize(order.lines);
        return order;
    }

    @Transactional
    public Order find(long accountId, long orderId) {
        Order order = Order.findById(orderId);
        if (order == null || order.accountId != accountId) {
            throw new DomainException(OrderError.ORDER_NOT_FOUND, String.valueOf(orderId));
        }
        Hibernate.initialize(order.lines);
        return order;
    }

    /** An order as its detail page shows it: each line with its resource and product, the balance, what is missing. */
    public record OrderDetail(Order order, List<DetailLine> lines, BalanceSummary balance, Money missing) {
    }

    /**
     * An order line with the name of the resource it renews and that resource's product rule, and the
     * expiry change: as applied once paid, or as paying now would apply it while unpaid
     * ({@code projected}); none for a voided order.
     */
    public record DetailLine(OrderLine line, String resourceName, ProductRule product, Instant expiryBefore,
                             Instant expiryAfter, boolean projected) {
    }

    /**
     * The account's order with its lines, their resources (one query) and the balance; {@code missing} is
     * what the balance lacks to pay an unpaid order, or null when nothing is missing.
     */
    @Transactional
    public OrderDetail detail(long accountId, long orderId) {
        Order order = find(accountId, orderId);
        Map<Long, CloudResource> owned = resources.findOwned(accountId,
                        order.lines.stream().map(line -> line.resourceId).toList())
                .stream().collect(Collectors.toMap(r -> r.id, Function.identity()));
        Map<String, ProductRule> rules = catalog.byType();
        List<DetailLine> lines = order.lines.stream().map(line -> {
            CloudResource resource = owned.get(line.resourceId);
            if (order.isUnpaid()) {
                return new DetailLine(line, resource.name, rules.get(resource.productType), resource.expiresAt,
                        resource.expiresAt == null ? null : RenewalTerm.extend(resource.expiresAt, line.months, zone), true);
            }
            return new DetailLine(line, resource.name, rules.get(resource.productType), line.expiryBefore,
                    line.expiryAfter, false);
        }).toList();
        BalanceSummary balance = ledger.summary(accountId);
        Money missing = order.isUnpaid() ? ledger.shortfall(balance, order.amount) : Money.ZERO;
        return new OrderDetail(order, lines, balance, missing.isPositive() ? missing : null);
    }

    /** The account's orders, newest first, with their lines loaded in one extra query. */
    @Transactional
    public PageOf<Order> list(long accountId, OrderStatus status, int page, int size) {
        PanacheQuery<Order> query = status == null
                ? Order.find("accountId", sortNewestFirst(), accountId)
                : Order.find("accountId = ?1 and status = ?2", sortNewestFirst(), accountId, status);
        List<Order> orders = query.page(Page.of(page - 1, size)).list();
        if (!orders.isEmpty()) {
            em.createQuery("select distinct o from Order o left join fetch o.lines where o in :orders", Order.class)
                    .setParameter("orders", orders)
                    .getResultList();
        }
        return PageOf.of(orders, page, size, query::count);
    }

    /** Unpaid orders that already cover one of these resources, keyed by resource id. */
    public Map<Long, Long> unpaidOrderByResource(Collection<Long> resourceIds) {
        if (resourceIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select l.resourceId, o.id from OrderLine l join l.order o"
                        + " where o.status = :unpaid and l.resourceId in :ids", Object[].class)
                .setParameter("unpaid", OrderStatus.UNPAID)
                .setParameter("ids", resourceIds)
                .getResultList().stream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1], (a, b) -> a));
    }

    private Order lockOwned(long accountId, long orderId) {
        Order order = em.find(Order.class, orderId, LockModeType.PESSIMISTIC_WRITE);
        if (order == null || order.accountId != accountId) {
            throw new DomainException(OrderError.ORDER_NOT_FOUND, String.valueOf(orderId));
        }
        return order;
    }

    private static Sort sortNewestFirst() {
        return Sort.descending("createdAt").and("id", Sort.Direction.Descending);
    }
}
