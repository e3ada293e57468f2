package io.billingconsole.refund;

import io.billingconsole.account.Account;
import io.billingconsole.catalog.ProductCatalog;
import io.billingconsole.catalog.ProductRule;
import io.billingconsole.ledger.LedgerService;
import io.billingconsole.notice.ReleaseNotices;
import io.billingconsole.order.OrderLine;
import io.billingconsole.order.OrderStatus;
import io.billingconsole.refund.RefundCalculator.Line;
import io.billingconsole.refund.RefundCalculator.PaidPeriod;
import io.billingconsole.refund.RefundCalculator.Plan;
import io.billingconsole.resource.BillingMethod;
import io.billingconsole.resource.CloudResource;
import io.billingconsole.resource.ReleaseReason;
import io.billingconsole.resource.ResourceError;
import io.billingconsole.resource.ResourceService;
import io.billingconsole.resource.ResourceStatus;
import io.billingconsole.shared.CommonError;
import io.billingconsole.shared.DomainException;
import io.billingconsole.shared.Money;
import io.billingconsole.shared.Params;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Unsubscribing a subscription resource with a refund (退订, SPEC 13): the preview, and the unsubscribe
 * itself — under the account's lock it records the refund and its lines, gives each order's cash and
 * credit part back through the ledger, tells the invoice side ({@link OrderRefunded}) and releases the
 * resource, all in one transaction. A repeated request with the same key answers the first refund.
 */
@ApplicationScoped
public class RefundService {

    /** The refund of one resource: a preview ({@code refundId} null) or the one recorded. */
    public record Outcome(Long refundId, CloudResource resource, Plan plan, Instant createdAt) {
    }

    @Inject
    EntityManager em;

    @Inject
    LedgerService ledger;

    @Inject
    ResourceService resources;

    @Inject
    ProductCatalog catalog;

    @Inject
    Event<OrderRefunded> orderRefunded;

    @Inject
    ReleaseNotices releaseNotices;

    @Inject
    Clock clock;

    @Inject
    ZoneId zone;

    /** What unsubscribing would give back now; refused (4xx) when the resource cannot be unsubscribed. */
    @Transactional
    public Outcome preview(long accountId, long resourceId) {
        CloudResource resource = resources.find(accountId, resourceId);
        refusal(resource).ifPresent(refusal -> {
            throw refusal;
        });
        return new Outcome(null, resource, plan(resource), null);
    }

    /** Why this resource cannot be unsubscribed, or empty when it can (the page shows it instead of the button). */
    public Optional<DomainException> refusal(CloudResource resource) {
        if (resource.status == ResourceStatus.RELEASED) {
            return Optional.of(new DomainException(ResourceError.ALREADY_RELEASED, resource.name));
        }
        if (resource.billingMethod == BillingMethod.PAYG) {
            return Optional.of(new DomainException(RefundError.PAYG_USE_RELEASE, resource.name));
        }
        ProductRule rule = catalog.require(resource.productType);
        if (!rule.unsubscribable) {
            return Optional.of(new DomainException(RefundError.NOT_UNSUBSCRIBABLE, resource.name, rule.nameZh,
                    rule.nameEn));
        }
        return Optional.empty();
    }

    /**
     * Unsubscribes: refunds the unused days of every paid renewal (to cash and credit as they were paid;
     * vouchers not) and releases the resource. The same {@code idempotencyKey} again answers the first
     * refund and moves nothing; the key with another resource is refused.
     */
    @Transactional
    public Outcome unsubscribe(long accountId, Long userId, long resourceId, String idempotencyKey) {
        String key = Params.idempotencyKey(idempotencyKey);
        Account account = ledger.lockAccount(accountId);
        // the resource row is locked after the account row (README: lock order)
        CloudResource resource = resources.lockOwned(accountId, List.of(resourceId)).get(0);
        Refund earlier = Refund.<Refund>find("accountId = ?1 and idempotencyKey = ?2", accountId, key).firstResult();
        if (earlier != null) {
            if (earlier.resourceId != resourceId) {
                throw new DomainException(CommonError.IDEMPOTENCY_KEY_REUSED);
            }
            return recorded(earlier, resource);
        }
        refusal(resource).ifPresent(refusal -> {
            throw refusal;
        });
        Plan plan = plan(resource);
        Instant now = clock.instant();
        Refund refund = new Refund();
        refund.accountId = accountId;
        refund.resourceId = resourceId;
        refund.cash = plan.toCash();
        refund.credit = plan.toCredit();
        refund.voucher = plan.voucherNotRefunded();
        refund.requestedBy = userId;
        refund.idempotencyKey = key;
        refund.createdAt = now;
        refund.persist();
        Map<Long, Given> byOrder = new LinkedHashMap<>();
        for (Line l : plan.lines()) {
            RefundLine line = new RefundLine();
            line.refundId = refund.id;
            line.orderId = l.orderId();
            line.orderLineId = l.orderLineId();
            line.daysLeft = l.daysLeft();
            line.daysTotal = l.daysTotal();
            line.cash = l.toCash();
            line.credit = l.toCredit();
            line.voucher = l.voucherNotRefunded();
            line.persist();
            byOrder.merge(l.orderId(), new Given(l.toCash(), l.toCredit()), Given::plus);
        }
        // one ledger refund and one event per order, newest order first
        byOrder.forEach((orderId, given) -> {
            if (given.total().isPositive()) {
                ledger.refund(account, orderId, given.cash(), given.credit(), refund.id);
                orderRefunded.fire(new OrderRefunded(accountId, refund.id, orderId, given.total()));
            }
        });
        resource.releaseFor(ReleaseReason.UNSUBSCRIBED, now);
        releaseNotices.unsubscribed(resource, plan.toCash(), plan.toCredit());
        return new Outcome(refund.id, resource, plan, now);
    }

    /** What one order gives back: the cash part and the credit part. */
    private record Given(Money cash, Money credit) {

        Given plus(Given other) {
            return new Given(cash.plus(other.cash), credit.plus(other.credit));
        }

        Money total() {
            return cash.plus(credit);
        }
    }

    /** The refund recorded when the resource was unsubscribed, if it was. */
    @Transactional
    public Optional<Outcome> refundOf(long accountId, long resourceId) {
        CloudResource resource = resources.find(accountId, resourceId);
        return Refund.<Refund>find("resourceId", resourceId).firstResultOptional()
                .map(refund -> recorded(refund, resource));
    }

    private Outcome recorded(Refund refund, CloudResource resource) {
        List<RefundLine> stored = RefundLine.<RefundLine>find("refundId = ?1 order by id", refund.id).list();
        List<Line> lines = stored.stream().map(l -> new Line(l.orderId, l.orderLineId, l.daysLeft, l.daysTotal,
                l.cash.plus(l.credit).plus(l.voucher), l.cash, l.credit, l.voucher)).toList();
        return new Outcome(refund.id, resource, new Plan(lines, refund.cash, refund.credit, refund.voucher),
                refund.createdAt);
    }

    private Plan plan(CloudResource resource) {
        List<OrderLine> paid = em.createQuery("from OrderLine l join fetch l.order o where l.resourceId = :r"
                        + " and o.accountId = :a and o.status = :paid and l.expiryBefore is not null"
                        + " and l.expiryAfter is not null", OrderLine.class)
                .setParameter("r", resource.id)
                .setParameter("a", resource.accountId)
                .setParameter("paid", OrderStatus.PAID)
                .getResultList();
        List<PaidPeriod> periods = paid.stream().map(l -> new PaidPeriod(l.order.id, l.id, l.amount, l.expiryBefore,
                l.expiryAfter, l.order.amount, l.order.paidFromVouchers, l.order.paidFromCash,
                l.order.paidFromCredit)).toList();
        return RefundCalculator.plan(periods, LocalDate.ofInstant(clock.instant(), zone), zone);
    }
}
