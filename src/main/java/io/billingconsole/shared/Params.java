package io.billingconsole.shared;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Reads query and form values leniently where a bad value can be ignored, strictly where it matters. */
public final class Params {

    /**
     * Every date and moment the console takes in lies in these years (inclusive): far inside what
     * PostgreSQL stores and what date arithmetic (a day later, 60 months later) can reach, far
     * outside any real expiry or business day.
     */
    public static final int MIN_YEAR = 2000;
    public static final int MAX_YEAR = 2199;

    private static final Instant EARLIEST = OffsetDateTime.of(MIN_YEAR, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC).toInstant();
    private static final Instant LATEST = OffsetDateTime.of(MAX_YEAR + 1, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC).toInstant();

    private Params() {
    }

    /**
     * True when {@code text} can be stored as a single-line text of at most {@code max} characters:
     * no control characters (NUL, line breaks, DEL and C1 included) and no broken surrogate pairs.
     */
    public static boolean isStorableText(String text, int max) {
        if (text.codePointCount(0, text.length()) > max) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c)) {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /** A typed text (a search, a filter value): null stays null, anything not storable is refused. */
    public static String text(String text, String field, int max) {
        if (text != null && !isStorableText(text, max)) {
            throw new DomainException(CommonError.TEXT_INVALID, field, String.valueOf(max));
        }
        return text;
    }

    /** Refuses a moment outside {@link #MIN_YEAR}..{@link #MAX_YEAR}; {@code shown} is what the user typed. */
    public static Instant storable(Instant moment, String shown) {
        if (moment.isBefore(EARLIEST) || !moment.isBefore(LATEST)) {
            throw outOfRange(shown);
        }
        return moment;
    }

    /** A moment as ISO-8601 text with an offset ({@code 2030-05-01T00:00:00+08:00}, {@code ...Z}), in range. */
    public static OffsetDateTime moment(String text) {
        if (text == null || text.length() > 64) {
            throw new DomainException(CommonError.INVALID_INPUT, String.valueOf(text));
        }
        OffsetDateTime parsed;
        try {
            parsed = OffsetDateTime.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new DomainException(CommonError.INVALID_INPUT, text);
        }
        storable(parsed.toInstant(), text);
        return parsed;
    }

    /** Refuses a typed date or moment whose year is outside {@link #MIN_YEAR}..{@link #MAX_YEAR}. */
    public static void requireYear(int year, String shown) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw outOfRange(shown);
        }
    }

    private static DomainException outOfRange(String shown) {
        return new DomainException(CommonError.DATE_OUT_OF_RANGE, String.valueOf(shown), String.valueOf(MIN_YEAR),
                String.valueOf(MAX_YEAR));
    }

    /** A page number or the like: anything unreadable counts as absent. */
    public static Integer optionalInt(String text) {
        if (text == null || !text.trim().matches("\\d{1,9}")) {
            return null;
        }
        return Integer.valueOf(text.trim());
    }

    /** An id typed or posted by a user; anything but a positive number is "not found". */
    public static long id(String text, ErrorCode notFound) {
        if (text == null || !text.trim().matches("\\d{1,18}")) {
            throw new DomainException(notFound, String.valueOf(text));
        }
        return Long.parseLong(text.trim());
    }

    public static LocalDate optionalDate(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new DomainException(CommonError.INVALID_INPUT, text);
        }
        requireYear(date.getYear(), text);
        return date;
    }

    public static <E extends Enum<E>> E optionalEnum(Class<E> type, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Builds "a=1&b=2&" (ready for "page=N") from name/value pairs, skipping empty values. */
    public static String query(String... namesAndValues) {
        StringBuilder query = new StringBuilder();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            String value = namesAndValues[i + 1];
            if (value != null && !value.isBlank()) {
                query.append(namesAndValues[i]).append('=')
                        .append(URLEncoder.encode(value, StandardCharsets.UTF_8)).append('&');
            }
        }
        return query.toString();
    }

    /** A client's idempotency key (transfers, withdrawals): required, at most 64 characters. */
    public static String idempotencyKey(String key) {
        if (key == null || key.isBlank()) {
            throw new DomainException(CommonError.IDEMPOTENCY_KEY_REQUIRED);
        }
        if (key.length() > 64) {
            throw new DomainException(CommonError.INVALID_INPUT, "idempotencyKey");
        }
        return key;
    }
}
