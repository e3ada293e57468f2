package io.billingconsole.clock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The business clock: system time plus an offset that only the test clock may change. Time keeps
 * flowing after a move, so a simulated day behaves like a real one.
 */
public final class AdjustableClock extends Clock {

    private final Clock base;
    private volatile Duration offset = Duration.ZERO;

    public AdjustableClock(Clock base) {
        this.base = base;
    }

    public void setOffset(Duration offset) {
        this.offset = offset;
    }

    public Duration offset() {
        return offset;
    }

    @Override
    public ZoneId getZone() {
        return base.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        AdjustableClock copy = new AdjustableClock(base.withZone(zone));
        copy.offset = offset;
        return copy;
    }

    @Override
    public Instant instant() {
        return base.instant().plus(offset);
    }
}
