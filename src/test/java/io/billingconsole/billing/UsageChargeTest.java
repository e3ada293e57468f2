package io.billingconsole.billing;

import io.billingconsole.shared.Money;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** What of a usage charge is billed around a scheduled release or a release (SPEC 6). */
class UsageChargeTest {

    private static final Instant FROM = Instant.parse("2026-11-10T00:00:00Z");
    private static final Instant TO = Instant.parse("2026-11-10T03:00:00Z");

    @Test
    void aPeriodBeforeTheReleaseIsChargedInFull() {
        UsageService.Charge charge = UsageService.charge(Money.parse("10.00"), FROM, TO, TO, null);
        assertEquals(Money.parse("10.00"), charge.charged());
        assertNull(charge.reason());
    }

    @Test
    void thePartAfterTheScheduledReleaseIsDroppedRoundedDownToTheFen() {
        // one hour of three: 10.00 / 3 = 3.333.. -> 3.33
        UsageService.Charge charge = UsageService.charge(Money.parse("10.00"), FROM, TO,
                FROM.plusSeconds(3600), null);
        assertEquals(Money.parse("3.33"), charge.charged());
        assertEquals(DropReason.AFTER_SCHEDULED_RELEASE, charge.reason());
        // two hours of three: 0.02 * 2 / 3 = 0.0133.. -> 0.01
        assertEquals(Money.parse("0.01"),
                UsageService.charge(Money.parse("0.02"), FROM, TO, FROM.plusSeconds(7200), null).charged());
    }

    @Test
    void theEarlierOfScheduledReleaseAndReleaseCounts() {
        UsageService.Charge late = UsageService.charge(Money.parse("9.00"), FROM, TO, FROM.plusSeconds(7200),
                FROM.plusSeconds(3600));
        assertEquals(Money.parse("3.00"), late.charged());
        assertEquals(DropReason.AFTER_RELEASE, late.reason());
        UsageService.Charge scheduled = UsageService.charge(Money.parse("9.00"), FROM, TO, FROM.plusSeconds(3600),
                FROM.plusSeconds(7200));
        assertEquals(Money.parse("3.00"), scheduled.charged());
        assertEquals(DropReason.AFTER_SCHEDULED_RELEASE, scheduled.reason());
    }

    @Test
    void aPeriodWhollyAfterTheReleaseChargesNothingAndZeroUsageDropsNothing() {
        UsageService.Charge after = UsageService.charge(Money.parse("5.00"), FROM, TO, null, FROM);
        assertEquals(Money.ZERO, after.charged());
        assertEquals(DropReason.AFTER_RELEASE, after.reason());
        UsageService.Charge zero = UsageService.charge(Money.ZERO, FROM, TO, null, FROM);
        assertEquals(Money.ZERO, zero.charged());
        assertNull(zero.reason());
    }
}
