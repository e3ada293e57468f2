package io.billingconsole.notice;

import io.billingconsole.catalog.AfterWindow;
import io.billingconsole.catalog.ProductCatalog;
import io.billingconsole.catalog.ProductRule;
import io.billingconsole.jobs.JobCounts;
import io.billingconsole.jobs.KeysetSweep;
import io.billingconsole.jobs.SweepJob;
import io.billingconsole.resource.BillingMethod;
import io.billingconsole.resource.CloudResource;
import io.billingconsole.resource.ResourceQueries;
import io.billingconsole.resource.ReleaseReason;
import io.billingconsole.resource.ResourceStatus;
import io.billingconsole.shared.BillingConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The escalating warnings before a release that deletes data (products whose rule says RELEASED_DATA_DELETED, the
 * virtual host): on each of the schedule's {@code dataLossDays} before the release day, DATA_LOSS_WARNING with the
 * exact release moment and what is lost; by e-mail, and from {@code dataLossSmsDays} days before on by SMS as well
 * (both forced, whatever the customer chose: data is about to be lost). Release moments: the end of the renewal
 * window of an expired subscription, and for pay-as-you-go the customer's scheduled release time or the release
 * for overdue arrears, whichever comes first. Once per step and release moment (the dedupe key holds both), so a
 * renewal or a moved release time starts a new series. Runs after PAYG_OVERDUE, which may have stopped a resource
 * that day.
 */
@ApplicationScoped
public class DataLossNoticeJob implements SweepJob {

    public static final String NAME = "DATA_LOSS_NOTICES";

    private static final int BATCH = 500;

    @Inject
    EntityManager em;

    @Inject
    ZoneId zone;

    @Inject
    BillingConfig config;

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
        return NAME;
    }

    @Override
    public JobCounts run(LocalDate day) {
        NoticeSchedule schedule = schedules.current();
        List<ProductRule> deleting = catalog.all().stream()
                .filter(rule -> rule.afterWindow == AfterWindow.RELEASED_DATA_DELETED).toList();
        if (schedule.dataLossDays().isEmpty() || deleting.isEmpty()) {
            return JobCounts.NONE;
        }
        JobCounts counts = JobCounts.NONE;
        for (ProductRule rule : deleting) {
            for (int daysBefore : schedule.dataLossDays()) {
                if (daysBefore <= 0 || daysBefore > rule.renewWindowDays) {
                    continue;   // before expiry the expiry reminders speak; on the release day it is too late
                }
                LocalDate expiryDay = day.plusDays(daysBefore - rule.renewWindowDays);
                counts = counts.plus(sweep.ids(name(), after -> expiredOn(rule.productType, expiryDay, after),
                        id -> warnWindow(id, rule, daysBefore, schedule)));
            }
        }
        List<String> types = deleting.stream().map(rule -> rule.productType).toList();
        return counts.plus(sweep.ids(name(), after -> paygReleasing(types, after), id -> warnPayg(id, day, schedule)));
    }

    /** Subscriptions of the product that expired on business day {@code expiryDay} and are not released. */
    List<Long> expiredOn(String productType, LocalDate expiryDay, long after) {
        return resources.expiringOn(expiryDay, zone, productType, BillingMethod.SUBSCRIPTION, after, BATCH);
    }

    /** Pay-as-you-go resources of the products with a release ahead: a scheduled time, or stopped for arrears. */
    List<Long> paygReleasing(List<String> productTypes, long after) {
        return em.createQuery("select r.id from CloudResource r where r.productType in :types"
                        + " and r.billingMethod = :payg and r.status in :live"
                        + " and (r.releaseAt is not null or r.status = :stopped) and r.id > :after order by r.id",
                        Long.class)
                .setParameter("types", productTypes)
                .setParameter("payg", BillingMethod.PAYG)
                .setParameter("live", List.of(ResourceStatus.RUNNING, ResourceStatus.STOPPED))
                .setParameter("stopped", ResourceStatus.STOPPED)
                .setParameter("after", after)
                .setMaxResults(BATCH)
                .getResultList();
    }

    boolean warnWindow(long resourceId, ProductRule rule, int daysBefore, NoticeSchedule schedule) {
        CloudResource r = em.find(CloudResource.class, resourceId);
        return warn(r, r.expiresAt, rule.renewableUntil(r.expiresAt, zone), daysBefore, ReleaseReason.WINDOW_PASSED,
                schedule);
    }

    /** The earlier of the scheduled release and the overdue release; warned when its day is one of the steps. */
    boolean warnPayg(long resourceId, LocalDate day, NoticeSchedule schedule) {
        CloudResource r = em.find(CloudResource.class, resourceId);
        Instant overdue = overdueRelease(r);
        boolean scheduledFirst = r.releaseAt != null && (overdue == null || !overdue.isBefore(r.releaseAt));
        Instant releaseAt = scheduledFirst ? r.releaseAt : overdue;
        if (releaseAt == null) {
            return false;
        }
        long daysBefore = ChronoUnit.DAYS.between(day, releaseAt.atZone(zone).toLocalDate());
        if (daysBefore <= 0 || !schedule.dataLossDays().contains((int) daysBefore)) {
            return false;
        }
        return warn(r, null, releaseAt, (int) daysBefore,
                scheduledFirst ? ReleaseReason.SCHEDULED : ReleaseReason.OVERDUE, schedule);
    }

    /**
     * When {@code billing.OverdueService} releases a resource stopped for arrears: at the daily sweep of the day the
     * product's overdue window ends after the day it was stopped; null when it is not stopped.
     */
    private Instant overdueRelease(CloudResource r) {
        if (r.status != ResourceStatus.STOPPED || r.stoppedAt == null) {
            return null;
        }
        LocalDate releaseDay = catalog.byType().get(r.productType).overdueReleaseDay(r.stoppedAt, zone);
        return releaseDay.atTime(config.sweep().dailyAt()).atZone(zone).toInstant();
    }

    private boolean warn(CloudResource r, Instant expiresAt, Instant releaseAt, int daysBefore, ReleaseReason reason,
                         NoticeSchedule schedule) {
        return notices.publish(r.accountId, NoticeKind.DATA_LOSS_WARNING,
                "data-loss:" + r.id + ":" + releaseAt.getEpochSecond() + ":" + daysBefore,
                NoticeFacts.dataLoss(r.id, r.name, r.productType, expiresAt, releaseAt, daysBefore, reason.name()),
                channels(daysBefore, schedule));
    }

    /** E-mail at every step; SMS as well from {@code dataLossSmsDays} days before the release on. */
    static Set<Channel> channels(int daysBefore, NoticeSchedule schedule) {
        return daysBefore <= schedule.dataLossSmsDays() ? EnumSet.of(Channel.EMAIL, Channel.SMS)
                : EnumSet.of(Channel.EMAIL);
    }
}
