package io.billingconsole.shared;

import java.util.List;
import java.util.function.LongSupplier;

/** One page of a longer list, with what the pager needs. */
public record PageOf<T>(List<T> items, int page, int size, long total) {

    public int totalPages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public int previousPage() {
        return page - 1;
    }

    public int nextPage() {
        return page + 1;
    }

    public boolean hasNext() {
        return page < totalPages();
    }

    /**
     * A page whose total is only counted when the page itself cannot tell it: a short, non-empty
     * page is the last one, which spares the count query on most lists of one account.
     */
    public static <T> PageOf<T> of(List<T> items, int page, int size, LongSupplier count) {
        long total = !items.isEmpty() && items.size() < size ? (long) (page - 1) * size + items.size() : count.getAsLong();
        return new PageOf<>(items, page, size, total);
    }

    /** Clamps a requested page number (1-based) and size into sane bounds. */
    public static int page(Integer requested) {
        return requested == null || requested < 1 ? 1 : Math.min(requested, 100_000);
    }

    public static int size(Integer requested, int fallback) {
        return requested == null || requested < 1 ? fallback : Math.min(requested, 100);
    }
}
