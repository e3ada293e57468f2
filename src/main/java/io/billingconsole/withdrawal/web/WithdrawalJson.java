package io.billingconsole.withdrawal.web;

import io.billingconsole.recharge.RechargeChannel;
import io.billingconsole.shared.Money;
import io.billingconsole.withdrawal.ExpectedArrival;
import io.billingconsole.withdrawal.PayeeType;
import io.billingconsole.withdrawal.PayoutFailure;
import io.billingconsole.withdrawal.Withdrawal;
import io.billingconsole.withdrawal.WithdrawalKind;
import io.billingconsole.withdrawal.WithdrawalReason;
import io.billingconsole.withdrawal.WithdrawalRoute;
import io.billingconsole.withdrawal.WithdrawalStatus;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/** A withdrawal as the API shows it: the payee account masked, the failure and rejection reasons, the proofs. */
public record WithdrawalJson(long id, long accountId, WithdrawalKind kind, Long rechargeId, Money amount,
                             WithdrawalRoute route, WithdrawalStatus status, Payee payee, WithdrawalReason reason,
                             String reasonText, String rejectReason, PayoutFailure failureCode,
                             ExpectedArrival expectedArrival, OffsetDateTime createdAt, OffsetDateTime finishedAt,
                             List<Proof> proofs) {

    /** The payee (designated route only); {@code account} masked. */
    public record Payee(PayeeType type, String account, String name, Long branchId, String bank, String province,
                        String city, String branch) {
    }

    public record Proof(long id, String name, String contentType, long size) {
    }

    static WithdrawalJson of(Withdrawal w, RechargeChannel channel, List<Proof> proofs, ZoneId zone) {
        Payee payee = w.payeeType == null ? null : new Payee(w.payeeType, w.maskedPayeeAccount(), w.payeeName,
                w.branchId, w.payeeBank, w.payeeProvince, w.payeeCity, w.payeeBranch);
        return new WithdrawalJson(w.id, w.accountId, w.kind, w.rechargeId, w.amount, w.route, w.status, payee,
                w.reason, w.reasonText, w.rejectReason, w.failureCode, ExpectedArrival.of(w, channel),
                at(w.createdAt, zone), at(w.finishedAt, zone), proofs);
    }

    static OffsetDateTime at(Instant instant, ZoneId zone) {
        return instant == null ? null : instant.atZone(zone).toOffsetDateTime();
    }
}
