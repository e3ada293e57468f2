package io.billingconsole.shared;

import java.util.Map;

/** The JPA hint that turns a pessimistic lock into {@code for update skip locked} (Hibernate's {@code LockOptions.SKIP_LOCKED}). */
public final class SkipLocked {

    public static final String HINT = "jakarta.persistence.lock.timeout";
    public static final int VALUE = -2;
    /** For {@code em.find(type, id, PESSIMISTIC_WRITE, SkipLocked.HINTS)}: null when another transaction holds the row. */
    public static final Map<String, Object> HINTS = Map.of(HINT, VALUE);

    private SkipLocked() {
    }
}
