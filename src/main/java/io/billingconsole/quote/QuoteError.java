package io.billingconsole.quote;

import io.billingconsole.shared.ErrorCode;

/** The refusals of quotes; texts in {@link QuoteMessages} under {@code error_<lower-case name>}. */
public enum QuoteError implements ErrorCode {
    QUOTE_NOT_FOUND(404),
    /** More lines than one quote may have ({@link QuoteService#MAX_LINES}). */
    QUOTE_TOO_LARGE(400),
    /** The CSV or PDF of a quote still being built, or whose build failed. */
    QUOTE_NOT_READY(409),
    /** A background build that stopped without finishing (the instance went away): retry it. */
    QUOTE_BUILD_INTERRUPTED(409);

    private final int httpStatus;

    QuoteError(int httpStatus) {
        this.httpStatus = httpStatus;
    }

    @Override
    public int httpStatus() {
        return httpStatus;
    }

    @Override
    public Class<?> messages() {
        return QuoteMessages.class;
    }
}
