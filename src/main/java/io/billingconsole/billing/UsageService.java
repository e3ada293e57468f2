package io.billingconsole.billing;

import io.billingconsole.ledger.AmountLimits;
import io.billingconsole.ledger.LedgerService;
import io.billingconsole.resource.BillingMethod;
import io.billingconsole.resource.CloudResource;
import io.billingconsole.resource.ResourceError;
import io.billingconsole.resource.ResourceStatus;
import io.billingconsole.shared.CommonError;
import io.billingconsole.shared.DomainException;
import io.billingconsole.shared.Money;
import io.billingconsole.shared.PageOf;
import io.billingconsole.shared.Params;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.math.BigInteger;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * PAYG usage (SPEC 12): provisioning systems report a charge per resource and period; it is unsettled until
 * the month close bills it. The part after a scheduled release (or after the release) is dropped (SPEC 6).
 */
@ApplicationScoped
public class UsageService {

    /** A usage report; {@code idempotencyKey} makes a repeated report answer the first record. */
    public record Report(Long resourceId, Money amount, Instant from, Instant to, String idempotencyKey) {
    }

    /** The record and whether this report created it (false: the same report came before). */
    public record Reported(UsageRecord record, boolean created) {
    }

    /** What of a reported amount is billed, and why the rest is not (null when nothing is dropped). */
    public record Charge(Money charged, DropReason reason) {
    }

    /** One PAYG resource's unsettled usage: charged (billed at the month close), dropped, how many records. */
    public record ResourceUsage(long resourceId, String name, String productType, ResourceStatus status, Money charged,
                                Money dropped, long count) {
    }

    @Inject
    EntityManager em;

    @Inject
    LedgerService ledger;

    @Inject
    AmountLimits limits;

    @Inject
    Clock clock;

    @Inject
    ZoneId zone;

    @Transactional
    public Reported report(Report given) {
        // the database keeps microseconds: compare and store what it keeps
        Report report = new Report(given.resourceId(), given.amount(),
                given.from() == null ? null : given.from().truncatedTo(ChronoUnit.MICROS),
                given.to() == null ? null : given.to().truncatedTo(ChronoUnit.MICROS), given.idempotencyKey());
        String key = Params.idempotencyKey(report.idempotencyKey());
        if (report.resourceId() == null) {
            throw new DomainException(CommonError.INVALID_INPUT, "resourceId");
        }
        if (report.amount() == null || report.amount().isNegative()) {
            throw new DomainException(CommonError.INVALID_AMOUNT,
                    report.amount() == null ? "" : report.amount().toPlainString());
        }
        limits.requireMonthlyPrice(report.amount());
        if (report.from() == null || report.to() == null) {
            throw new DomainException(CommonError.INVALID_INPUT, report.from() == null ? "from" : "to");
        }
        if (!report.from().isBefore(report.to())) {
            throw new DomainException(BillingError.USAGE_PERIOD_INVALID);
        }
        Instant now = clock.instant();
        if (report.to().isAfter(now)) {
            throw new DomainException(BillingError.USAGE_IN_FUTURE);
        }
        UsageRecord earlier = byKey(key);
        if (earlier != null) {
            return new Reported(same(earlier, report), false);
        }
        CloudResource resource = report.resourceId() <= 0 ? null : em.find(CloudResource.class, report.resourceId());
        if (resource == null) {
            throw new DomainException(ResourceError.RESOURCE_NOT_FOUND, String.valueOf(report.resourceId()));
        }
        if (resource.billingMethod != BillingMethod.PAYG) {
            throw new DomainException(BillingError.USAGE_NOT_PAYG, resource.name);
        }
        // the account lock orders this report with the month close (a month that has its bill takes no more records)
        ledger.lockAccount(resource.accountId);
        em.refresh(resource);
        Charge charge = charge(report.amount(), report.from(), report.to(), resource.releaseAt, resource.releasedAt);
        LocalDate month = monthOf(report.from());
        if (hasBill(resource.accountId, month)) {
            // a late report for a month already billed is billed with the running month
            month = monthOf(now);
        }
        List<?> ids = em.createNativeQuery("""
                        insert into usage_record (account_id, resource_id, amount_fen, charged_fen, dropped_reason,
                                                  period_from, period_to, month, idempotency_key, created_at)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
                        on conflict (idempotency_key) do nothing
                        returning id""")
                .setParameter(1, resource.accountId)
                .setParameter(2, resource.id)
                .setParameter(3, report.amount().fen())
                .setParameter(4, charge.charged().fen())
                .setParameter(5, charge.reason() == null ? null : charge.reason().name())
                .setParameter(6, report.from())
                .setParameter(7, report.to())
                .setParameter(8, month)
                .setParameter(9, key)
                .setParameter(10, now)
                .getResultList();
        if (ids.isEmpty()) {
            // another report with this key (for another account) committed first
            return new Reported(same(byKey(key), report), false);
        }
        return new Reported(em.find(UsageRecord.class, ((Number) ids.get(0)).longValue()), true);
    }

    /**
     * The billed part of {@code amount} for the period: all of it, or (when a scheduled release or the
     * release falls inside the period) the share of the time before it, rounded down to the fen; nothing
     * when the whole period lies after it. The scheduled time wins when it is the earlier one.
     */
    public static Charge charge(Money amount, Instant from, Instant to, Instant releaseAt, Instant releasedAt) {
        Instant cut = null;
        DropReason reason = null;
        if (releaseAt != null) {
            cut = releaseAt;
            reason = DropReason.AFTER_SCHEDULED_RELEASE;
        }
        if (releasedAt != null && (cut == null || releasedAt.isBefore(cut))) {
            cut = releasedAt;
            reason = DropReason.AFTER_RELEASE;
        }
        if (cut == null || !cut.isBefore(to)) {
            return new Charge(amount, null);
        }
        Money charged;
        if (!cut.isAfter(from)) {
            charged = Money.ZERO;
        } else {
            BigInteger part = BigInteger.valueOf(Duration.between(from, cut).toNanos());
            BigInteger whole = BigInteger.valueOf(Duration.between(from, to).toNanos());
            charged = Money.ofFen(BigInteger.valueOf(amount.fen()).multiply(part).divide(whole).longValueExact());
        }
        return charged.isLessThan(amount) ? new Charge(charged, reason) : new Charge(amount, null);
    }

    /** First day of the business month of {@code moment}. */
    public LocalDate monthOf(Instant moment) {
        return moment.atZone(zone).toLocalDate().withDayOfMonth(1);
    }

    /** The account's unsettled usage per PAYG resource (every PAYG resource not released, and any with unbilled usage). */
    @Transactional
    public List<ResourceUsage> unsettled(long accountId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select r.id, r.name, r.product_type, r.status, coalesce(sum(u.charged_fen), 0),
                               coalesce(sum(u.amount_fen - u.charged_fen), 0), count(u.id)
                          from cloud_resource r
                          left join usage_record u on u.resource_id = r.id and u.bill_id is null
                         where r.account_id = ?1 and r.billing_method = 'PAYG'
                           and (r.status <> 'RELEASED' or u.id is not null)
                         group by r.id, r.name, r.product_type, r.status
                         order by r.id""")
                .setParameter(1, accountId)
                .getResultList();
        return rows.stream().map(r -> new ResourceUsage(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                ResourceStatus.valueOf((String) r[3]), Money.ofFen(((Number) r[4]).longValue()), Money.ofFen(((Number) r[5]).longValue()),
                ((Number) r[6]).longValue())).toList();
    }

    /** The account's usage records, newest period first; only one resource's when {@code resourceId} is given. */
    @Transactional
    public PageOf<UsageRecord> records(long accountId, Long resourceId, int page, int size) {
        String where = resourceId == null ? "accountId = ?1" : "accountId = ?1 and resourceId = ?2";
        Object[] params = resourceId == null ? new Object[]{accountId} : new Object[]{accountId, resourceId};
        var query = UsageRecord.<UsageRecord>find(where + " order by periodFrom desc, id desc", params);
        return PageOf.of(query.page(Page.of(page - 1, size)).list(), page, size,
                query::count);
    }

    /** The names of the account's resources among {@code ids}. */
    @Transactional
    public Map<Long, String> names(long accountId, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return CloudResource.<CloudResource>list("accountId = ?1 and id in ?2", accountId, ids).stream()
                .collect(Collectors.toMap(r -> r.id, r -> r.name));
    }

    private UsageRecord byKey(String key) {
        return UsageRecord.<UsageRecord>find("idempotencyKey", key).firstResult();
    }

    private static UsageRecord same(UsageRecord earlier, Report report) {
        if (earlier.resourceId != report.resourceId() || !earlier.amount.equals(report.amount())
                || !earlier.periodFrom.equals(report.from()) || !earlier.periodTo.equals(report.to())) {
            throw new DomainException(CommonError.IDEMPOTENCY_KEY_REUSED);
        }
        return earlier;
    }

    private boolean hasBill(long accountId, LocalDate month) {
        return !em.createNativeQuery("select 1 from bill where account_id = ?1 and month = ?2")
                .setParameter(1, accountId).setParameter(2, month).getResultList().isEmpty();
    }
}
