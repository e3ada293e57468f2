package io.billingconsole.shared;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PageOfTest {

    @Test
    void aShortPageIsTheLastOneAndNeedsNoCount() {
        AtomicInteger counted = new AtomicInteger();
        PageOf<String> page = PageOf.of(List.of("a", "b", "c"), 3, 20, () -> counted.incrementAndGet() * 1000L);
        assertEquals(43, page.total());
        assertEquals(3, page.totalPages());
        assertEquals(0, counted.get());
    }

    @Test
    void aFullOrEmptyPageIsCounted() {
        assertEquals(57, PageOf.of(List.of("a", "b"), 1, 2, () -> 57).total());
        assertEquals(57, PageOf.of(List.of(), 30, 2, () -> 57).total());
        assertEquals(0, PageOf.of(List.of(), 1, 20, () -> 0).total());
    }

    @Test
    void pageNumbersAndSizesAreClamped() {
        assertEquals(1, PageOf.page(null));
        assertEquals(1, PageOf.page(-4));
        assertEquals(100_000, PageOf.page(Integer.MAX_VALUE));
        assertEquals(50, PageOf.size(null, 50));
        assertEquals(100, PageOf.size(10_000, 50));
    }
}
