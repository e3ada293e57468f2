package io.billingconsole.finance.web;

import io.billingconsole.shared.Money;
import io.billingconsole.withdrawal.PayeeType;
import io.billingconsole.withdrawal.PayoutFailure;
import io.billingconsole.withdrawal.RiskFlag;
import io.billingconsole.withdrawal.Withdrawal;
import io.billingconsole.withdrawal.WithdrawalKind;
import io.billingconsole.withdrawal.WithdrawalReason;
import io.billingconsole.withdrawal.WithdrawalRoute;
import io.billingconsole.withdrawal.WithdrawalStatus;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/** A withdrawal as the finance API answers it; the payee account is masked (the detail page shows it whole). */
public record FinanceWithdrawalJson(long id, long accountId, Money amount, WithdrawalKind kind, WithdrawalRoute route,
                                    WithdrawalStatus status, WithdrawalReason reason, List<RiskFlag> riskFlags,
                                    boolean needsTwoApprovals, Long firstApprovedBy, Long approvedBy, Long rejectedBy,
                                    String rejectReason, PayoutFailure failureCode, OffsetDateTime createdAt,
                                    OffsetDateTime finishedAt, Payee payee) {

    /** The designated payee: type, masked account, name; null on the original route. */
    public record Payee(PayeeType type, String account, String name, String bank) {
    }

    public static FinanceWithdrawalJson of(Withdrawal w, ZoneId zone) {
        Payee payee = w.payeeType == null ? null
                : new Payee(w.payeeType, w.maskedPayeeAccount(), w.payeeName, w.payeeBank);
        return new FinanceWithdrawalJson(w.id, w.accountId, w.amount, w.kind, w.route, w.status, w.reason, w.risks(),
                w.needsTwoApprovals, w.firstApprovedBy, w.approvedBy, w.rejectedBy, w.rejectReason, w.failureCode,
                at(w.createdAt, zone), at(w.finishedAt, zone), payee);
    }

    private static OffsetDateTime at(Instant instant, ZoneId zone) {
        return instant == null ? null : instant.atZone(zone).toOffsetDateTime();
    }
}
