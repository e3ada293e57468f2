package io.billingconsole.finance.web;

import io.billingconsole.shared.CommonError;
import io.billingconsole.shared.DomainException;

/** A payout result as a form or a request names it: SUCCEEDED or FAILED; anything else is refused. */
final class PayoutResults {

    private PayoutResults() {
    }

    static boolean succeeded(String result) {
        String value = result == null ? "" : result.trim();
        if ("SUCCEEDED".equals(value)) {
            return true;
        }
        if ("FAILED".equals(value)) {
            return false;
        }
        throw new DomainException(CommonError.INVALID_INPUT, "result");
    }
}
