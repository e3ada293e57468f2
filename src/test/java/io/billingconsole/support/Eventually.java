package io.billingconsole.support;

import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Waits for something a background job does (the mail dispatcher's commit, say), with a deadline. */
public final class Eventually {

    static final Duration DEFAULT = Duration.ofSeconds(30);

    private Eventually() {
    }

    /** Returns the first value that satisfies the check, or fails with the last one seen. */
    public static <T> T value(Supplier<T> read, Predicate<T> check, String what) {
        long deadline = System.nanoTime() + DEFAULT.toNanos();
        T value = read.get();
        while (!check.test(value)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("gave up waiting until " + what + "; last seen: " + value);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting until " + what);
            }
            value = read.get();
        }
        return value;
    }
}
