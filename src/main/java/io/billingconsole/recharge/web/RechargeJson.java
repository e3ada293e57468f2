package io.billingconsole.recharge.web;

import io.billingconsole.bank.BankAccountType;
import io.billingconsole.recharge.Recharge;
import io.billingconsole.recharge.RechargeChannel;
import io.billingconsole.recharge.RechargeStatus;
import io.billingconsole.shared.Money;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * A recharge as the API shows it: {@code withdrawable} is what is left of it to withdraw,
 * {@code originalRouteUntil} the last business date of the original route and
 * {@code originalRouteAvailable} whether that route still works today; the payer's account masked.
 */
public record RechargeJson(long id, Money amount, RechargeChannel channel, String bank, BankAccountType accountType,
                           RechargeStatus status, OffsetDateTime createdAt, OffsetDateTime paidAt, Money withdrawable,
                           LocalDate originalRouteUntil, boolean originalRouteAvailable, String payerAccount,
                           LocalDate remittedOn) {

    public static RechargeJson of(Recharge r, LocalDate today, ZoneId zone) {
        return new RechargeJson(r.id, r.amount, r.channel, r.bank, r.accountType, r.status, at(r.createdAt, zone),
                at(r.paidAt, zone), r.withdrawable, r.routeUntil, r.originalRouteAvailable(today),
                r.maskedPayerAccount(), r.remittedOn);
    }

    private static OffsetDateTime at(Instant instant, ZoneId zone) {
        return instant == null ? null : instant.atZone(zone).toOffsetDateTime();
    }
}
