package io.billingconsole.shared;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Reads query and form values leniently where a bad value can be ignored, strictly where it matters. */
public final class Params {

    private Params() {
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
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new DomainException(ErrorCode.INVALID_INPUT, text);
        }
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
}
