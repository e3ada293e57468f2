package io.billingconsole.withdrawal;

import io.billingconsole.recharge.RechargeChannel;

/**
 * When the money should arrive (SPEC 8): original route — Alipay / online banking within 1 hour, a
 * bank card (offline remittance) within 2 business days; designated account — 7 to 15 business days;
 * an original-route request a risk rule sent to review — as the review decides.
 */
public enum ExpectedArrival {
    WITHIN_1_HOUR, WITHIN_2_BUSINESS_DAYS, BUSINESS_DAYS_7_15, AFTER_REVIEW;

    /** For a route and the recharge's channel (null for a non-recharge application). */
    public static ExpectedArrival of(WithdrawalRoute route, RechargeChannel channel) {
        if (route != WithdrawalRoute.ORIGINAL) {
            return BUSINESS_DAYS_7_15;
        }
        return channel == RechargeChannel.BANK_TRANSFER ? WITHIN_2_BUSINESS_DAYS : WITHIN_1_HOUR;
    }

    /** For a withdrawal: an original-route one held for review by a risk rule arrives as the review decides. */
    public static ExpectedArrival of(Withdrawal w, RechargeChannel channel) {
        if (w.route == WithdrawalRoute.ORIGINAL && !w.risks().isEmpty() && w.status == WithdrawalStatus.UNDER_REVIEW) {
            return AFTER_REVIEW;
        }
        return of(w.route, channel);
    }
}
