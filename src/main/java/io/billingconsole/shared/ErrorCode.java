package io.billingconsole.shared;

import java.util.Locale;

/**
 * A refusal the console can answer, with its HTTP status. Each feature lists its own in an enum
 * beside its code ({@code order/OrderError}, {@code account/AccountError}, ...); the generic ones
 * are {@link CommonError}. The API returns {@link #name()} as {@code code}, so names are unique
 * across all enums. The user-facing text lives in the feature's message bundle ({@link #messages()})
 * under {@code error_<lower-case name>}.
 */
public interface ErrorCode {

    /** The code the API answers, e.g. {@code ORDER_NOT_FOUND}. */
    String name();

    int httpStatus();

    /** The {@code @MessageBundle} interface that holds this code's text. */
    Class<?> messages();

    default String messageKey() {
        return "error_" + name().toLowerCase(Locale.ROOT);
    }
}
