package io.billingconsole.withdrawal;

import io.billingconsole.shared.Money;
import io.billingconsole.shared.RandomTokens;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** A withdrawal request (提现申请, SPEC 8); its status changes only through {@link WithdrawalService}. */
@Entity
@Table(name = "withdrawal")
public class Withdrawal extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "account_id")
    public long accountId;

    @Column(name = "requested_by")
    public long requestedBy;

    @Enumerated(EnumType.STRING)
    public WithdrawalKind kind;

    @Column(name = "recharge_id")
    public Long rechargeId;

    @Column(name = "amount_fen")
    public Money amount;

    @Enumerated(EnumType.STRING)
    public WithdrawalRoute route;

    @Enumerated(EnumType.STRING)
    @Column(name = "payee_type")
    public PayeeType payeeType;

    @Column(name = "payee_account")
    public String payeeAccount;

    @Column(name = "payee_name")
    public String payeeName;

    @Column(name = "branch_id")
    public Long branchId;

    @Column(name = "payee_bank")
    public String payeeBank;

    @Column(name = "payee_province")
    public String payeeProvince;

    @Column(name = "payee_city")
    public String payeeCity;

    @Column(name = "payee_branch")
    public String payeeBranch;

    @Enumerated(EnumType.STRING)
    public WithdrawalReason reason;

    @Column(name = "reason_text")
    public String reasonText;

    @Enumerated(EnumType.STRING)
    public WithdrawalStatus status;

    /** Comma-separated {@link RiskFlag} names; null when none fired. */
    @Column(name = "risk_flags")
    public String riskFlags;

    @Column(name = "needs_two_approvals")
    public boolean needsTwoApprovals;

    @Column(name = "first_approved_by")
    public Long firstApprovedBy;

    @Column(name = "first_approved_at")
    public Instant firstApprovedAt;

    @Column(name = "approved_by")
    public Long approvedBy;

    @Column(name = "approved_at")
    public Instant approvedAt;

    @Column(name = "rejected_by")
    public Long rejectedBy;

    @Column(name = "reject_reason")
    public String rejectReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "failure_code")
    public PayoutFailure failureCode;

    @Column(name = "payout_key")
    public String payoutKey;

    @Column(name = "payout_submitted_at")
    public Instant payoutSubmittedAt;

    @Column(name = "payout_ref")
    public String payoutRef;

    @Column(name = "idempotency_key")
    public String idempotencyKey;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    @Version
    public long version;

    public List<RiskFlag> risks() {
        return riskFlags == null || riskFlags.isBlank() ? List.of()
                : Arrays.stream(riskFlags.split(",")).map(RiskFlag::valueOf).toList();
    }

    /** The payee account as shown: all but the last four characters hidden. */
    public String maskedPayeeAccount() {
        return RandomTokens.maskAccount(payeeAccount);
    }

    public boolean finished() {
        return status == WithdrawalStatus.REJECTED || status == WithdrawalStatus.SUCCEEDED
                || status == WithdrawalStatus.FAILED;
    }
}
