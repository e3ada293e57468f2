package io.billingconsole.payout;

import io.billingconsole.withdrawal.PayoutFailure;

/** What the provider says of a payout: still pending, paid, or failed with a reason. */
public record PayoutStatus(State state, PayoutFailure failure) {

    public enum State {
        PENDING, PAID, FAILED
    }

    public static final PayoutStatus PENDING = new PayoutStatus(State.PENDING, null);
    public static final PayoutStatus PAID = new PayoutStatus(State.PAID, null);

    public static PayoutStatus failed(PayoutFailure failure) {
        if (failure == null) {
            throw new IllegalArgumentException("a failed payout needs its reason");
        }
        return new PayoutStatus(State.FAILED, failure);
    }
}
