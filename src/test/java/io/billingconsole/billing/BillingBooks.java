package io.billingconsole.billing;

import io.billingconsole.resource.CloudResource;
import io.billingconsole.shared.Money;
import io.billingconsole.support.Fixtures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/** Test side of PAYG billing: usage of last month, a month close, the bills and notices it left. */
@ApplicationScoped
public class BillingBooks {

    @Inject
    UsageService usage;

    @Inject
    MonthlyBillingJob monthly;

    @Inject
    ArrearsService arrears;

    @Inject
    Clock clock;

    @Inject
    ZoneId zone;

    @Inject
    EntityManager em;

    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    /** 01:00 on the first day of last month (business zone) plus {@code hours}. */
    public Instant lastMonth(int hours) {
        return today().withDayOfMonth(1).minusMonths(1).atStartOfDay(zone).toInstant().plusSeconds(3600L * (1 + hours));
    }

    /** Usage of {@code amount} for one hour of last month. */
    public UsageRecord lastMonthUsage(CloudResource resource, String amount) {
        Instant from = lastMonth((int) (Math.random() * 500));
        return usage.report(new UsageService.Report(resource.id, Money.parse(amount), from, from.plusSeconds(3600),
                UUID.randomUUID().toString())).record();
    }

    /** Usage of {@code amount} for one hour on the 2nd of the month {@code months} back. */
    public UsageRecord usageMonthsBack(CloudResource resource, int months, String amount) {
        Instant from = today().withDayOfMonth(2).minusMonths(months).atStartOfDay(zone).toInstant();
        return usage.report(new UsageService.Report(resource.id, Money.parse(amount), from, from.plusSeconds(3600),
                UUID.randomUUID().toString())).record();
    }

    /** Runs the month close for today (the daily sweep may have run it first: the outcome is the same). */
    public void closeMonth() {
        monthly.run(today());
    }

    public void autoRepay(Fixtures.Customer customer, boolean on) {
        arrears.setAutoRepay(customer.accountId(), on);
    }

    @Transactional
    public List<Bill> bills(long accountId) {
        return Bill.<Bill>find("accountId = ?1 order by month, id", accountId).list();
    }

    @Transactional
    public List<BillLine> lines(long billId) {
        return BillLine.<BillLine>find("billId = ?1 order by resourceId", billId).list();
    }

    @Transactional
    public long notices(long accountId, String kind) {
        return ((Number) em.createNativeQuery("select count(*) from notice where account_id = ?1 and kind = ?2")
                .setParameter(1, accountId).setParameter(2, kind).getSingleResult()).longValue();
    }

    @Transactional
    public CloudResource resource(long id) {
        return CloudResource.findById(id);
    }

    /** Stores a scheduled release time (the customer's setting; its API belongs to another part). */
    @Transactional
    public void releaseAt(CloudResource resource, Instant at) {
        CloudResource.update("releaseAt = ?1 where id = ?2", at, resource.id);
    }

    /** Marks the resource released at {@code at} (the provisioning system's release). */
    @Transactional
    public void released(CloudResource resource, Instant at) {
        CloudResource.update("status = ?1, releasedAt = ?2 where id = ?3",
                io.billingconsole.resource.ResourceStatus.RELEASED, at, resource.id);
    }

    /** The ledger entries that paid a bill, by pocket. */
    @Transactional
    public List<String> billPayments(long billId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select pocket, amount_fen from ledger_entry where bill_id = ?1"
                + " and entry_type = 'BILL_PAYMENT' order by id").setParameter(1, billId).getResultList();
        return rows.stream().map(r -> r[0] + " " + Money.ofFen(((Number) r[1]).longValue()).toPlainString()).toList();
    }
}
