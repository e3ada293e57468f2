package io.billingconsole.transfer;

import io.billingconsole.account.Account;
import io.billingconsole.account.AccountError;
import io.billingconsole.account.Audit;
import io.billingconsole.account.AuditAction;
import io.billingconsole.funds.BalanceParts;
import io.billingconsole.funds.FundsService;
import io.billingconsole.ledger.LedgerService;
import io.billingconsole.ledger.RechargeShare;
import io.billingconsole.shared.Columns;
import io.billingconsole.shared.CommonError;
import io.billingconsole.shared.DomainException;
import io.billingconsole.shared.Money;
import io.billingconsole.shared.PageOf;
import io.billingconsole.shared.Params;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Transfers inside one enterprise (SPEC 11): a master account moves cash to its members and
 * recalls what is left of it. Both accounts are locked (lower id first) before money moves.
 */
@ApplicationScoped
public class TransferService {

    /** A transfer the master asks for. */
    public record Command(long fromAccountId, long toAccountId, Money amount, String note, String idempotencyKey,
                          Long userId) {
    }

    @Inject
    EntityManager em;

    @Inject
    LedgerService ledger;

    @Inject
    FundsService funds;

    @Inject
    Clock clock;

    @Inject
    Audit audit;

    /**
     * Links {@code memberId} to {@code masterId} (null unlinks). A master is no member, a member has no
     * members, an account is not its own master. Audited (MASTER_LINKED).
     */
    @Transactional
    public void link(long memberId, Long masterId) {
        Account member = ledger.lockAccount(memberId);
        audit.record(AuditAction.MASTER_LINKED, null, "account " + memberId,
                "master " + member.masterAccountId + " -> " + masterId);
        if (masterId == null) {
            member.masterAccountId = null;
            return;
        }
        Account master = em.find(Account.class, masterId);
        if (master == null) {
            throw new DomainException(AccountError.ACCOUNT_NOT_FOUND, String.valueOf(masterId));
        }
        long membersOfMember = em.createQuery("select count(a) from Account a where a.masterAccountId = :id", Long.class)
                .setParameter("id", memberId).getSingleResult();
        if (masterId == memberId || master.masterAccountId != null || membersOfMember > 0) {
            throw new DomainException(TransferError.MASTER_LINK_INVALID);
        }
        member.masterAccountId = masterId;
    }

    /** The member accounts of a master, by id. */
    @Transactional
    public List<Account> members(long masterId) {
        return Account.<Account>find("masterAccountId", Sort.ascending("id"), masterId).list();
    }

    /**
     * Moves money to a member. Repeating a request with the same key answers the first transfer and
     * moves nothing; the same key with another payee or amount is refused.
     */
    @Transactional
    public Transfer transfer(Command command) {
        String key = Params.idempotencyKey(command.idempotencyKey());
        Params.text(command.note(), "note", Columns.LEDGER_NOTE);
        if (command.amount() == null || !command.amount().isPositive()) {
            throw new DomainException(CommonError.INVALID_AMOUNT,
                    command.amount() == null ? "" : command.amount().toPlainString());
        }
        if (command.toAccountId() == command.fromAccountId()) {
            throw new DomainException(AccountError.ACCOUNT_NOT_FOUND, String.valueOf(command.toAccountId()));
        }
        // lock first, then read: a balance read before its lock could be stale
        Account[] locked = lockBoth(command.fromAccountId(), command.toAccountId());
        Account master = locked[0].id == command.fromAccountId() ? locked[0] : locked[1];
        Account lockedMember = master == locked[0] ? locked[1] : locked[0];
        if (lockedMember.masterAccountId == null || !lockedMember.masterAccountId.equals(master.id)) {
            // a customer sees no account outside its enterprise
            throw new DomainException(AccountError.ACCOUNT_NOT_FOUND, String.valueOf(command.toAccountId()));
        }
        Transfer earlier = Transfer.<Transfer>find("fromAccountId = ?1 and idempotencyKey = ?2", master.id, key)
                .firstResult();
        if (earlier != null) {
            if (earlier.toAccountId != command.toAccountId() || !earlier.amount.equals(command.amount())) {
                throw new DomainException(CommonError.IDEMPOTENCY_KEY_REUSED);
            }
            return earlier;
        }
        BalanceParts parts = funds.parts(master);
        if (parts.transferable().isLessThan(command.amount())) {
            throw new DomainException(TransferError.AMOUNT_OVER_TRANSFERABLE, parts.transferable().toPlainString());
        }
        Transfer transfer = new Transfer();
        transfer.fromAccountId = master.id;
        transfer.toAccountId = lockedMember.id;
        transfer.amount = command.amount();
        transfer.remaining = command.amount();
        transfer.note = command.note();
        transfer.idempotencyKey = key;
        transfer.createdBy = command.userId();
        transfer.createdAt = clock.instant();
        transfer.persist();
        for (RechargeShare share : ledger.transfer(master, lockedMember, command.amount(), transfer.id)) {
            TransferSource source = new TransferSource();
            source.key = new TransferSource.Key(transfer.id, share.rechargeId());
            source.taken = share.amount();
            source.restored = Money.ZERO;
            source.persist();
        }
        return transfer;
    }

    /** What the master can still take back of a transfer: what is left of it at the member, within the member's cash. */
    @Transactional
    public Money recallable(long masterId, long transferId) {
        Transfer transfer = findSent(masterId, transferId);
        Account member = em.find(Account.class, transfer.toAccountId);
        return recallable(transfer, member);
    }

    /** The master takes back {@code amount} of a transfer; the master's recharges get their withdrawable amount back. */
    @Transactional
    public Transfer recall(long masterId, long transferId, Money amount) {
        if (amount == null || !amount.isPositive()) {
            throw new DomainException(CommonError.INVALID_AMOUNT, amount == null ? "" : amount.toPlainString());
        }
        Transfer transfer = findSent(masterId, transferId);
        Account[] locked = lockBoth(transfer.fromAccountId, transfer.toAccountId);
        Account master = locked[0].id == masterId ? locked[0] : locked[1];
        Account member = master == locked[0] ? locked[1] : locked[0];
        em.refresh(transfer);
        Money max = recallable(transfer, member);
        if (max.isLessThan(amount)) {
            throw new DomainException(TransferError.AMOUNT_OVER_RECALLABLE, max.toPlainString());
        }
        List<RechargeShare> restore = new ArrayList<>();
        Money left = amount;
        for (TransferSource source : TransferSource.<TransferSource>list("key.transferId = ?1 order by key.rechargeId",
                transfer.id)) {
            Money part = Money.min(left, source.restorable());
            if (part.isPositive()) {
                source.restored = source.restored.plus(part);
                restore.add(new RechargeShare(source.key.rechargeId(), part));
                left = left.minus(part);
            }
        }
        ledger.recall(master, member, amount, transfer.id, restore);
        em.flush();
        em.refresh(transfer);
        return transfer;
    }

    /** A transfer the account sent or received; any other id is not found. */
    @Transactional
    public Transfer find(long accountId, long transferId) {
        Transfer transfer = em.find(Transfer.class, transferId);
        if (transfer == null || (transfer.fromAccountId != accountId && transfer.toAccountId != accountId)) {
            throw new DomainException(TransferError.TRANSFER_NOT_FOUND, String.valueOf(transferId));
        }
        return transfer;
    }

    /** Transfers the account sent or received, newest first. */
    @Transactional
    public PageOf<Transfer> list(long accountId, int page, int size) {
        var query = Transfer.<Transfer>find("fromAccountId = ?1 or toAccountId = ?1",
                Sort.descending("createdAt").and("id", Sort.Direction.Descending), accountId);
        return PageOf.of(query.page(Page.of(page - 1, size)).list(), page, size, query::count);
    }

    private Transfer findSent(long masterId, long transferId) {
        Transfer transfer = em.find(Transfer.class, transferId);
        if (transfer == null || transfer.fromAccountId != masterId) {
            throw new DomainException(TransferError.TRANSFER_NOT_FOUND, String.valueOf(transferId));
        }
        return transfer;
    }

    private static Money recallable(Transfer transfer, Account member) {
        return Money.max(Money.ZERO, Money.min(transfer.remaining,
                Money.min(member.transferredIn, member.cashBalance)));
    }

    private Account[] lockBoth(long a, long b) {
        Account first = ledger.lockAccount(Math.min(a, b));
        Account second = ledger.lockAccount(Math.max(a, b));
        return new Account[] {first, second};
    }

}
