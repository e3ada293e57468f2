package io.billingconsole.resource;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An account's resource counts by product type and status, with how many running ones expire soon,
 * from one grouped query: the renewal list's tabs, status filter and quick filters read it instead
 * of three counts (issue 13).
 */
public record ResourceCounts(List<Group> groups) {

    /** One (product type, status) group: its resources and, of those running, how many expire soon. */
    public record Group(String productType, ResourceStatus status, long count, long expiringSoon) {
    }

    /** Resources per product type, every status. */
    public Map<String, Long> byType() {
        Map<String, Long> counts = new HashMap<>();
        groups.forEach(g -> counts.merge(g.productType(), g.count(), Long::sum));
        return counts;
    }

    /** Resources per status, of one product type or of all (type null). */
    public Map<ResourceStatus, Long> byStatus(String productType) {
        Map<ResourceStatus, Long> counts = new EnumMap<>(ResourceStatus.class);
        groups.stream().filter(g -> productType == null || productType.equals(g.productType()))
                .forEach(g -> counts.merge(g.status(), g.count(), Long::sum));
        return counts;
    }

    /** Running resources (of one product type, or all) that expire within the soon-window the counts were made for. */
    public long expiringSoon(String productType) {
        return groups.stream().filter(g -> productType == null || productType.equals(g.productType()))
                .mapToLong(Group::expiringSoon).sum();
    }

    /**
     * How many resources a list filtered only by product type shows (every status, or all but the
     * released ones): what the list's count query would answer, so the page needs none.
     */
    public long listed(String productType, boolean hideReleased) {
        return byStatus(productType).entrySet().stream()
                .filter(e -> !hideReleased || e.getKey() != ResourceStatus.RELEASED)
                .mapToLong(Map.Entry::getValue).sum();
    }
}
