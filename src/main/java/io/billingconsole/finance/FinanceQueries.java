package io.billingconsole.finance;

import io.billingconsole.account.Account;
import io.billingconsole.account.AccountService;
import io.billingconsole.account.AuditAction;
import io.billingconsole.account.AuditEntry;
import io.billingconsole.funds.BalanceParts;
import io.billingconsole.funds.FundsService;
import io.billingconsole.recharge.Recharge;
import io.billingconsole.recharge.RechargeService;
import io.billingconsole.shared.PageOf;
import io.billingconsole.withdrawal.ProofFiles;
import io.billingconsole.withdrawal.Withdrawal;
import io.billingconsole.withdrawal.WithdrawalConfig;
import io.billingconsole.withdrawal.WithdrawalService;
import io.billingconsole.withdrawal.WithdrawalStatus;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What the finance back office reads (read-only): withdrawals counted by status, one withdrawal with
 * everything its review needs, and the audit log of the finance actions. Changes go through
 * {@link WithdrawalService}, which checks and audits them.
 */
@ApplicationScoped
public class FinanceQueries {

    /** The audit actions of finance work, as the finance audit log lists them. */
    public static final List<AuditAction> FINANCE_ACTIONS = List.of(AuditAction.RECHARGE_RECORDED,
            AuditAction.WITHDRAWAL_FIRST_APPROVAL, AuditAction.WITHDRAWAL_APPROVED, AuditAction.WITHDRAWAL_REJECTED,
            AuditAction.WITHDRAWAL_PAYOUT_RECORDED, AuditAction.INVOICE_DEBT_OFFSET_UNDONE);

    /** How many withdrawals are in a status. */
    public record StatusCount(WithdrawalStatus status, long count) {
    }

    /**
     * One withdrawal as finance reviews it: the account, the proofs, the balance parts, the account's
     * recent withdrawals, the recharge it goes back to (if any) and the names of the users involved.
     */
    public record Review(Withdrawal withdrawal, Account account, List<ProofFiles.ProofInfo> proofs, BalanceParts parts,
                         List<Withdrawal> recent, Recharge recharge, Map<Long, String> usernames) {

        public String username(Long userId) {
            return userId == null ? null : usernames.getOrDefault(userId, "#" + userId);
        }

        /** Approvals given / needed. */
        public int approvalsDone() {
            return FinanceQueries.approvalsDone(withdrawal);
        }
    }

    @Inject
    EntityManager em;

    @Inject
    WithdrawalService withdrawals;

    @Inject
    ProofFiles proofs;

    @Inject
    FundsService funds;

    @Inject
    AccountService accounts;

    @Inject
    RechargeService recharges;

    @Inject
    WithdrawalConfig config;

    /** Every status with its count (zero included), in the order of the statuses. */
    @Transactional
    public List<StatusCount> countsByStatus() {
        Map<WithdrawalStatus, Long> counts = new EnumMap<>(WithdrawalStatus.class);
        for (WithdrawalStatus s : WithdrawalStatus.values()) {
            counts.put(s, 0L);
        }
        em.createQuery("select w.status, count(w) from Withdrawal w group by w.status", Object[].class)
                .getResultList().forEach(row -> counts.put((WithdrawalStatus) row[0], (Long) row[1]));
        List<StatusCount> result = new ArrayList<>();
        counts.forEach((status, count) -> result.add(new StatusCount(status, count)));
        return result;
    }

    /** One withdrawal with all its review needs; an unknown id is not found. */
    @Transactional
    public Review review(long withdrawalId) {
        Withdrawal w = withdrawals.get(withdrawalId);
        Account account = accounts.require(w.accountId);
        List<Withdrawal> recent = withdrawals.list(w.accountId, 1, 10).items();
        Recharge recharge = w.rechargeId == null ? null : recharges.find(w.accountId, w.rechargeId);
        Set<Long> users = new HashSet<>();
        users.add(w.requestedBy);
        users.add(w.firstApprovedBy);
        users.add(w.approvedBy);
        users.add(w.rejectedBy);
        return new Review(w, account, proofs.list(withdrawalId), funds.parts(account), recent, recharge,
                usernames(users));
    }

    /** The users' login names by id (unknown ids are left out). */
    @Transactional
    public Map<Long, String> usernames(Set<Long> userIds) {
        List<Long> ids = userIds.stream().filter(Objects::nonNull).toList();
        Map<Long, String> names = new HashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        em.createQuery("select u.id, u.username from AppUser u where u.id in :ids", Object[].class)
                .setParameter("ids", ids).getResultList()
                .forEach(row -> names.put((Long) row[0], (String) row[1]));
        return names;
    }

    /** The audit entries of finance actions, newest first. */
    @Transactional
    public PageOf<AuditEntry> audit(int page, int size) {
        var query = AuditEntry.<AuditEntry>find("action in ?1", Sort.descending("at", "id"), FINANCE_ACTIONS);
        return PageOf.of(query.page(Page.of(page - 1, size)).list(), page, size, query::count);
    }

    /** The amount above which a withdrawal needs two approvers, as configured ("5000.00"). */
    public String twoApprovalsAbove() {
        return config.twoApprovalsAbove();
    }

    /** Approvals a withdrawal has: 1 once approved (or first-approved), 2 once both approvers agreed. */
    public static int approvalsDone(Withdrawal w) {
        int done = w.firstApprovedBy == null ? 0 : 1;
        if (w.approvedBy != null) {
            done++;
        }
        return done;
    }

    /** Approvals a withdrawal needs: none when it skipped review, else one or two. */
    public static int approvalsNeeded(Withdrawal w) {
        return w.needsTwoApprovals ? 2 : 1;
    }
}
