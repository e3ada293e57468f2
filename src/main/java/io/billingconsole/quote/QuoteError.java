package io.billingconsole.quote;

import io.billingconsole.shared.ErrorCode;

/** The refusals of quotes; texts in {@link QuoteMessages} under {@code error_<lower-case name>}. */
public enum QuoteError implements ErrorCode {
    QUOTE_NOT_FOUND(404);

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
