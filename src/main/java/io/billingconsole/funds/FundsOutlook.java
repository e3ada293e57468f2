package io.billingconsole.funds;

import io.billingconsole.autorenew.ChargeCalendar;
import io.billingconsole.catalog.ProductCatalog;
import io.billingconsole.catalog.ProductRule;
import io.billingconsole.resource.BillingMethod;
import io.billingconsole.resource.CloudResource;
import io.billingconsole.resource.ResourceStatus;
import io.billingconsole.shared.BillingConfig;
import io.billingconsole.shared.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * What the funds page shows beyond the formula: when a held PAYG reserve is released, and the
 * auto-renewals due in the next days with what they leave of the withdrawable amount.
 */
@ApplicationScoped
public class FundsOutlook {

    /** How far ahead the auto-renewals are listed. */
    public static final int DAYS = 30;

    /** One auto-renewal charge due: the next attempt of a resource with auto-renewal on. */
    public record DueRenewal(long resourceId, String resourceName, String productType, OffsetDateTime dueAt,
                             int months, Money amount, boolean paidAfterFullWithdrawal) {
    }

    /**
     * The account's funds with the next {@link #DAYS} days of auto-renewals: {@code withdrawableAfter}
     * is what stays withdrawable once they are paid; {@code safeWithdrawal} is the most that can be
     * withdrawn now while every one of them can still be paid (from vouchers, cash and credit line).
     */
    public record Outlook(BalanceParts parts, Instant reserveReleasedAt, List<DueRenewal> renewals, Money dueTotal,
                          Money withdrawableAfter, Money safeWithdrawal, boolean withdrawalLeavesRenewalUnpaid) {
    }

    @Inject
    EntityManager em;

    @Inject
    FundsService funds;

    @Inject
    FundsConfig config;

    @Inject
    ProductCatalog catalog;

    @Inject
    BillingConfig billing;

    @Inject
    Clock clock;

    @Inject
    ZoneId zone;

    @Transactional
    public Outlook outlook(long accountId) {
        BalanceParts parts = funds.parts(accountId);
        List<CloudResource> due = autoRenewing(accountId);
        Map<String, ProductRule> rules = catalog.byType();
        Instant now = clock.instant();
        Instant until = now.plus(Duration.ofDays(DAYS));
        Money spendable = parts.vouchers().plusCapped(parts.cash()).plusCapped(parts.creditLine());
        Money afterFullWithdrawal = spendable.minus(parts.withdrawable());
        List<DueRenewal> rows = new ArrayList<>();
        for (CloudResource resource : due) {
            ChargeCalendar calendar = ChargeCalendar.of(resource, rules.get(resource.productType), now, zone,
                    billing.sweep().dailyAt());
            if (calendar.nextAttempt() != null && calendar.nextAttempt().toInstant().isBefore(until)) {
                rows.add(new DueRenewal(resource.id, resource.name, resource.productType, calendar.nextAttempt(),
                        calendar.months(), resource.monthlyPrice.times(calendar.months()), true));
            }
        }
        rows.sort(Comparator.comparing(DueRenewal::dueAt).thenComparing(DueRenewal::resourceId));
        List<DueRenewal> marked = new ArrayList<>();
        Money total = Money.ZERO;
        for (DueRenewal row : rows) {
            total = total.plus(row.amount());
            marked.add(new DueRenewal(row.resourceId(), row.resourceName(), row.productType(), row.dueAt(),
                    row.months(), row.amount(), !afterFullWithdrawal.isLessThan(total)));
        }
        return new Outlook(parts, reserveReleasedAt(accountId, parts, now), marked, total, withdrawableAfter(parts, total),
                Money.max(Money.ZERO, Money.min(parts.withdrawable(), spendable.minus(total))),
                marked.stream().anyMatch(r -> !r.paidAfterFullWithdrawal()) && parts.withdrawable().isPositive());
    }

    /**
     * The withdrawable amount once {@code due} is paid from cash: transferred-in funds pay first
     * (SPEC 11), vouchers and credit are not counted on (a voucher may expire before the day).
     */
    static Money withdrawableAfter(BalanceParts parts, Money due) {
        Money fromTransferred = Money.min(due, Money.max(Money.ZERO, parts.transferredIn()));
        BalanceParts after = new BalanceParts(parts.accountId(), parts.cash().minus(due),
                parts.transferredIn().minus(fromTransferred), parts.paygReserve(), parts.invoiceDebt(), parts.arrears(),
                parts.unsettled(), parts.creditLine(), parts.vouchers(), parts.rechargeRemainders());
        return after.withdrawable();
    }

    /**
     * When a held reserve is released: 24 h after the latest PAYG release, once no PAYG resource is
     * left running; null while one runs or when nothing is held.
     */
    private Instant reserveReleasedAt(long accountId, BalanceParts parts, Instant now) {
        if (!parts.paygReserve().isPositive()) {
            return null;
        }
        long running = em.createQuery("select count(r) from CloudResource r where r.accountId = :a"
                        + " and r.billingMethod = :payg and r.status <> :released", Long.class)
                .setParameter("a", accountId).setParameter("payg", BillingMethod.PAYG)
                .setParameter("released", ResourceStatus.RELEASED).getSingleResult();
        if (running > 0) {
            return null;
        }
        Instant last = em.createQuery("select max(r.releasedAt) from CloudResource r where r.accountId = :a"
                        + " and r.billingMethod = :payg", Instant.class)
                .setParameter("a", accountId).setParameter("payg", BillingMethod.PAYG).getSingleResult();
        Instant at = last == null ? null : last.plus(config.paygReserveHold());
        return at != null && at.isAfter(now) ? at : null;
    }

    private List<CloudResource> autoRenewing(long accountId) {
        return em.createQuery("from CloudResource r where r.accountId = :a and r.autoRenewEnabled = true"
                        + " and r.billingMethod = :sub and r.status <> :released and r.trial = false"
                        + " and r.autoRenewMonths is not null order by r.id", CloudResource.class)
                .setParameter("a", accountId).setParameter("sub", BillingMethod.SUBSCRIPTION)
                .setParameter("released", ResourceStatus.RELEASED).getResultList();
    }
}
