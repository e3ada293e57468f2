package io.billingconsole.billing;

import io.billingconsole.catalog.ProductCatalog;
import io.billingconsole.catalog.ProductRule;
import io.billingconsole.ledger.LedgerService;
import io.billingconsole.notice.ReleaseNotices;
import io.billingconsole.resource.BillingMethod;
import io.billingconsole.resource.CloudResource;
import io.billingconsole.resource.ReleaseReason;
import io.billingconsole.resource.ResourceStatus;
import io.billingconsole.shared.BillingConfig;
import io.billingconsole.shared.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Overdue arrears (SPEC 12). The oldest unpaid bill was issued on day D; a PAYG resource of its account is
 * stopped on the first sweep day after D + the product's grace days (a warning the day before, when the grace
 * is at least one day), and a stopped resource is released (OVERDUE) once its product's overdue window has passed
 * since the day it was stopped. Paying all arrears restarts stopped resources ({@link ArrearsService}).
 */
@ApplicationScoped
public class OverdueService {

    @Inject
    EntityManager em;

    @Inject
    LedgerService ledger;

    @Inject
    ArrearsService arrears;

    @Inject
    ProductCatalog catalog;

    @Inject
    BillingNotices notices;

    @Inject
    ReleaseNotices releaseNotices;

    @Inject
    BillingConfig config;

    @Inject
    Clock clock;

    @Inject
    ZoneId zone;

    /** Accounts (ascending, after {@code afterId}) with unpaid bills or stopped resources. */
    @Transactional
    public List<Long> accountsDue(long afterId, int limit) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("""
                        select account_id from (
                            select account_id from bill where paid_fen < amount_fen and account_id > ?1
                            union
                            select account_id from cloud_resource where status = 'STOPPED' and account_id > ?1) due
                         order by account_id limit ?2""")
                .setParameter(1, afterId).setParameter(2, limit).getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    /**
     * Warns, stops and releases the account's PAYG resources as the sweep day {@code day} asks, under the
     * account's lock (so a payment in progress finishes first). Returns whether anything changed.
     */
    @Transactional
    public boolean sweep(long accountId, LocalDate day) {
        ledger.lockAccount(accountId);
        Instant now = clock.instant();
        boolean changed = false;
        List<Bill> unpaid = arrears.unpaidBills(accountId);
        List<CloudResource> resources = CloudResource.<CloudResource>find(
                "accountId = ?1 and billingMethod = ?2 and status in (?3, ?4) order by id", accountId,
                BillingMethod.PAYG, ResourceStatus.RUNNING, ResourceStatus.STOPPED).list();
        Money owed = arrears.total(accountId);
        for (CloudResource resource : resources) {
            // every product type has its rule (V1 and the rule editor never delete one); an unknown type fails
            // this account's sweep, which the job records, rather than stopping or releasing by made-up numbers
            ProductRule rule = catalog.require(resource.productType);
            int grace = rule.paygGraceDays;
            int releaseDays = rule.paygOverdueReleaseDays;
            if (resource.status == ResourceStatus.RUNNING && !unpaid.isEmpty()) {
                Bill oldest = unpaid.get(0);
                LocalDate stopDay = oldest.issuedAt.atZone(zone).toLocalDate().plusDays(grace + 1L);
                if (!day.isBefore(stopDay)) {
                    resource.status = ResourceStatus.STOPPED;
                    resource.stoppedAt = now;
                    notices.stopped(resource, owed, sweepTime(now.atZone(zone).toLocalDate().plusDays(releaseDays)));
                    changed = true;
                } else if (grace >= 1 && day.equals(stopDay.minusDays(1))) {
                    notices.stopWarning(resource, oldest.id, owed, sweepTime(stopDay));
                }
            } else if (resource.status == ResourceStatus.STOPPED && resource.stoppedAt != null) {
                LocalDate releaseDay = rule.overdueReleaseDay(resource.stoppedAt, zone);
                if (!day.isBefore(releaseDay)) {
                    resource.status = ResourceStatus.RELEASED;
                    resource.releaseReason = ReleaseReason.OVERDUE;
                    resource.releasedAt = now;
                    releaseNotices.released(resource, ReleaseReason.OVERDUE);
                    changed = true;
                }
            }
        }
        return changed;
    }

    private Instant sweepTime(LocalDate day) {
        return day.atTime(config.sweep().dailyAt()).atZone(zone).toInstant();
    }
}
