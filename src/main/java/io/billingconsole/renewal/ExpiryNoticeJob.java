package io.billingconsole.renewal;

import io.billingconsole.catalog.ProductCatalog;
import io.billingconsole.catalog.ProductRule;
import io.billingconsole.jobs.JobCounts;
import io.billingconsole.jobs.SweepJob;
import io.billingconsole.notice.NoticeFacts;
import io.billingconsole.notice.NoticeKind;
import io.billingconsole.notice.NoticeService;
import io.billingconsole.resource.CloudResource;
import io.billingconsole.resource.ResourceStatus;
import io.billingconsole.shared.BillingConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * The daily expiry notices: N days before expiry (default 15, 7, 3, 1), on expiry day, and before
 * release inside the window. Each point is one notice per resource and period, never two (the
 * notice's dedupe key), whatever runs twice or concurrently.
 */
@ApplicationScoped
public class ExpiryNoticeJob implements SweepJob {

    private static final int BATCH = 500;

    @Inject
    EntityManager em;

    @Inject
    ZoneId zone;

    @Inject
    BillingConfig config;

    @Inject
    ProductCatalog catalog;

    @Inject
    NoticeService notices;

    @Override
    public String name() {
        return "EXPIRY_NOTICES";
    }

    @Override
    public JobCounts run(LocalDate day) {
        JobCounts.Tally tally = new JobCounts.Tally();
        for (int daysBefore : config.notices().expiryDays()) {
            sweep(null, day.plusDays(daysBefore), tally, id -> remindExpiry(id, daysBefore));
        }
        for (ProductRule rule : catalog.all()) {
            for (int daysBefore : config.notices().releaseDays()) {
                if (daysBefore <= 0 || daysBefore > rule.renewWindowDays) {
                    continue;
                }
                sweep(rule.productType, day.plusDays(daysBefore - rule.renewWindowDays), tally, id -> warnRelease(id, rule));
            }
        }
        return tally.counts();
    }

    private interface PerResource {
        boolean publish(long resourceId);
    }

    private void sweep(String productType, LocalDate expiryDay, JobCounts.Tally tally, PerResource action) {
        long after = 0;
        for (List<Long> ids = candidates(productType, expiryDay, after); !ids.isEmpty();
             ids = candidates(productType, expiryDay, after)) {
            for (Long id : ids) {
                try {
                    if (action.publish(id)) {
                        tally.changed();
                    } else {
                        tally.unchanged();
                    }
                } catch (RuntimeException e) {
                    tally.failed(e);
                }
            }
            after = ids.get(ids.size() - 1);
        }
    }

    /**
     * The resources that expire on business day {@code expiryDay}: from its 00:00 up to the next day's,
     * in the zone configured now. Expiries are stored at 00:00 of the zone they were set in; a range
     * still finds them all after the zone setting has changed (or when one was set at another time).
     */
    @Transactional
    List<Long> candidates(String productType, LocalDate expiryDay, long after) {
        var query = em.createQuery("select r.id from CloudResource r where r.expiresAt >= :from and r.expiresAt < :to"
                        + " and r.status <> :released"
                        + (productType == null ? "" : " and r.productType = :type") + " and r.id > :after order by r.id",
                        Long.class)
                .setParameter("from", expiryDay.atStartOfDay(zone).toInstant())
                .setParameter("to", expiryDay.plusDays(1).atStartOfDay(zone).toInstant())
                .setParameter("released", ResourceStatus.RELEASED)
                .setParameter("after", after)
                .setMaxResults(BATCH);
        if (productType != null) {
            query.setParameter("type", productType);
        }
        return query.getResultList();
    }

    @Transactional(TxType.REQUIRES_NEW)
    boolean remindExpiry(long resourceId, int daysBefore) {
        CloudResource r = em.find(CloudResource.class, resourceId);
        return notices.publish(r.accountId, NoticeKind.EXPIRY_REMINDER,
                "expiry:" + r.id + ":" + r.expiresAt.getEpochSecond() + ":" + daysBefore,
                NoticeFacts.expiry(r.id, r.name, r.productType, r.expiresAt, daysBefore));
    }

    @Transactional(TxType.REQUIRES_NEW)
    boolean warnRelease(long resourceId, ProductRule rule) {
        CloudResource r = em.find(CloudResource.class, resourceId);
        Instant releaseAt = rule.renewableUntil(r.expiresAt, zone);
        return notices.publish(r.accountId, NoticeKind.RELEASE_WARNING,
                "release:" + r.id + ":" + r.expiresAt.getEpochSecond() + ":" + releaseAt.getEpochSecond(),
                NoticeFacts.release(r.id, r.name, r.productType, r.expiresAt, releaseAt));
    }
}
