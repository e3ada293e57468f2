package io.billingconsole.payout;

/** The payout provider cannot be reached or refuses to work now; the payout job tries again on its next run. */
public class PayoutUnavailableException extends RuntimeException {

    public PayoutUnavailableException(String message) {
        super(message);
    }

    public PayoutUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
