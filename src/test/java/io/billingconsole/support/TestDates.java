package io.billingconsole.support;

import java.time.Instant;
import java.time.OffsetDateTime;

/** Fixed business dates for tests that pin the test clock, written as literals in the business zone (+08:00). */
public final class TestDates {

    /** A day five days before a month's end, so that renewals are clamped: 01-31 + 1 month = 02-28. */
    public static final Instant JAN_26 = OffsetDateTime.parse("2018-01-26T12:00:00+08:00").toInstant();

    private TestDates() {
    }

    /** 00:00 of a business date ("2018-02-28"), the moment resources expire. */
    public static Instant midnight(String date) {
        return OffsetDateTime.parse(date + "T00:00:00+08:00").toInstant();
    }
}
