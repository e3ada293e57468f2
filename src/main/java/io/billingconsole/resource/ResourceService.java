package io.billingconsole.resource;

import io.billingconsole.catalog.ProductCatalog;
import io.billingconsole.catalog.ProductRule;
import io.billingconsole.notice.ReleaseNotices;
import io.billingconsole.shared.Columns;
import io.billingconsole.shared.CommonError;
import io.billingconsole.shared.DomainException;
import io.billingconsole.shared.PageOf;
import io.billingconsole.shared.Params;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import io.billingconsole.shared.ReadReplica;

import java.sql.Connection;
import java.sql.SQLException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Finds an account's resources and registers new ones (for provisioning systems). */
@ApplicationScoped
public class ResourceService {

    public static final List<Integer> EXPIRY_FILTER_DAYS = List.of(7, 15, 30);

    @Inject
    Clock clock;

    @Inject
    ZoneId zone;

    @Inject
    ProductCatalog catalog;

    @Inject
    ResourceQueries queries;

    @Inject
    ReleaseNotices releaseNotices;

    @Inject
    ReadReplica replica;

    /** A page of the account's resources by expiry, read on the primary (the API's list). */
    public PageOf<CloudResource> search(long accountId, ResourceFilter filter) {
        return search(accountId, filter, ResourceSort.EXPIRY, false);
    }

    /**
     * A page of the account's resources in the given order (in SQL); released resources are left out when
     * {@code hideReleased} and no status is asked for. Read with plain JDBC on the primary, in the caller's
     * transaction when there is one, else in autocommit without BEGIN/COMMIT; the resources are detached
     * copies ({@link ResourceQueries#page}), for showing, never for changing.
     */
    public PageOf<CloudResource> search(long accountId, ResourceFilter filter, ResourceSort sort, boolean hideReleased) {
        ResourceQueries.ListSql list = listSql(accountId, filter, sort, hideReleased);
        return replica.primary(connection -> page(connection, list, filter, null, null));
    }

    /** The renewal list's read: its counts, its page and each row's unpaid order (null when none). */
    public record ListPage(ResourceCounts counts, PageOf<CloudResource> page, Map<Long, Long> unpaidOrders) {
    }

    /**
     * Everything the renewal list reads about resources, on one connection of {@link ReadReplica#read} (the
     * read replica when it is on, unless this browser has just written): counts per product type and
     * status with the running ones expiring within {@code soonDays} (tabs, status filter, quick filters),
     * the page with each row's unpaid order in the same statement, and the list's total — taken from the
     * counts when the list is filtered by product type only, from the page itself when it is a short last
     * page, else counted.
     */
    public ListPage listPage(long accountId, ResourceFilter filter, ResourceSort sort, boolean hideReleased,
                             int soonDays) {
        ResourceQueries.ListSql list = listSql(accountId, filter, sort, hideReleased);
        Instant now = clock.instant();
        boolean typeOnly = filter.status() == null && filter.renewal() == null && filter.expiresWithinDays() == null
                && (filter.search() == null || filter.search().isBlank());
        return replica.read(connection -> {
            ResourceCounts counts = queries.counts(connection, accountId, now, now.plus(Duration.ofDays(soonDays)));
            Map<Long, Long> unpaid = new HashMap<>();
            PageOf<CloudResource> page = page(connection, list, filter, unpaid,
                    typeOnly ? counts.listed(filter.productType(), hideReleased) : null);
            return new ListPage(counts, page, unpaid);
        });
    }

    private PageOf<CloudResource> page(Connection connection, ResourceQueries.ListSql list, ResourceFilter filter,
                                       Map<Long, Long> unpaidOrders, Long knownTotal) throws SQLException {
        List<CloudResource> items = queries.page(connection, list, (filter.page() - 1) * filter.size(), filter.size(),
                unpaidOrders);
        boolean lastPage = !items.isEmpty() && items.size() < filter.size();
        long total = knownTotal != null ? knownTotal
                : lastPage ? (long) (filter.page() - 1) * filter.size() + items.size()
                : queries.count(connection, list);
        return new PageOf<>(items, filter.page(), filter.size(), total);
    }

    /**
     * The list's condition, parameters and order as SQL on {@code cloud_resource}. The ids subquery and the
     * counts use only the columns of the index {@code cloud_resource_account_status_expiry} (V30) unless a
     * filter needs more (renewal mode, search), so the ids and the order come from the index alone.
     */
    private ResourceQueries.ListSql listSql(long accountId, ResourceFilter filter, ResourceSort sort,
                                            boolean hideReleased) {
        StringBuilder where = new StringBuilder("account_id = ?");
        List<Object> params = new ArrayList<>();
        params.add(accountId);
        if (filter.productType() != null) {
            where.append(" and product_type = ?");
            params.add(filter.productType());
        }
        if (filter.status() != null) {
            where.append(" and status = ?");
            params.add(filter.status().name());
        } else if (hideReleased) {
            where.append(" and status <> 'RELEASED'");
        }
        if (filter.renewal() != null) {
            where.append(switch (filter.renewal()) {
                case AUTO -> " and billing_method = 'SUBSCRIPTION' and status <> 'RELEASED' and auto_renew_enabled";
                case MANUAL -> " and billing_method = 'SUBSCRIPTION' and status <> 'RELEASED' and not auto_renew_enabled";
                case NONE -> " and (billing_method <> 'SUBSCRIPTION' or status = 'RELEASED')";
            });
        }
        if (filter.expiresWithinDays() != null) {
            if (!EXPIRY_FILTER_DAYS.contains(filter.expiresWithinDays())) {
                throw new DomainException(CommonError.INVALID_INPUT, "expiresWithinDays");
            }
            Instant now = clock.instant();
            where.append(" and status = 'RUNNING' and expires_at > ? and expires_at <= ?");
            params.add(now);
            params.add(now.plus(Duration.ofDays(filter.expiresWithinDays())));
        }
        String search = filter.search() == null ? "" : Params.text(filter.search(), "q", Columns.SEARCH).trim();
        if (!search.isEmpty()) {
            String pattern = "%" + escapeLike(search.toLowerCase(Locale.ROOT)) + "%";
            if (search.matches("\\d{1,18}")) {
                where.append(" and (id = ? or lower(name) like ? escape '\\')");
                params.add(Long.parseLong(search));
            } else {
                where.append(" and lower(name) like ? escape '\\'");
            }
            params.add(pattern);
        }
        return new ResourceQueries.ListSql(where.toString(), List.copyOf(params), orderBy(sort == null ? ResourceSort.EXPIRY : sort));
    }

    /** Resource counts per product type, for the navigation. */
    @Transactional
    public Map<String, Long> countByType(long accountId) {
        return queries.countByType(accountId);
    }

    /** Resource counts per status (of one product type, or all when null), for the status filter. */
    @Transactional
    public Map<ResourceStatus, Long> countByStatus(long accountId, String productType) {
        return queries.countByStatus(accountId, productType);
    }

    /** How many running resources (of one product type, or all when null) expire within the next {@code days} days. */
    @Transactional
    public long countExpiringWithin(long accountId, String productType, int days) {
        Instant now = clock.instant();
        return queries.countExpiring(accountId, productType, now, now.plus(Duration.ofDays(days)));
    }

    /** The resource, if it belongs to the account; another account's id is "not found". */
    @Transactional
    public CloudResource find(long accountId, long id) {
        CloudResource resource = CloudResource.findById(id);
        if (resource == null || resource.accountId != accountId) {
            throw new DomainException(ResourceError.RESOURCE_NOT_FOUND, String.valueOf(id));
        }
        return resource;
    }

    /** Loads and locks the account's resources in id order (a fixed order avoids deadlocks). */
    public List<CloudResource> lockOwned(long accountId, Collection<Long> ids) {
        return owned(accountId, ids, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The account's resources in id order, in one query; another account's id is "not found". */
    @Transactional
    public List<CloudResource> findOwned(long accountId, Collection<Long> ids) {
        return owned(accountId, ids, LockModeType.NONE);
    }

    /**
     * The account's resources in the order of {@code ids} (a form's selection), in one query; the
     * first id of that order that is not the account's is "not found".
     */
    @Transactional
    public List<CloudResource> findOwnedInOrder(long accountId, List<Long> ids) {
        List<Long> distinct = ids.stream().distinct().toList();
        Map<Long, CloudResource> byId = new HashMap<>();
        queries.owned(accountId, distinct, LockModeType.NONE).forEach(r -> byId.put(r.id, r));
        List<CloudResource> selection = new ArrayList<>(distinct.size());
        for (Long id : distinct) {
            CloudResource resource = byId.get(id);
            if (resource == null) {
                throw new DomainException(ResourceError.RESOURCE_NOT_FOUND, String.valueOf(id));
            }
            selection.add(resource);
        }
        return selection;
    }

    private List<CloudResource> owned(long accountId, Collection<Long> ids, LockModeType lock) {
        List<Long> sorted = ids.stream().distinct().sorted().toList();
        List<CloudResource> resources = queries.owned(accountId, sorted, lock);
        if (resources.size() != sorted.size()) {
            List<Long> missing = new ArrayList<>(sorted);
            resources.forEach(r -> missing.remove(r.id));
            throw new DomainException(ResourceError.RESOURCE_NOT_FOUND, String.valueOf(missing.get(0)));
        }
        return resources;
    }

    @Transactional
    public CloudResource register(RegisterResourceCommand command) {
        ProductRule rule = catalog.require(command.productType());
        Instant now = clock.instant();
        CloudResource resource = new CloudResource();
        resource.accountId = command.accountId();
        resource.productType = rule.productType;
        resource.name = command.name();
        resource.region = command.region();
        resource.billingMethod = command.billingMethod();
        resource.trial = command.trial();
        resource.channel = command.channel();
        resource.monthlyPrice = command.monthlyPrice() == null ? rule.monthlyPrice : command.monthlyPrice();
        resource.createdAt = now;
        resource.status = ResourceStatus.RUNNING;
        if (command.billingMethod() == BillingMethod.SUBSCRIPTION) {
            if (command.expiresAt() == null) {
                throw new DomainException(CommonError.INVALID_INPUT, "expiresAt");
            }
            if (!command.expiresAt().atZone(zone).toLocalTime().equals(LocalTime.MIDNIGHT)) {
                throw new DomainException(ResourceError.INVALID_DATE, command.expiresAt().toString());
            }
            resource.expiresAt = command.expiresAt();
            resource.advanceLifecycle(now, rule, zone);
        }
        resource.persist();
        return resource;
    }

    /**
     * Sets the release time of a pay-as-you-go resource (SPEC 6): {@code releaseAt} is an ISO moment with
     * an offset, or a local date-time in the business zone; it must lie in the future.
     */
    @Transactional
    public CloudResource scheduleRelease(long accountId, long resourceId, String releaseAt) {
        Instant at = releaseMoment(releaseAt);
        CloudResource resource = lockOwned(accountId, List.of(resourceId)).get(0);
        resource.scheduleRelease(at, clock.instant());
        return resource;
    }

    /** Clears the release time of a pay-as-you-go resource. */
    @Transactional
    public CloudResource clearScheduledRelease(long accountId, long resourceId) {
        CloudResource resource = lockOwned(accountId, List.of(resourceId)).get(0);
        resource.clearScheduledRelease();
        return resource;
    }

    /** Releases a pay-as-you-go resource now (release reason CUSTOMER); a stopped one too. */
    @Transactional
    public CloudResource releaseNow(long accountId, long resourceId) {
        CloudResource resource = lockOwned(accountId, List.of(resourceId)).get(0);
        resource.releaseNow(clock.instant());
        releaseNotices.released(resource, ReleaseReason.CUSTOMER);
        return resource;
    }

    /** A release time as typed: with an offset ({@code ...+08:00}, {@code ...Z}) or local in the business zone. */
    Instant releaseMoment(String text) {
        if (text == null || text.isBlank() || text.length() > 64) {
            throw new DomainException(ResourceError.RELEASE_AT_INVALID, String.valueOf(text));
        }
        String trimmed = text.trim();
        Instant at;
        try {
            at = OffsetDateTime.parse(trimmed).toInstant();
        } catch (DateTimeParseException notOffset) {
            try {
                at = LocalDateTime.parse(trimmed).atZone(zone).toInstant();
            } catch (DateTimeParseException notLocal) {
                throw new DomainException(ResourceError.RELEASE_AT_INVALID, trimmed);
            }
        }
        return Params.storable(at, trimmed);
    }

    private String orderBy(ResourceSort sort) {
        return switch (sort) {
            case EXPIRY -> " order by expires_at asc nulls last, id";
            case EXPIRY_DESC -> " order by expires_at desc nulls last, id";
            case NAME -> " order by lower(name), id";
            case NAME_DESC -> " order by lower(name) desc, id";
            case URGENCY -> " order by case when status = 'EXPIRED' then 0"
                    + " when status = 'RUNNING' and expires_at is not null then 1 else 2 end,"
                    + " case when status = 'EXPIRED' then expires_at + (" + windowDaysByProduct()
                    + ") * interval '1 day' end asc nulls last, expires_at asc nulls last, id";
        };
    }

    /** The renewal window of each product as a CASE on the product type (the catalog is small and cached). */
    private String windowDaysByProduct() {
        StringBuilder days = new StringBuilder("case product_type");
        catalog.byType().values().forEach(rule -> days.append(" when '").append(rule.productType.replace("'", "''"))
                .append("' then ").append(rule.renewWindowDays));
        return days.append(" else 0 end").toString();
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
