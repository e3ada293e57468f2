package io.billingconsole.withdrawal;

import io.billingconsole.account.Account;
import io.billingconsole.account.AccountStatus;
import io.billingconsole.account.Audit;
import io.billingconsole.account.AuditAction;
import io.billingconsole.bank.BankDirectory;
import io.billingconsole.funds.BalanceParts;
import io.billingconsole.funds.FundsService;
import io.billingconsole.ledger.LedgerService;
import io.billingconsole.recharge.Recharge;
import io.billingconsole.recharge.RechargeService;
import io.billingconsole.recharge.RechargeStatus;
import io.billingconsole.shared.CommonError;
import io.billingconsole.sms.SmsCodeService;
import io.billingconsole.sms.SmsPurpose;
import io.billingconsole.shared.DomainException;
import io.billingconsole.shared.Money;
import io.billingconsole.shared.RandomTokens;
import io.billingconsole.shared.PageOf;
import io.billingconsole.shared.Params;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Withdrawals (SPEC 8): the customer's request, the finance review and the payout result. The
 * amount leaves the cash balance when the request is confirmed and comes back exactly once when it
 * is rejected or the payout fails; every move is a ledger entry made under the account's lock.
 */
@ApplicationScoped
public class WithdrawalService {

    /** A designated payee. For a bank card the caller has resolved the branch (bank, province, city, branch name). */
    public record Payee(PayeeType type, String account, String name, Long branchId, String bank, String province,
                        String city, String branch) {
    }

    /** A withdrawal the customer confirms. {@code accountId} is the account whose balance is withdrawn. */
    public record Request(long accountId, long userId, WithdrawalKind kind, Long rechargeId, Money amount,
                          WithdrawalRoute route, Payee payee, WithdrawalReason reason, String reasonText,
                          String smsCode, String idempotencyKey) {
    }

    @Inject
    EntityManager em;

    @Inject
    LedgerService ledger;

    @Inject
    FundsService funds;

    @Inject
    RechargeService recharges;

    @Inject
    SmsCodeService codes;

    @Inject
    BankDirectory banks;

    @Inject
    WithdrawalConfig config;

    @Inject
    Audit audit;

    @Inject
    Event<WithdrawalChanged> changed;

    @Inject
    Clock clock;

    @Inject
    ZoneId zone;

    /**
     * Confirms a withdrawal. Everything is checked under the account's lock before the SMS code is
     * used; repeating a request with the same key answers the first withdrawal and moves nothing.
     */
    @Transactional
    public Withdrawal create(Request r) {
        String key = Params.idempotencyKey(r.idempotencyKey());
        if (r.kind() == null) {
            throw new DomainException(CommonError.INVALID_INPUT, "kind");
        }
        if (r.amount() == null || !r.amount().isPositive()) {
            throw new DomainException(CommonError.INVALID_AMOUNT, r.amount() == null ? "" : r.amount().toPlainString());
        }
        Params.text(r.reasonText(), "reason", 500);
        Account account = ledger.lockAccount(r.accountId());
        Withdrawal earlier = Withdrawal.<Withdrawal>find("accountId = ?1 and idempotencyKey = ?2", account.id, key)
                .firstResult();
        if (earlier != null) {
            if (earlier.kind != r.kind() || !earlier.amount.equals(r.amount())
                    || !Objects.equals(earlier.rechargeId, r.rechargeId())) {
                throw new DomainException(CommonError.IDEMPOTENCY_KEY_REUSED);
            }
            return earlier;
        }
        if (account.status == AccountStatus.FROZEN) {
            throw new DomainException(WithdrawalError.ACCOUNT_FROZEN);
        }
        if (account.status == AccountStatus.CLOSED) {
            throw new DomainException(WithdrawalError.ACCOUNT_CLOSED);
        }
        if (!account.realNameVerified || account.realName == null || account.realName.isBlank()) {
            throw new DomainException(WithdrawalError.REAL_NAME_REQUIRED);
        }
        BalanceParts parts = funds.parts(account);
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        WithdrawalRoute route;
        if (r.kind() == WithdrawalKind.RECHARGE) {
            if (r.rechargeId() == null) {
                throw new DomainException(WithdrawalError.RECHARGE_REQUIRED);
            }
            Recharge recharge = recharges.find(account.id, r.rechargeId());
            Money max = recharge.status == RechargeStatus.PAID ? parts.withdrawableOf(recharge.withdrawable) : Money.ZERO;
            if (max.isLessThan(r.amount())) {
                throw new DomainException(WithdrawalError.AMOUNT_OVER_WITHDRAWABLE, max.toPlainString());
            }
            route = r.route() == null ? WithdrawalRoute.ORIGINAL : r.route();
            if (route == WithdrawalRoute.ORIGINAL && !recharge.originalRouteAvailable(today)) {
                throw new DomainException(WithdrawalError.ORIGINAL_ROUTE_EXPIRED, String.valueOf(recharge.routeUntil));
            }
        } else {
            if (r.rechargeId() != null) {
                throw new DomainException(CommonError.INVALID_INPUT, "rechargeId");
            }
            Money max = parts.nonRechargeWithdrawable();
            if (max.isLessThan(r.amount())) {
                throw new DomainException(WithdrawalError.AMOUNT_OVER_WITHDRAWABLE, max.toPlainString());
            }
            if (r.route() == WithdrawalRoute.ORIGINAL) {
                throw new DomainException(CommonError.INVALID_INPUT, "route");
            }
            route = WithdrawalRoute.DESIGNATED;
        }
        Withdrawal w = new Withdrawal();
        if (route == WithdrawalRoute.DESIGNATED) {
            if (r.reason() == null || r.reason().kind() != r.kind()) {
                throw new DomainException(WithdrawalError.REASON_REQUIRED);
            }
            w.reason = r.reason();
            w.reasonText = blankToNull(r.reasonText());
            designate(w, r.payee(), account);
        }
        List<RiskFlag> risks = risks(account);
        // the code is the last check: a request refused for anything else keeps its code
        codes.consume(account.id, SmsPurpose.WITHDRAWAL, r.smsCode());
        Instant now = clock.instant();
        w.accountId = account.id;
        w.requestedBy = r.userId();
        w.kind = r.kind();
        w.rechargeId = r.rechargeId();
        w.amount = r.amount();
        w.route = route;
        w.riskFlags = risks.isEmpty() ? null : String.join(",", risks.stream().map(Enum::name).toList());
        boolean review = route == WithdrawalRoute.DESIGNATED || !risks.isEmpty();
        w.status = review ? WithdrawalStatus.UNDER_REVIEW : WithdrawalStatus.APPROVED_AWAITING_PAYOUT;
        w.approvedAt = review ? null : now;
        w.needsTwoApprovals = review && Money.parse(config.twoApprovalsAbove()).isLessThan(r.amount());
        w.payoutKey = "WD" + RandomTokens.hex(16).toUpperCase();
        w.idempotencyKey = key;
        w.createdAt = now;
        w.persist();
        ledger.withdraw(account, r.amount(), w.id, w.rechargeId);
        fire(w);
        return w;
    }

    /**
     * A finance user approves. Nobody approves a request they made; a large request needs a second,
     * different approver before it goes to payout.
     */
    @Transactional
    public Withdrawal approve(long withdrawalId, long financeUserId) {
        Withdrawal w = lock(withdrawalId);
        requireReviewable(w, financeUserId);
        Instant now = clock.instant();
        if (w.needsTwoApprovals && w.firstApprovedBy == null) {
            w.firstApprovedBy = financeUserId;
            w.firstApprovedAt = now;
            audit.record(AuditAction.WITHDRAWAL_FIRST_APPROVAL, w.requestedBy, target(w), w.amount.toPlainString());
            return w;
        }
        if (w.needsTwoApprovals && w.firstApprovedBy == financeUserId) {
            throw new DomainException(WithdrawalError.ALREADY_APPROVED_BY_YOU);
        }
        w.approvedBy = financeUserId;
        w.approvedAt = now;
        w.status = WithdrawalStatus.APPROVED_AWAITING_PAYOUT;
        audit.record(AuditAction.WITHDRAWAL_APPROVED, w.requestedBy, target(w), w.amount.toPlainString());
        fire(w);
        return w;
    }

    /** A finance user rejects with a reason; the amount goes back to the balance (and to its recharge). */
    @Transactional
    public Withdrawal reject(long withdrawalId, long financeUserId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new DomainException(WithdrawalError.REJECT_REASON_REQUIRED);
        }
        Params.text(reason, "reason", 500);
        Withdrawal w = lock(withdrawalId);
        requireReviewable(w, financeUserId);
        Account account = ledger.lockAccount(w.accountId);
        w.status = WithdrawalStatus.REJECTED;
        w.rejectedBy = financeUserId;
        w.rejectReason = reason.trim();
        w.finishedAt = clock.instant();
        ledger.returnWithdrawal(account, w.amount, w.id, w.rechargeId);
        audit.record(AuditAction.WITHDRAWAL_REJECTED, w.requestedBy, target(w), reason.trim());
        fire(w);
        return w;
    }

    /**
     * The payout's outcome, from the payout job or recorded by finance ({@code byUserId}, null for the
     * job). A failure returns the amount; a second result for the same withdrawal is refused.
     */
    @Transactional
    public Withdrawal recordPayout(long withdrawalId, boolean succeeded, PayoutFailure failure, Long byUserId) {
        if (!succeeded && failure == null) {
            throw new DomainException(WithdrawalError.FAILURE_CODE_REQUIRED);
        }
        Withdrawal w = lock(withdrawalId);
        if (w.status != WithdrawalStatus.APPROVED_AWAITING_PAYOUT) {
            throw new DomainException(WithdrawalError.NOT_AWAITING_PAYOUT, String.valueOf(w.id));
        }
        w.finishedAt = clock.instant();
        if (succeeded) {
            w.status = WithdrawalStatus.SUCCEEDED;
        } else {
            Account account = ledger.lockAccount(w.accountId);
            w.status = WithdrawalStatus.FAILED;
            w.failureCode = failure;
            ledger.returnWithdrawal(account, w.amount, w.id, w.rechargeId);
        }
        audit.record(AuditAction.WITHDRAWAL_PAYOUT_RECORDED, w.requestedBy, target(w),
                succeeded ? "SUCCEEDED" : "FAILED " + failure + (byUserId == null ? " (payout job)" : ""));
        fire(w);
        return w;
    }

    /** Notes that the payout was handed to the provider (the job calls it after the provider accepted the key). */
    @Transactional
    public void markSubmitted(long withdrawalId, String payoutRef) {
        Withdrawal w = lock(withdrawalId);
        if (w.payoutSubmittedAt == null) {
            w.payoutSubmittedAt = clock.instant();
            w.payoutRef = payoutRef == null ? null : Params.text(payoutRef, "payoutRef", 60);
        }
    }

    /** One of the account's withdrawals; any other id is not found. */
    @Transactional
    public Withdrawal find(long accountId, long withdrawalId) {
        Withdrawal w = em.find(Withdrawal.class, withdrawalId);
        if (w == null || w.accountId != accountId) {
            throw new DomainException(WithdrawalError.WITHDRAWAL_NOT_FOUND, String.valueOf(withdrawalId));
        }
        return w;
    }

    /** Any withdrawal (finance). */
    @Transactional
    public Withdrawal get(long withdrawalId) {
        Withdrawal w = em.find(Withdrawal.class, withdrawalId);
        if (w == null) {
            throw new DomainException(WithdrawalError.WITHDRAWAL_NOT_FOUND, String.valueOf(withdrawalId));
        }
        return w;
    }

    /** The account's withdrawals, newest first. */
    @Transactional
    public PageOf<Withdrawal> list(long accountId, int page, int size) {
        var query = Withdrawal.<Withdrawal>find("accountId", Sort.descending("createdAt").and("id", Sort.Direction.Descending),
                accountId);
        return PageOf.of(query.page(Page.of(page - 1, size)).list(), page, size, query::count);
    }

    /** Every withdrawal in a status (all when null), oldest first: the finance queue. */
    @Transactional
    public PageOf<Withdrawal> queue(WithdrawalStatus status, int page, int size) {
        var query = status == null
                ? Withdrawal.<Withdrawal>findAll(Sort.ascending("createdAt", "id"))
                : Withdrawal.<Withdrawal>find("status", Sort.ascending("createdAt", "id"), status);
        return PageOf.of(query.page(Page.of(page - 1, size)).list(), page, size, query::count);
    }

    private void designate(Withdrawal w, Payee payee, Account account) {
        if (payee == null || payee.type() == null || blank(payee.account()) || blank(payee.name())) {
            throw new DomainException(WithdrawalError.PAYEE_REQUIRED);
        }
        String payeeAccount = payee.account().replace(" ", "");
        Params.text(payeeAccount, "payee.account", 40);
        Params.text(payee.name(), "payee.name", 100);
        if (!payee.name().trim().equals(account.realName.trim())) {
            throw new DomainException(WithdrawalError.PAYEE_NAME_MISMATCH);
        }
        if (payee.type() == PayeeType.BANK_CARD) {
            if (payee.branchId() == null || blank(payee.bank()) || blank(payee.province()) || blank(payee.city())
                    || blank(payee.branch())) {
                throw new DomainException(WithdrawalError.PAYEE_REQUIRED);
            }
            if (!payeeAccount.matches("\\d{8,30}")) {
                throw new DomainException(CommonError.INVALID_INPUT, "payee.account");
            }
            w.branchId = payee.branchId();
            w.payeeBank = banks.find(payee.bank()).orElseThrow(
                    () -> new DomainException(CommonError.INVALID_INPUT, "payee.bank")).code;
            w.payeeProvince = Params.text(payee.province(), "payee.province", 30);
            w.payeeCity = Params.text(payee.city(), "payee.city", 30);
            w.payeeBranch = Params.text(payee.branch(), "payee.branch", 100);
        }
        w.payeeType = payee.type();
        w.payeeAccount = payeeAccount;
        w.payeeName = payee.name().trim();
    }

    /**
     * SPEC 8 risk rule: a same-name account that is overdue sends even an original-route withdrawal to
     * review. "Overdue" (SPEC 12): another account with the same verified real name has a bill left
     * unpaid past the grace of its products (the shortest grace among the bill's resources).
     */
    private List<RiskFlag> risks(Account account) {
        List<RiskFlag> risks = new ArrayList<>();
        Object overdue = em.createNativeQuery("""
                        select exists (
                          select 1 from account a join bill b on b.account_id = a.id and b.paid_fen < b.amount_fen
                           where a.real_name = ?1 and a.id <> ?2 and a.real_name_verified
                             and b.issued_at + make_interval(days => (
                                   select coalesce(min(p.payg_grace_days), 1) from bill_line l
                                     join cloud_resource r on r.id = l.resource_id
                                     join product_rule p on p.product_type = r.product_type
                                    where l.bill_id = b.id)) <= ?3)""")
                .setParameter(1, account.realName.trim()).setParameter(2, account.id)
                .setParameter(3, clock.instant()).getSingleResult();
        if (Boolean.TRUE.equals(overdue)) {
            risks.add(RiskFlag.SAME_NAME_OVERDUE);
        }
        return risks;
    }

    private void requireReviewable(Withdrawal w, long financeUserId) {
        if (w.status != WithdrawalStatus.UNDER_REVIEW) {
            throw new DomainException(WithdrawalError.NOT_UNDER_REVIEW, String.valueOf(w.id));
        }
        if (w.requestedBy == financeUserId) {
            throw new DomainException(WithdrawalError.OWN_REQUEST);
        }
    }

    private Withdrawal lock(long withdrawalId) {
        Withdrawal w = em.find(Withdrawal.class, withdrawalId, LockModeType.PESSIMISTIC_WRITE);
        if (w == null) {
            throw new DomainException(WithdrawalError.WITHDRAWAL_NOT_FOUND, String.valueOf(withdrawalId));
        }
        return w;
    }

    private void fire(Withdrawal w) {
        changed.fire(new WithdrawalChanged(w.id, w.accountId, w.status));
    }

    private static String target(Withdrawal w) {
        return "withdrawal " + w.id + " account " + w.accountId;
    }


    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String blankToNull(String s) {
        return blank(s) ? null : s.trim();
    }

}
