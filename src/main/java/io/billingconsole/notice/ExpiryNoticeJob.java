package io.billingconsole.notice;

import io.billingconsole.catalog.AfterWindow;
import io.billingconsole.catalog.ProductCatalog;
import io.billingconsole.catalog.ProductRule;
import io.billingconsole.jobs.JobCounts;
import io.billingconsole.jobs.KeysetSweep;
import io.billingconsole.jobs.SweepJob;
import io.billingconsole.resource.CloudResource;
import io.billingconsole.resource.ResourceQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * The daily expiry notices at the points of the operator's {@link NoticeSchedule}: N days before
 * expiry (default 15, 7, 3, 1), on expiry day, and before release inside the window. Each point is one notice per resource and period, never two (the
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
    NoticeScheduleService schedules;

    @Inject
    ProductCatalog catalog;

    @Inject
    NoticeService notices;

    @Inject
    KeysetSweep sweep;

    @Inject
    ResourceQueries resources;

    @Override
    public String name() {
        return "EXPIRY_NOTICES";
    }

    @Override
    public JobCounts run(LocalDate day) {
        JobCounts counts = JobCounts.NONE;
        NoticeSchedule schedule = schedules.current();
        for (int daysBefore : schedule.expiryDays()) {
            LocalDate expiryDay = day.plusDays(daysBefore);
            counts = counts.plus(sweep.ids(name(), after -> candidates(null, expiryDay, after),
                    id -> remindExpiry(id, daysBefore)));
        }
        for (ProductRule rule : catalog.all()) {
            for (int daysBefore : schedule.releaseDays()) {
                if (daysBefore <= 0 || daysBefore > rule.renewWindowDays || dataLossSpeaks(rule, daysBefore, schedule)) {
                    continue;
                }
                LocalDate expiryDay = day.plusDays(daysBefore - rule.renewWindowDays);
                counts = counts.plus(sweep.ids(name(), after -> candidates(rule.productType, expiryDay, after),
                        id -> warnRelease(id, rule)));
            }
        }
        return counts;
    }

    /**
     * A product whose release deletes data gets the DATA_LOSS_WARNING at this point ({@link DataLossNoticeJob}),
     * which says all the release warning would and more: one notice, not two.
     */
    static boolean dataLossSpeaks(ProductRule rule, int daysBefore, NoticeSchedule schedule) {
        return rule.afterWindow == AfterWindow.RELEASED_DATA_DELETED && schedule.dataLossDays().contains(daysBefore);
    }

    /**
     * The resources that expire on business day {@code expiryDay}: from its 00:00 up to the next day's,
     * in the zone configured now. Expiries are stored at 00:00 of the zone they were set in; a range
     * still finds them all after the zone setting has changed (or when one was set at another time).
     */
    List<Long> candidates(String productType, LocalDate expiryDay, long after) {
        return resources.expiringOn(expiryDay, zone, productType, null, after, BATCH);
    }

    boolean remindExpiry(long resourceId, int daysBefore) {
        CloudResource r = em.find(CloudResource.class, resourceId);
        return notices.publish(r.accountId, NoticeKind.EXPIRY_REMINDER,
                "expiry:" + r.id + ":" + r.expiresAt.getEpochSecond() + ":" + daysBefore,
                NoticeFacts.expiry(r.id, r.name, r.productType, r.expiresAt, daysBefore));
    }

    boolean warnRelease(long resourceId, ProductRule rule) {
        CloudResource r = em.find(CloudResource.class, resourceId);
        Instant releaseAt = rule.renewableUntil(r.expiresAt, zone);
        return notices.publish(r.accountId, NoticeKind.RELEASE_WARNING,
                "release:" + r.id + ":" + r.expiresAt.getEpochSecond() + ":" + releaseAt.getEpochSecond(),
                NoticeFacts.release(r.id, r.name, r.productType, r.expiresAt, releaseAt));
    }
}
