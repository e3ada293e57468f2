package io.billingconsole.billing;

import io.billingconsole.account.Account;
import io.billingconsole.ledger.LedgerService;
import io.billingconsole.resource.CloudResource;
import io.billingconsole.shared.DomainException;
import io.billingconsole.shared.Money;
import io.billingconsole.shared.PageOf;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Monthly bills (SPEC 12). The month close turns an account's unbilled usage of each month before the running
 * one into one bill with a line per resource, then (auto-repay on) pays it at once from cash.
 *
 * <p>A month whose usage was all charged zero (dropped after a release, or reported as zero) gets no bill: a
 * bill is never zero. Its records stay unbilled at zero, so they add nothing to the unsettled amount, and the
 * close never picks them again (it only looks for months with a positive charge). Zero records of a month
 * that does get a bill are billed with it.
 */
@ApplicationScoped
public class BillService {

    /** A bill line with its resource's name. */
    public record LineView(BillLine line, String resourceName, String productType) {
    }

    @Inject
    EntityManager em;

    @Inject
    LedgerService ledger;

    @Inject
    ArrearsService arrears;

    @Inject
    BillingNotices notices;

    @Inject
    Clock clock;

    /** Accounts (after {@code afterId}, ascending) with positive unbilled usage of a month before {@code month}. */
    @Transactional
    public List<Long> accountsToBill(LocalDate month, long afterId, int limit) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("""
                        select distinct account_id from usage_record
                         where bill_id is null and month < ?1 and charged_fen > 0 and account_id > ?2
                         order by account_id limit ?3""")
                .setParameter(1, month).setParameter(2, afterId).setParameter(3, limit)
                .getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    /**
     * Bills the account's unbilled usage of each month before {@code runningMonth}, one bill per month, under the
     * account's lock (a second instance waits and then finds nothing left; {@code bill_once_per_month} backs it).
     * Returns the new bills.
     */
    @Transactional
    public List<Bill> close(long accountId, LocalDate runningMonth) {
        Account locked = ledger.lockAccount(accountId);
        Instant now = clock.instant();
        @SuppressWarnings("unchecked")
        List<LocalDate> months = em.createNativeQuery("""
                        select distinct month from usage_record
                         where account_id = ?1 and bill_id is null and month < ?2 and charged_fen > 0
                         order by month""", LocalDate.class)
                .setParameter(1, accountId).setParameter(2, runningMonth).getResultList();
        List<Bill> created = new ArrayList<>();
        for (LocalDate month : months) {
            if (Bill.count("accountId = ?1 and month = ?2", accountId, month) > 0) {
                // records reported after their month was billed: billed with the running month
                em.createNativeQuery("update usage_record set month = ?3 where account_id = ?1 and month = ?2"
                                + " and bill_id is null")
                        .setParameter(1, accountId).setParameter(2, month).setParameter(3, runningMonth)
                        .executeUpdate();
                continue;
            }
            created.add(bill(accountId, month, now));
        }
        if (created.isEmpty()) {
            return created;
        }
        if (locked.autoRepay) {
            arrears.repay(locked);
        }
        for (Bill bill : created) {
            notices.billIssued(bill);
            if (!bill.paidInFull()) {
                notices.arrears(bill);
            }
        }
        return created;
    }

    private Bill bill(long accountId, LocalDate month, Instant now) {
        @SuppressWarnings("unchecked")
        List<Object[]> sums = em.createNativeQuery("""
                        select resource_id, sum(charged_fen), count(*) from usage_record
                         where account_id = ?1 and month = ?2 and bill_id is null
                         group by resource_id order by resource_id""")
                .setParameter(1, accountId).setParameter(2, month).getResultList();
        Bill bill = new Bill();
        bill.accountId = accountId;
        bill.month = month;
        bill.amount = sums.stream().map(r -> Money.ofFen(((Number) r[1]).longValue())).reduce(Money.ZERO, Money::plus);
        bill.paid = Money.ZERO;
        bill.issuedAt = now;
        bill.persist();
        for (Object[] row : sums) {
            BillLine line = new BillLine();
            line.billId = bill.id;
            line.resourceId = ((Number) row[0]).longValue();
            line.amount = Money.ofFen(((Number) row[1]).longValue());
            line.usageCount = ((Number) row[2]).intValue();
            line.persist();
        }
        em.flush();
        em.createNativeQuery("update usage_record set bill_id = ?3 where account_id = ?1 and month = ?2"
                        + " and bill_id is null")
                .setParameter(1, accountId).setParameter(2, month).setParameter(3, bill.id).executeUpdate();
        return bill;
    }

    /** The account's bills, newest month first. */
    @Transactional
    public PageOf<Bill> list(long accountId, int page, int size) {
        var query = Bill.<Bill>find("accountId = ?1 order by month desc, id desc", accountId);
        return PageOf.of(query.page(Page.of(page - 1, size)).list(), page, size, query::count);
    }

    /** One of the account's bills; another account's bill is not found. */
    @Transactional
    public Bill find(long accountId, long billId) {
        Bill bill = Bill.findById(billId);
        if (bill == null || bill.accountId != accountId) {
            throw new DomainException(BillingError.BILL_NOT_FOUND, String.valueOf(billId));
        }
        return bill;
    }

    /** The lines of one of the account's bills, with their resources' names, by resource. */
    @Transactional
    public List<LineView> lines(long accountId, long billId) {
        find(accountId, billId);
        List<BillLine> lines = BillLine.<BillLine>find("billId = ?1 order by resourceId", billId).list();
        Map<Long, CloudResource> resources = lines.isEmpty() ? Map.of()
                : CloudResource.<CloudResource>list("id in ?1", lines.stream().map(l -> l.resourceId).toList())
                .stream().collect(Collectors.toMap(r -> r.id, Function.identity()));
        return lines.stream().map(l -> {
            CloudResource r = resources.get(l.resourceId);
            return new LineView(l, r == null ? "#" + l.resourceId : r.name, r == null ? null : r.productType);
        }).toList();
    }
}
