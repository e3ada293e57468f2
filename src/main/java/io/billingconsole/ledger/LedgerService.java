package io.billingconsole.ledger;

import io.billingconsole.account.Account;
import io.billingconsole.account.AccountError;
import io.billingconsole.shared.Columns;
import io.billingconsole.shared.CommonError;
import io.billingconsole.shared.DomainException;
import io.billingconsole.shared.Money;
import io.billingconsole.shared.SkipLocked;
import io.billingconsole.shared.PageOf;
import io.billingconsole.shared.Params;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The only place where balances change: every change locks the account row, changes it and
 * appends the matching ledger entries in the same transaction.
 */
@ApplicationScoped
public class LedgerService {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ZoneId zone;

    @Inject
    AmountLimits limits;

    @Inject
    FundSources sources;

    @Inject
    Event<CashArrived> cashArrived;

    /** Loads the account with a row lock held until the transaction ends. */
    @Transactional(TxType.MANDATORY)
    public Account lockAccount(long accountId) {
        Account account = em.find(Account.class, accountId, LockModeType.PESSIMISTIC_WRITE);
        if (account == null) {
            throw new DomainException(AccountError.ACCOUNT_NOT_FOUND, String.valueOf(accountId));
        }
        return account;
    }

    /**
     * The account with a row lock, or empty at once when another transaction holds it ({@code skip locked}): for a
     * sweep that comes back to a busy account later instead of waiting for it.
     */
    @Transactional(TxType.MANDATORY)
    public Optional<Account> tryLockAccount(long accountId) {
        return Optional.ofNullable(em.find(Account.class, accountId, LockModeType.PESSIMISTIC_WRITE,
                SkipLocked.HINTS));
    }

    /**
     * Pays {@code amount} for an order: vouchers first (soonest expiring first), then cash, then the
     * credit line. Refuses with the missing amount, changing nothing, when that is not enough.
     */
    @Transactional(TxType.MANDATORY)
    public Payment pay(Account lockedAccount, Money amount, Long orderId) {
        return pay(spendable(lockedAccount), amount, orderId);
    }

    /**
     * What a locked account can pay with now: its usable vouchers (locked too, soonest expiring first) besides its
     * cash and credit line. One query, read once for {@link #shortfall(Spendable, Money)}, {@link #plan} and
     * {@link #pay(Spendable, Money, Long)} of the same payment.
     */
    public record Spendable(Account account, List<Voucher> vouchers) {
    }

    @Transactional(TxType.MANDATORY)
    public Spendable spendable(Account lockedAccount) {
        return new Spendable(lockedAccount, usableVouchers(lockedAccount.id, clock.instant(), true));
    }

    /**
     * What {@code funds}, read earlier in this transaction, holds for the next payment: the same locked account and
     * vouchers, without those spent to zero or expired since. No query: nobody else can change them while the
     * account is locked (a voucher is granted under the account's lock too).
     */
    public Spendable stillSpendable(Spendable funds) {
        Instant now = clock.instant();
        return new Spendable(funds.account(), funds.vouchers().stream().filter(v -> v.usableAt(now)).toList());
    }

    /** How much is missing to pay {@code amount} from what {@code funds} holds (zero when it can be paid). */
    public Money shortfall(Spendable funds, Money amount) {
        return Money.max(Money.ZERO, missing(amount, funds.vouchers(), funds.account()));
    }

    /**
     * How {@link #pay(Spendable, Money, Long)} will split {@code amount} (vouchers, then positive cash, then the
     * credit line), before paying: an order can be written paid in one insert. Only when it can be paid.
     */
    public Payment plan(Spendable funds, Money amount) {
        Money voucherTotal = funds.vouchers().stream().map(v -> v.remaining).reduce(Money.ZERO, Money::plusCapped);
        Money fromVouchers = Money.min(amount, voucherTotal);
        Money fromCash = funds.account().cashPartOf(amount.minus(fromVouchers));
        return new Payment(fromVouchers, fromCash, amount.minus(fromVouchers).minus(fromCash));
    }

    /** {@link #pay(Account, Money, Long)} with the vouchers already read and locked by {@link #spendable}. */
    @Transactional(TxType.MANDATORY)
    public Payment pay(Spendable funds, Money amount, Long orderId) {
        Account lockedAccount = funds.account();
        Instant now = clock.instant();
        List<Voucher> vouchers = funds.vouchers();
        Money missing = missing(amount, vouchers, lockedAccount);
        if (missing.isPositive()) {
            throw new DomainException(AccountError.INSUFFICIENT_BALANCE, missing.toPlainString());
        }
        Money left = amount;
        Money fromVouchers = Money.ZERO;
        for (Voucher voucher : vouchers) {
            if (!left.isPositive()) {
                break;
            }
            Money taken = voucher.spend(left);
            if (!taken.isPositive()) {
                continue;
            }
            left = left.minus(taken);
            fromVouchers = fromVouchers.plus(taken);
            append(lockedAccount, EntryType.PAYMENT, Pocket.VOUCHER, taken.negate(), orderId, voucher.id, voucher.name,
                    voucher.nameCode, now);
        }
        Money fromCash = lockedAccount.cashPartOf(left);
        Money fromCredit = left.minus(fromCash);
        spendCash(lockedAccount, fromCash, EntryType.PAYMENT, orderId, Refs.NONE, now);
        if (fromCredit.isPositive()) {
            lockedAccount.debit(fromCredit);
            append(lockedAccount, EntryType.PAYMENT, Pocket.CREDIT, fromCredit.negate(), orderId, null, null, null, now);
        }
        return new Payment(fromVouchers, fromCash, fromCredit);
    }

    /**
     * Spends positive cash: transferred-in funds before the account's own cash (SPEC 11); own cash
     * takes the oldest recharge's withdrawable amount first (SPEC 10).
     */
    private void spendCash(Account lockedAccount, Money amount, EntryType type, Long orderId, Refs refs, Instant now) {
        Money fromTransferred = Money.min(amount, lockedAccount.transferredIn);
        Money fromOwnCash = amount.minus(fromTransferred);
        if (fromTransferred.isPositive()) {
            lockedAccount.debit(fromTransferred);
            lockedAccount.transferredIn = lockedAccount.transferredIn.minus(fromTransferred);
            sources.spendTransfers(lockedAccount.id, fromTransferred);
            append(lockedAccount, type, Pocket.TRANSFERRED, fromTransferred.negate(), orderId, null, null, null, now, refs);
        }
        if (fromOwnCash.isPositive()) {
            lockedAccount.debit(fromOwnCash);
            sources.takeFromRecharges(lockedAccount.id, fromOwnCash);
            append(lockedAccount, type, Pocket.CASH, fromOwnCash.negate(), orderId, null, null, null, now, refs);
        }
    }

    /**
     * Pays up to {@code max} of a PAYG bill from the cash balance only (SPEC 12): transferred-in funds
     * first, then the account's own cash. Vouchers and the credit line never pay bills. Returns what it
     * paid: zero when the cash balance is not positive.
     */
    @Transactional(TxType.MANDATORY)
    public Money payBill(Account lockedAccount, Money max, long billId) {
        Money amount = lockedAccount.cashPartOf(max);
        if (amount.isPositive()) {
            spendCash(lockedAccount, amount, EntryType.BILL_PAYMENT, null, Refs.bill(billId), clock.instant());
        }
        return amount;
    }

    /**
     * Gives back part of one order for an unsubscribe refund (SPEC 13): {@code cash} to the cash balance
     * (to transferred-in funds as far as the order was paid from them and not given back yet; the rest
     * to the account's own cash, which becomes withdrawable by its recharges again as far as they lost
     * it), {@code credit} back to the credit line used. Vouchers are never refunded. Then
     * {@link CashArrived} lets auto-repay pay arrears.
     */
    @Transactional(TxType.MANDATORY)
    public void refund(Account lockedAccount, long orderId, Money cash, Money credit, long refundId) {
        if (cash.isNegative() || credit.isNegative() || !cash.plus(credit).isPositive()) {
            throw new DomainException(CommonError.INVALID_AMOUNT, cash.plus(credit).toPlainString());
        }
        requireHeadroom(lockedAccount, cash.plus(credit));
        Instant now = clock.instant();
        Refs refs = Refs.refund(refundId);
        Money toTransferred = Money.min(cash, sources.transferredPaidFor(orderId));
        Money toOwnCash = cash.minus(toTransferred);
        if (toTransferred.isPositive()) {
            lockedAccount.credit(toTransferred);
            lockedAccount.transferredIn = lockedAccount.transferredIn.plus(toTransferred);
            sources.restoreTransfers(lockedAccount.id, toTransferred);
            append(lockedAccount, EntryType.REFUND, Pocket.TRANSFERRED, toTransferred, orderId, null, null, null, now, refs);
        }
        if (toOwnCash.isPositive()) {
            lockedAccount.credit(toOwnCash);
            Money others = sources.rechargeRemainders(lockedAccount.id, null);
            sources.restoreRecharges(lockedAccount.id,
                    Money.min(toOwnCash, Money.max(Money.ZERO, lockedAccount.ownCash().minus(others))));
            append(lockedAccount, EntryType.REFUND, Pocket.CASH, toOwnCash, orderId, null, null, null, now, refs);
        }
        if (credit.isPositive()) {
            lockedAccount.credit(credit);
            append(lockedAccount, EntryType.REFUND, Pocket.CREDIT, credit, orderId, null, null, null, now, refs);
        }
        cashArrived.fire(new CashArrived(lockedAccount));
    }

    /**
     * How much is missing to pay {@code amount} from vouchers, cash and credit line (zero when it can
     * be paid). Lets a caller decide before {@link #pay} refuses, which would roll its transaction back.
     */
    @Transactional(TxType.MANDATORY)
    public Money shortfall(Account lockedAccount, Money amount) {
        return Money.max(Money.ZERO, missing(amount, usableVouchers(lockedAccount.id, clock.instant(), true), lockedAccount));
    }

    /**
     * How much is missing to pay {@code amount} with what {@code balance} shows as spendable (zero when it
     * can be paid): the amount {@link #pay} would refuse with, for a page that shows it before the click.
     */
    public Money shortfall(BalanceSummary balance, Money amount) {
        return missing(amount, balance.spendable());
    }

    private static Money missing(Money amount, List<Voucher> vouchers, Account account) {
        // capped sums: an account holding more than a long of fen can still pay (and is never short)
        Money voucherTotal = vouchers.stream().map(v -> v.remaining).reduce(Money.ZERO, Money::plusCapped);
        return missing(amount, voucherTotal.plusCapped(account.cashBalance).plusCapped(account.creditLine));
    }

    private static Money missing(Money amount, Money available) {
        return available.fen() >= amount.fen() ? Money.ZERO : amount.minus(available);
    }

    /** Records money received for the account with a note the system writes (shown in the viewer's language). */
    @Transactional
    public LedgerEntry topUp(long accountId, Money amount, LedgerText note) {
        return credit(accountId, amount, null, note);
    }

    /** Records money received for the account (a bank transfer, an online top-up). */
    @Transactional
    public LedgerEntry topUp(long accountId, Money amount, String note) {
        return credit(accountId, amount, note, null);
    }

    private LedgerEntry credit(long accountId, Money amount, String note, LedgerText noteCode) {
        if (!amount.isPositive()) {
            throw new DomainException(CommonError.INVALID_AMOUNT, amount.toPlainString());
        }
        limits.requireTopUp(amount);
        Params.text(note, "note", Columns.LEDGER_NOTE);
        Account account = lockAccount(accountId);
        requireHeadroom(account, amount);
        account.credit(amount);
        return append(account, EntryType.TOP_UP, Pocket.CASH, amount, null, null, note, noteCode, clock.instant());
    }

    /**
     * Grants a voucher the system names ({@code name}'s Chinese text is kept as its stored name; pages
     * show the name in the viewer's language).
     */
    @Transactional
    public Voucher grantVoucher(long accountId, LedgerText name, String storedName, Money amount, Instant expiresAt) {
        return grant(accountId, storedName, name, amount, expiresAt);
    }

    @Transactional
    public Voucher grantVoucher(long accountId, String name, Money amount, Instant expiresAt) {
        return grant(accountId, name, null, amount, expiresAt);
    }

    private Voucher grant(long accountId, String name, LedgerText nameCode, Money amount, Instant expiresAt) {
        if (!amount.isPositive()) {
            throw new DomainException(CommonError.INVALID_AMOUNT, amount.toPlainString());
        }
        limits.requireVoucher(amount);
        Params.text(name, "name", Columns.VOUCHER_NAME);
        Params.storable(expiresAt, expiresAt.toString());
        Account account = lockAccount(accountId);
        Voucher voucher = new Voucher();
        voucher.accountId = accountId;
        voucher.name = name;
        voucher.nameCode = nameCode;
        voucher.faceValue = amount;
        voucher.remaining = amount;
        voucher.expiresAt = expiresAt;
        voucher.createdAt = clock.instant();
        voucher.persist();
        append(account, EntryType.VOUCHER_GRANT, Pocket.VOUCHER, amount, null, voucher.id, name, nameCode,
                voucher.createdAt);
        return voucher;
    }

    /**
     * Refuses, before anything is written, a credit after which the balance (or what the account can
     * spend with its credit line) would no longer fit in a long of fen.
     */
    private static void requireHeadroom(Account account, Money amount) {
        if (Long.MAX_VALUE - amount.fen() - Math.max(0, account.creditLine.fen()) < account.cashBalance.fen()) {
            throw new DomainException(CommonError.AMOUNT_OUT_OF_RANGE);
        }
    }

    /**
     * A paid recharge reaches the cash balance. Its withdrawable remainder is what of it is really
     * there: when the balance was below zero (credit used), the recharge first paid that back.
     */
    @Transactional(TxType.MANDATORY)
    public LedgerEntry rechargePaid(Account lockedAccount, Money amount, long rechargeId, LedgerText noteCode,
                                    String note) {
        if (!amount.isPositive()) {
            throw new DomainException(CommonError.INVALID_AMOUNT, amount.toPlainString());
        }
        Params.text(note, "note", Columns.LEDGER_NOTE);
        requireHeadroom(lockedAccount, amount);
        lockedAccount.credit(amount);
        LedgerEntry entry = append(lockedAccount, EntryType.TOP_UP, Pocket.CASH, amount, null, null, note, noteCode,
                clock.instant(), Refs.recharge(rechargeId));
        Money others = sources.rechargeRemainders(lockedAccount.id, rechargeId);
        sources.setRemainder(rechargeId, Money.min(amount, Money.max(Money.ZERO, lockedAccount.ownCash().minus(others))));
        cashArrived.fire(new CashArrived(lockedAccount));
        return entry;
    }

    /**
     * Money leaves for a withdrawal when it is confirmed. A withdrawal by recharge order also takes the
     * amount off that recharge's withdrawable remainder; the caller has checked the amount against the
     * withdrawable amount under the same lock.
     */
    @Transactional(TxType.MANDATORY)
    public LedgerEntry withdraw(Account lockedAccount, Money amount, long withdrawalId, Long rechargeId) {
        if (!amount.isPositive() || lockedAccount.ownCash().isLessThan(amount)) {
            throw new DomainException(CommonError.INVALID_AMOUNT, amount.toPlainString());
        }
        if (rechargeId != null && !sources.takeFrom(rechargeId, amount)) {
            throw new DomainException(CommonError.INVALID_AMOUNT, amount.toPlainString());
        }
        lockedAccount.debit(amount);
        return append(lockedAccount, EntryType.WITHDRAWAL, Pocket.CASH, amount.negate(), null, null, null, null,
                clock.instant(), Refs.withdrawal(withdrawalId, rechargeId));
    }

    /** A rejected or failed withdrawal's amount comes back, to its recharge's remainder as well. */
    @Transactional(TxType.MANDATORY)
    public LedgerEntry returnWithdrawal(Account lockedAccount, Money amount, long withdrawalId, Long rechargeId) {
        lockedAccount.credit(amount);
        if (rechargeId != null) {
            sources.giveBack(rechargeId, amount);
        }
        return append(lockedAccount, EntryType.WITHDRAWAL_RETURN, Pocket.CASH, amount, null, null, null, null,
                clock.instant(), Refs.withdrawal(withdrawalId, rechargeId));
    }

    /**
     * Moves {@code amount} of the master's cash to a member as transferred-in funds. The master's
     * recharges lose withdrawable amount oldest first; the answer says which, for a later recall.
     * The caller holds both accounts' locks and has checked the transferable amount.
     */
    @Transactional(TxType.MANDATORY)
    public List<RechargeShare> transfer(Account lockedMaster, Account lockedMember, Money amount, long transferId) {
        if (!amount.isPositive() || lockedMaster.cashBalance.isLessThan(amount)) {
            throw new DomainException(CommonError.INVALID_AMOUNT, amount.toPlainString());
        }
        requireHeadroom(lockedMember, amount);
        Instant now = clock.instant();
        lockedMaster.debit(amount);
        List<RechargeShare> taken = sources.takeFromRecharges(lockedMaster.id, amount);
        append(lockedMaster, EntryType.TRANSFER_OUT, Pocket.CASH, amount.negate(), null, null, null, null, now,
                Refs.transfer(transferId));
        lockedMember.credit(amount);
        lockedMember.transferredIn = lockedMember.transferredIn.plus(amount);
        append(lockedMember, EntryType.TRANSFER_IN, Pocket.TRANSFERRED, amount, null, null, null, null, now,
                Refs.transfer(transferId));
        cashArrived.fire(new CashArrived(lockedMember));
        return taken;
    }

    /**
     * The master takes back {@code amount} of what is left of a transfer at the member; {@code restore}
     * gives the master's recharges back the withdrawable amount the transfer took from them.
     */
    @Transactional(TxType.MANDATORY)
    public void recall(Account lockedMaster, Account lockedMember, Money amount, long transferId,
                       List<RechargeShare> restore) {
        if (!amount.isPositive() || lockedMember.transferredIn.isLessThan(amount)
                || lockedMember.cashBalance.isLessThan(amount) || !sources.recall(transferId, amount)) {
            throw new DomainException(CommonError.INVALID_AMOUNT, amount.toPlainString());
        }
        Instant now = clock.instant();
        lockedMember.debit(amount);
        lockedMember.transferredIn = lockedMember.transferredIn.minus(amount);
        append(lockedMember, EntryType.TRANSFER_RECALL, Pocket.TRANSFERRED, amount.negate(), null, null, null, null, now,
                Refs.transfer(transferId));
        lockedMaster.credit(amount);
        for (RechargeShare share : restore) {
            sources.giveBack(share.rechargeId(), share.amount());
        }
        append(lockedMaster, EntryType.TRANSFER_RECALL, Pocket.CASH, amount, null, null, null, null, now,
                Refs.transfer(transferId));
    }

    @Transactional
    public BalanceSummary summary(long accountId) {
        Account account = em.find(Account.class, accountId);
        if (account == null) {
            throw new DomainException(AccountError.ACCOUNT_NOT_FOUND, String.valueOf(accountId));
        }
        Money vouchers = usableVouchers(accountId, clock.instant(), false).stream()
                .map(v -> v.remaining).reduce(Money.ZERO, Money::plusCapped);
        return new BalanceSummary(accountId, account.cashBalance, account.creditLine, vouchers);
    }

    @Transactional
    public List<Voucher> vouchers(long accountId) {
        return usableVouchers(accountId, clock.instant(), false);
    }

    /** Entries of one account, newest first, by type and by business dates {@code from}..{@code to} inclusive. */
    @Transactional
    public PageOf<LedgerEntry> entries(long accountId, EntryType type, LocalDate from, LocalDate to, int page, int size) {
        StringBuilder where = new StringBuilder("accountId = :account");
        Map<String, Object> params = new HashMap<>();
        params.put("account", accountId);
        if (type != null) {
            where.append(" and type = :type");
            params.put("type", type);
        }
        if (from != null) {
            where.append(" and createdAt >= :from");
            params.put("from", from.atStartOfDay(zone).toInstant());
        }
        if (to != null) {
            where.append(" and createdAt < :to");
            params.put("to", to.plusDays(1).atStartOfDay(zone).toInstant());
        }
        PanacheQuery<LedgerEntry> query = LedgerEntry.find(where.toString(),
                Sort.descending("createdAt").and("id", Sort.Direction.Descending), params);
        return PageOf.of(query.page(Page.of(page - 1, size)).list(), page, size, query::count);
    }

    private List<Voucher> usableVouchers(long accountId, Instant now, boolean lock) {
        return em.createQuery("from Voucher v where v.accountId = :a and v.remaining > :zero and v.expiresAt > :now"
                        + " order by v.expiresAt, v.id", Voucher.class)
                .setParameter("a", accountId)
                .setParameter("zero", Money.ZERO)
                .setParameter("now", now)
                .setLockMode(lock ? LockModeType.PESSIMISTIC_WRITE : LockModeType.NONE)
                .getResultList().stream()
                // a voucher this transaction has already spent to zero (its update not flushed yet, as in the
                // auto-renew sweep's groups) comes back from the query as the managed, spent instance
                .filter(voucher -> voucher.usableAt(now))
                .toList();
    }

    /** What else an entry points at: the recharge, transfer, withdrawal, bill or refund that moved the money. */
    private record Refs(Long rechargeId, Long transferId, Long withdrawalId, Long billId, Long refundId) {
        static final Refs NONE = new Refs(null, null, null, null, null);

        static Refs recharge(long id) {
            return new Refs(id, null, null, null, null);
        }

        static Refs transfer(long id) {
            return new Refs(null, id, null, null, null);
        }

        static Refs withdrawal(long id, Long rechargeId) {
            return new Refs(rechargeId, null, id, null, null);
        }

        static Refs bill(long id) {
            return new Refs(null, null, null, id, null);
        }

        static Refs refund(long id) {
            return new Refs(null, null, null, null, id);
        }
    }

    private LedgerEntry append(Account account, EntryType type, Pocket pocket, Money amount, Long orderId,
                               Long voucherId, String note, LedgerText noteCode, Instant now) {
        return append(account, type, pocket, amount, orderId, voucherId, note, noteCode, now, Refs.NONE);
    }

    private LedgerEntry append(Account account, EntryType type, Pocket pocket, Money amount, Long orderId,
                               Long voucherId, String note, LedgerText noteCode, Instant now, Refs refs) {
        LedgerEntry entry = new LedgerEntry();
        entry.rechargeId = refs.rechargeId();
        entry.transferId = refs.transferId();
        entry.withdrawalId = refs.withdrawalId();
        entry.billId = refs.billId();
        entry.refundId = refs.refundId();
        entry.accountId = account.id;
        entry.type = type;
        entry.pocket = pocket;
        entry.amount = amount;
        entry.cashBalanceAfter = account.cashBalance;
        entry.orderId = orderId;
        entry.voucherId = voucherId;
        entry.note = note;
        entry.noteCode = noteCode;
        entry.createdAt = now;
        entry.persist();
        return entry;
    }
}
