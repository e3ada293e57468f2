package io.billingconsole.ledger;

import io.billingconsole.shared.ErrorCode;

/**
 * The refusals of the ledger feature, with their HTTP status; the API answers
 * their name as {@code code}. Their texts are in {@link LedgerMessages} under
 * {@code error_<lower-case name>}.
 */
public enum LedgerError implements ErrorCode {
    AMOUNT_ABOVE_LIMIT(400);

    private final int httpStatus;

    LedgerError(int httpStatus) {
        this.httpStatus = httpStatus;
    }

    @Override
    public int httpStatus() {
        return httpStatus;
    }

    @Override
    public Class<?> messages() {
        return LedgerMessages.class;
    }
}
