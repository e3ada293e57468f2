package io.billingconsole.renewal.web;

import io.billingconsole.resource.RenewalMode;
import io.billingconsole.resource.ResourceFilter;
import io.billingconsole.resource.ResourceService;
import io.billingconsole.resource.ResourceSort;
import io.billingconsole.resource.ResourceStatus;
import io.billingconsole.shared.Params;
import jakarta.ws.rs.core.MultivaluedMap;

import java.util.ArrayList;
import java.util.List;

/**
 * The renewal list's filters and sort as the user chose them, carried through the batch pages (as
 * hidden fields) so that "back" and a refused selection return to the same list. Only ever put into
 * a {@code /renewals?} query (encoded) or a hidden field (escaped); the list checks them again.
 */
public record ListFilters(String type, String status, String renewal, String expiring, String search, String sort,
                          boolean released) {

    private static final int MAX = 100;

    public record Hidden(String name, String value) {
    }

    public static ListFilters from(MultivaluedMap<String, String> params) {
        return new ListFilters(value(params, "type"), value(params, "status"), value(params, "renewal"),
                value(params, "expiring"), value(params, "q"), value(params, "sort"),
                "1".equals(params.getFirst("released")));
    }

    /** "type=ECS&sort=name&" (ready for more), empty when nothing is chosen. */
    public String query() {
        return Params.query("type", type, "status", status, "renewal", renewal, "expiring", expiring, "q", search,
                "sort", sort, "released", released ? "1" : null);
    }

    /** The list these filters show. */
    public String listHref() {
        String query = query();
        return query.isEmpty() ? "/renewals" : "/renewals?" + query.substring(0, query.length() - 1);
    }

    /** The filters as hidden form fields. */
    public List<Hidden> hidden() {
        List<Hidden> fields = new ArrayList<>();
        add(fields, "type", type);
        add(fields, "status", status);
        add(fields, "renewal", renewal);
        add(fields, "expiring", expiring);
        add(fields, "q", search);
        add(fields, "sort", sort);
        add(fields, "released", released ? "1" : null);
        return fields;
    }

    /**
     * The resource query these filters stand for, read as the list reads its parameters (an unknown
     * product type, status, mode or expiry choice does not filter): "quote all matching" (issue 12)
     * quotes exactly what the list shows.
     */
    public ResourceFilter resourceFilter(java.util.Set<String> productTypes, int page, int size) {
        Integer within = Params.optionalInt(expiring);
        return new ResourceFilter(productTypes.contains(type) ? type : null,
                Params.optionalEnum(ResourceStatus.class, status), Params.optionalEnum(RenewalMode.class, renewal),
                within != null && ResourceService.EXPIRY_FILTER_DAYS.contains(within) ? within : null,
                search, page, size);
    }

    /** Whether the list leaves released resources out (as the list does: not asked for, no search, not "no renewal"). */
    public boolean hidesReleased() {
        return !released && (search == null || search.isBlank())
                && Params.optionalEnum(RenewalMode.class, renewal) != RenewalMode.NONE;
    }

    /** The list's order. */
    public ResourceSort resourceSort() {
        return ListSort.parse(sort).resourceSort();
    }

    private static void add(List<Hidden> fields, String name, String value) {
        if (value != null && !value.isBlank()) {
            fields.add(new Hidden(name, value));
        }
    }

    private static String value(MultivaluedMap<String, String> params, String name) {
        String value = params == null ? null : params.getFirst(name);
        return value == null || value.length() > MAX ? null : value;
    }
}
