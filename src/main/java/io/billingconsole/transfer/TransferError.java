package io.billingconsole.transfer;

import io.billingconsole.shared.ErrorCode;

/**
 * The refusals of transfers between enterprise accounts, with their HTTP status; the API answers
 * their name as {@code code}. Their texts are in {@link TransferMessages} under {@code error_<lower-case name>}.
 */
public enum TransferError implements ErrorCode {
    TRANSFER_NOT_FOUND(404),
    AMOUNT_OVER_TRANSFERABLE(409),
    AMOUNT_OVER_RECALLABLE(409),
    MASTER_LINK_INVALID(409);

    private final int httpStatus;

    TransferError(int httpStatus) {
        this.httpStatus = httpStatus;
    }

    @Override
    public int httpStatus() {
        return httpStatus;
    }

    @Override
    public Class<?> messages() {
        return TransferMessages.class;
    }
}
