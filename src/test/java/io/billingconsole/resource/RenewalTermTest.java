package io.billingconsole.resource;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RenewalTermTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @ParameterizedTest(name = "{0} + {1} months = {2}")
    @CsvSource({
            "2017-03-30, 1, 2017-04-30",   // the seed's worked example
            "2017-01-31, 1, 2017-02-28",   // clamped to the shorter month's end
            "2024-01-31, 1, 2024-02-29",   // leap year
            "2017-03-31, 6, 2017-09-30",
            "2017-08-31, 12, 2018-08-31",
            "2024-02-29, 12, 2025-02-28",  // a leap day renewed for a year
            "2017-02-28, 1, 2017-03-28",   // adds months to the date, does not jump to the month's end
            "2017-11-15, 3, 2018-02-15",   // across the year
            "2017-05-31, 60, 2022-05-31"
    })
    void addsCalendarMonthsToTheCurrentExpiryClampedToTheMonthEnd(LocalDate expiry, int months, LocalDate expected) {
        assertEquals(expected.atStartOfDay(SHANGHAI).toInstant(),
                RenewalTerm.extend(expiry.atStartOfDay(SHANGHAI).toInstant(), months, SHANGHAI));
    }

    @ParameterizedTest
    @CsvSource({"Asia/Shanghai", "America/New_York", "UTC"})
    void theNewExpiryIsStillMidnightInTheBusinessZone(ZoneId zone) {
        // New York crosses a daylight-saving change between these dates
        var expiry = LocalDate.of(2017, 1, 31).atStartOfDay(zone).toInstant();
        var renewed = RenewalTerm.extend(expiry, 2, zone);
        assertEquals(LocalDate.of(2017, 3, 31).atStartOfDay(zone).toInstant(), renewed);
    }
}
