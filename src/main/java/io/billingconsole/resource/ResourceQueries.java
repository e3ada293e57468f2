package io.billingconsole.resource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The SQL and JPQL on {@code cloud_resource} that is more than a Panache finder, in one place. Each
 * method runs in its caller's transaction; the services and jobs own the transactions and the rules.
 */
@ApplicationScoped
public class ResourceQueries {

    @Inject
    EntityManager em;

    /** The account's resources among {@code ids}, in id order, locked when asked. */
    List<CloudResource> owned(long accountId, List<Long> ids, LockModeType lock) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("from CloudResource r where r.id in :ids and r.accountId = :a order by r.id",
                        CloudResource.class)
                .setParameter("ids", ids)
                .setParameter("a", accountId)
                .setLockMode(lock)
                .getResultList();
    }

    /** The account's resource counts per product type. */
    Map<String, Long> countByType(long accountId) {
        Map<String, Long> counts = new HashMap<>();
        em.createQuery("select r.productType, count(r) from CloudResource r where r.accountId = :a group by r.productType",
                        Object[].class)
                .setParameter("a", accountId)
                .getResultList()
                .forEach(row -> counts.put((String) row[0], (Long) row[1]));
        return counts;
    }

    /** The account's resource counts per status, of one product type or of all (type null). */
    Map<ResourceStatus, Long> countByStatus(long accountId, String type) {
        var query = em.createQuery("select r.status, count(r) from CloudResource r where r.accountId = :a"
                        + (type == null ? "" : " and r.productType = :t") + " group by r.status", Object[].class)
                .setParameter("a", accountId);
        if (type != null) {
            query.setParameter("t", type);
        }
        Map<ResourceStatus, Long> counts = new EnumMap<>(ResourceStatus.class);
        query.getResultList().forEach(row -> counts.put((ResourceStatus) row[0], (Long) row[1]));
        return counts;
    }

    /**
     * The account's resource counts per (product type, status), each with how many running ones
     * expire after {@code from} up to {@code until}: one index scan of the account's rows.
     */
    ResourceCounts counts(long accountId, Instant from, Instant until) {
        return new ResourceCounts(em.createQuery("select r.productType, r.status, count(r),"
                        + " sum(case when r.status = :running and r.expiresAt > :from and r.expiresAt <= :until then 1 else 0 end)"
                        + " from CloudResource r where r.accountId = :a group by r.productType, r.status", Object[].class)
                .setParameter("a", accountId)
                .setParameter("running", ResourceStatus.RUNNING)
                .setParameter("from", from)
                .setParameter("until", until)
                .getResultList().stream()
                .map(row -> new ResourceCounts.Group((String) row[0], (ResourceStatus) row[1], (Long) row[2],
                        ((Number) row[3]).longValue()))
                .toList());
    }

    /** How many of the account's running resources (of one type, or all) expire after {@code from} up to {@code until}. */
    long countExpiring(long accountId, String type, Instant from, Instant until) {
        var query = em.createQuery("select count(r) from CloudResource r where r.accountId = :a and r.status = :running"
                        + " and r.expiresAt > :from and r.expiresAt <= :until" + (type == null ? "" : " and r.productType = :t"),
                        Long.class)
                .setParameter("a", accountId)
                .setParameter("running", ResourceStatus.RUNNING)
                .setParameter("from", from)
                .setParameter("until", until);
        if (type != null) {
            query.setParameter("t", type);
        }
        return query.getSingleResult();
    }

    /** The owning account of a resource, read without loading (or locking) the resource. */
    public Optional<Long> ownerOf(long resourceId) {
        List<?> owner = em.createNativeQuery("select account_id from cloud_resource where id = ?1")
                .setParameter(1, resourceId).getResultList();
        return owner.isEmpty() ? Optional.empty() : Optional.of(((Number) owner.get(0)).longValue());
    }

    /**
     * Releases every subscription past its product's window after expiry (the window counted in
     * calendar days in {@code zone}); virtual hosts' data is marked deleted. Returns how many.
     */
    int releasePastWindow(OffsetDateTime now, ZoneId zone) {
        return em.createNativeQuery("""
                        update cloud_resource r
                           set status = 'RELEASED', released_at = :now, release_reason = 'WINDOW_PASSED', version = r.version + 1, next_auto_renew_on = null,
                               data_deleted = (p.after_window = 'RELEASED_DATA_DELETED')
                          from product_rule p
                         where p.product_type = r.product_type
                           and r.status <> 'RELEASED' and r.billing_method = 'SUBSCRIPTION'
                           and r.expires_at <= :now
                           and ((r.expires_at at time zone :zone) + make_interval(days => p.renew_window_days))
                               at time zone :zone <= :now
                        """)
                .setParameter("now", now)
                .setParameter("zone", zone.getId())
                .executeUpdate();
    }

    /** Marks every running subscription whose expiry has come EXPIRED. Returns how many. */
    int expireDue(OffsetDateTime now) {
        return em.createNativeQuery("""
                        update cloud_resource
                           set status = 'EXPIRED', version = version + 1
                         where status = 'RUNNING' and billing_method = 'SUBSCRIPTION' and expires_at <= :now
                        """)
                .setParameter("now", now)
                .executeUpdate();
    }

    /**
     * Releases every pay-as-you-go resource whose scheduled release time has passed, at that time (not
     * at the job's): released_at = release_at, reason SCHEDULED. Rows another instance holds are skipped
     * (it releases them). Returns the released resources as (id, account id, name, product type, released at).
     */
    @SuppressWarnings("unchecked")
    List<Object[]> releaseScheduled(OffsetDateTime now) {
        return em.createNativeQuery("""
                        update cloud_resource r
                           set status = 'RELEASED', released_at = r.release_at, release_reason = 'SCHEDULED',
                               version = r.version + 1
                          from (select id from cloud_resource
                                 where release_at is not null and status <> 'RELEASED' and release_at <= :now
                                   and billing_method = 'PAYG'
                                 order by id
                                   for update skip locked) due
                         where r.id = due.id
                        returning r.id, r.account_id, r.name, r.product_type, r.released_at
                        """)
                .setParameter("now", now)
                .getResultList();
    }
}
