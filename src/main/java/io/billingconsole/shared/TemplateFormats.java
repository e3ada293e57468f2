package io.billingconsole.shared;

import io.quarkus.arc.Arc;
import io.quarkus.qute.TemplateExtension;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How money and moments look on every page: "¥1,234.50", dates in the business zone. */
@TemplateExtension
public class TemplateFormats {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    private static volatile ZoneId zone;

    static String yuan(Money money) {
        if (money == null) {
            return "";
        }
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        String digits = format.format(BigDecimal.valueOf(Math.abs(money.fen()), 2));
        return (money.isNegative() ? "-¥" : "¥") + digits;
    }

    static String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant.atZone(zone()));
    }

    public static String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(zone()));
    }

    /** Value for an {@code <input type="datetime-local">}. */
    static String inputValue(Instant instant) {
        return instant == null ? "" : INPUT.format(instant.atZone(zone()));
    }

    private static ZoneId zone() {
        if (zone == null) {
            zone = Arc.container().instance(BillingConfig.class).get().zone();
        }
        return zone;
    }
}
