package io.billingconsole.refund;

import io.billingconsole.shared.ErrorCode;

/**
 * The refusals of unsubscribing, with their HTTP status; the API answers their name as {@code code}.
 * Their texts are in {@link RefundMessages} under {@code error_<lower-case name>}.
 */
public enum RefundError implements ErrorCode {
    /** The product does not allow unsubscribing (data: {@code product_rule.unsubscribable}). */
    NOT_UNSUBSCRIBABLE(409),
    /** A pay-as-you-go resource has nothing prepaid: it is released, not unsubscribed. */
    PAYG_USE_RELEASE(409);

    private final int httpStatus;

    RefundError(int httpStatus) {
        this.httpStatus = httpStatus;
    }

    @Override
    public int httpStatus() {
        return httpStatus;
    }

    @Override
    public Class<?> messages() {
        return RefundMessages.class;
    }
}
