package io.billingconsole.renewal.web;

import io.billingconsole.resource.ResourceSort;

/**
 * A sort the renewal list offers as {@code ?sort=}: {@code name}, {@code expiry}, {@code days} (days left,
 * the same order as expiry), each descending with a leading "-". Anything else is the default, most
 * urgent first.
 */
public record ListSort(String key, boolean descending) {

    public static final ListSort DEFAULT = new ListSort(null, false);

    public static ListSort parse(String text) {
        if (text == null) {
            return DEFAULT;
        }
        boolean descending = text.startsWith("-");
        String key = descending ? text.substring(1) : text;
        return switch (key) {
            case "name", "expiry", "days" -> new ListSort(key, descending);
            default -> DEFAULT;
        };
    }

    /** As the query shows it, or null for the default. */
    public String value() {
        return key == null ? null : (descending ? "-" : "") + key;
    }

    public ResourceSort resourceSort() {
        if (key == null) {
            return ResourceSort.URGENCY;
        }
        return switch (key) {
            case "name" -> descending ? ResourceSort.NAME_DESC : ResourceSort.NAME;
            default -> descending ? ResourceSort.EXPIRY_DESC : ResourceSort.EXPIRY;
        };
    }

    /** The sort a column's link asks for: ascending first, descending when it is already ascending. */
    public String next(String column) {
        return column.equals(key) && !descending ? "-" + column : column;
    }

    /** The column's aria-sort value. */
    public String ariaSort(String column) {
        return !column.equals(key) ? "none" : descending ? "descending" : "ascending";
    }
}
