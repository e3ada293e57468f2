package io.billingconsole.recharge;

import io.billingconsole.account.Account;
import io.billingconsole.account.AccountError;
import io.billingconsole.bank.Bank;
import io.billingconsole.bank.BankAccountType;
import io.billingconsole.bank.BankDirectory;
import io.billingconsole.ledger.AmountLimits;
import io.billingconsole.ledger.LedgerEntry;
import io.billingconsole.ledger.LedgerService;
import io.billingconsole.shared.Columns;
import io.billingconsole.shared.CommonError;
import io.billingconsole.shared.DomainException;
import io.billingconsole.shared.Money;
import io.billingconsole.shared.RandomTokens;
import io.billingconsole.shared.PageOf;
import io.billingconsole.shared.Params;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Recharge orders (SPEC 10): started online and settled by the gateway's callback, or recorded by
 * finance for an offline remittance. A paid recharge tops up the cash balance exactly once.
 */
@ApplicationScoped
public class RechargeService {

    /** What a gateway callback did. */
    public enum Settlement {
        /** The recharge is paid now and the balance topped up. */
        PAID,
        /** It was paid before: a replayed callback changes nothing. */
        ALREADY_PAID,
        /** The recharge is marked failed (or was failed or expired before). */
        FAILED
    }

    /** A recharge as finance records it (offline remittance, or a payment the gateway settled elsewhere). */
    public record Recorded(long accountId, Money amount, RechargeChannel channel, String bank,
                           BankAccountType accountType, String payerAccount, String payerName, LocalDate remittedOn,
                           String note, Long recordedBy) {
    }

    @Inject
    EntityManager em;

    @Inject
    LedgerService ledger;

    @Inject
    BankDirectory banks;

    @Inject
    AmountLimits limits;

    @Inject
    RechargeConfig config;

    @Inject
    Clock clock;

    @Inject
    ZoneId zone;

    /** Opens a PENDING online recharge; the caller sends the payer to the gateway with its {@code gatewayRef}. */
    @Transactional
    public Recharge start(long accountId, Money amount, RechargeChannel channel, String bank,
                          BankAccountType accountType, Long userId) {
        requireAmount(amount);
        if (channel == null || !channel.online()) {
            throw new DomainException(RechargeError.CHANNEL_INVALID, String.valueOf(channel));
        }
        Recharge recharge = new Recharge();
        recharge.accountId = accountId;
        recharge.channel = channel;
        if (channel == RechargeChannel.ONLINE_BANKING) {
            recharge.bank = requireBank(bank).code;
            if (accountType == null) {
                throw new DomainException(RechargeError.ACCOUNT_TYPE_REQUIRED);
            }
            recharge.accountType = accountType;
        }
        recharge.amount = amount;
        recharge.status = RechargeStatus.PENDING;
        recharge.gatewayRef = "RC" + RandomTokens.hex(12).toUpperCase();
        recharge.createdBy = userId;
        recharge.createdAt = clock.instant();
        if (em.find(Account.class, accountId) == null) {
            throw new DomainException(AccountError.ACCOUNT_NOT_FOUND, String.valueOf(accountId));
        }
        recharge.persist();
        return recharge;
    }

    /**
     * The gateway says the payment went through. Tops up once: a replay finds the recharge PAID and
     * changes nothing. A payment the gateway reports after the order expired is still booked (the
     * money was received); one for a FAILED order or with another amount is refused.
     */
    @Transactional
    public Settlement settlePaid(String gatewayRef, Money amount, String payerAccount, String payerName) {
        Recharge recharge = lockByRef(gatewayRef);
        if (recharge.status == RechargeStatus.PAID) {
            return Settlement.ALREADY_PAID;
        }
        if (!recharge.amount.equals(amount)) {
            throw new DomainException(CommonError.INVALID_AMOUNT, amount == null ? "" : amount.toPlainString());
        }
        if (recharge.status == RechargeStatus.FAILED) {
            throw new DomainException(RechargeError.RECHARGE_NOT_PENDING, String.valueOf(recharge.id));
        }
        recharge.payerAccount = Params.text(payerAccount, "payerAccount", 40);
        recharge.payerName = Params.text(payerName, "payerName", 100);
        markPaid(recharge);
        return Settlement.PAID;
    }

    /** The gateway says the payment failed (or the payer gave up); a paid recharge stays paid. */
    @Transactional
    public Settlement settleFailed(String gatewayRef, String reason) {
        Recharge recharge = lockByRef(gatewayRef);
        if (recharge.status == RechargeStatus.PAID) {
            return Settlement.ALREADY_PAID;
        }
        if (recharge.status == RechargeStatus.PENDING) {
            recharge.status = RechargeStatus.FAILED;
            recharge.failureReason = Params.text(reason, "reason", 100);
            recharge.closedAt = clock.instant();
        }
        return Settlement.FAILED;
    }

    /** A recorded recharge and the ledger entry that booked it. */
    public record Booked(Recharge recharge, LedgerEntry entry) {
    }

    /** Finance records money that arrived outside the gateway (SPEC 10): paid at once. */
    @Transactional
    public Recharge record(Recorded r) {
        return recordBooked(r).recharge();
    }

    /** As {@link #record}, with the ledger entry (the admin API answers its id and the balance after it). */
    @Transactional
    public Booked recordBooked(Recorded r) {
        requireAmount(r.amount());
        if (r.remittedOn() != null) {
            Params.requireYear(r.remittedOn().getYear(), r.remittedOn().toString());
        }
        Params.text(r.note(), "note", Columns.LEDGER_NOTE);
        RechargeChannel channel = r.channel() == null ? RechargeChannel.BANK_TRANSFER : r.channel();
        Recharge recharge = new Recharge();
        recharge.accountId = r.accountId();
        recharge.channel = channel;
        if (r.bank() != null && !r.bank().isBlank()) {
            recharge.bank = requireBank(r.bank()).code;
        } else if (channel == RechargeChannel.ONLINE_BANKING) {
            throw new DomainException(RechargeError.BANK_REQUIRED);
        }
        if (channel == RechargeChannel.ONLINE_BANKING && r.accountType() == null) {
            throw new DomainException(RechargeError.ACCOUNT_TYPE_REQUIRED);
        }
        recharge.accountType = r.accountType();
        recharge.payerAccount = Params.text(r.payerAccount(), "payerAccount", 40);
        recharge.payerName = Params.text(r.payerName(), "payerName", 100);
        recharge.remittedOn = r.remittedOn();
        recharge.note = r.note();
        recharge.amount = r.amount();
        recharge.status = RechargeStatus.PENDING;
        recharge.createdBy = r.recordedBy();
        recharge.createdAt = clock.instant();
        if (em.find(Account.class, r.accountId()) == null) {
            throw new DomainException(AccountError.ACCOUNT_NOT_FOUND, String.valueOf(r.accountId()));
        }
        recharge.persist();
        LedgerEntry entry = markPaid(recharge);
        return new Booked(recharge, entry);
    }

    /** The latest recharges recorded by hand (offline remittances and the like), newest first. */
    @Transactional
    public List<Recharge> recorded(int limit) {
        return Recharge.<Recharge>find("gatewayRef is null", Sort.descending("createdAt").and("id", Sort.Direction.Descending))
                .page(0, limit).list();
    }

    /** Marks PENDING recharges older than the gateway's time as EXPIRED; returns how many. Safe on two instances. */
    @Transactional
    public int expireStale() {
        Instant cutOff = clock.instant().minus(config.pendingFor());
        return em.createNativeQuery("update recharge set status = 'EXPIRED', closed_at = ?1, version = version + 1"
                        + " where id in (select id from recharge where status = 'PENDING' and created_at < ?2"
                        + " order by created_at limit 500 for update skip locked)")
                .setParameter(1, clock.instant()).setParameter(2, cutOff).executeUpdate();
    }

    /** One of the account's recharges; another account's id is not found. */
    @Transactional
    public Recharge find(long accountId, long rechargeId) {
        Recharge recharge = em.find(Recharge.class, rechargeId);
        if (recharge == null || recharge.accountId != accountId) {
            throw new DomainException(RechargeError.RECHARGE_NOT_FOUND, String.valueOf(rechargeId));
        }
        return recharge;
    }

    /** The recharge the gateway knows by {@code gatewayRef}, if any (the sandbox gateway's page shows it). */
    @Transactional
    public Optional<Recharge> findByRef(String gatewayRef) {
        return Recharge.find("gatewayRef", gatewayRef).firstResultOptional();
    }

    /** The account's recharges, newest first. */
    @Transactional
    public PageOf<Recharge> list(long accountId, int page, int size) {
        var query = Recharge.<Recharge>find("accountId", Sort.descending("createdAt").and("id", Sort.Direction.Descending),
                accountId);
        return PageOf.of(query.page(Page.of(page - 1, size)).list(), page, size, query::count);
    }

    /** The account's paid recharges that still hold withdrawable amount, oldest first. */
    @Transactional
    public List<Recharge> withdrawable(long accountId) {
        return Recharge.<Recharge>find("accountId = ?1 and withdrawable > ?2",
                Sort.ascending("paidAt", "id"), accountId, Money.ZERO).list();
    }

    /** The last business date of the original route of a recharge paid on {@code paidOn} (SPEC 8 table). */
    public LocalDate routeUntil(RechargeChannel channel, String bank, BankAccountType type, LocalDate paidOn) {
        int days = switch (channel) {
            case ALIPAY, WECHAT_PAY -> config.walletRouteDays();
            case BANK_TRANSFER -> config.remittanceRouteDays();
            case ONLINE_BANKING -> requireBank(bank).routeDays(type == null ? BankAccountType.PERSONAL : type);
        };
        return paidOn.plusDays(days);
    }

    private LedgerEntry markPaid(Recharge recharge) {
        Account account = ledger.lockAccount(recharge.accountId);
        Instant now = clock.instant();
        recharge.status = RechargeStatus.PAID;
        recharge.paidAt = now;
        recharge.closedAt = null;
        recharge.routeUntil = routeUntil(recharge.channel, recharge.bank, recharge.accountType,
                LocalDate.ofInstant(now, zone));
        em.flush();
        LedgerEntry entry = ledger.rechargePaid(account, recharge.amount, recharge.id, null, recharge.note);
        em.refresh(recharge);
        return entry;
    }

    private Recharge lockByRef(String gatewayRef) {
        if (gatewayRef == null || gatewayRef.isBlank() || gatewayRef.length() > 40) {
            throw new DomainException(RechargeError.RECHARGE_NOT_FOUND, String.valueOf(gatewayRef));
        }
        return em.createQuery("from Recharge r where r.gatewayRef = :ref", Recharge.class)
                .setParameter("ref", gatewayRef).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst()
                .orElseThrow(() -> new DomainException(RechargeError.RECHARGE_NOT_FOUND, gatewayRef));
    }

    private Bank requireBank(String code) {
        if (code == null || code.isBlank()) {
            throw new DomainException(RechargeError.BANK_REQUIRED);
        }
        return banks.find(code.trim().toUpperCase()).orElseThrow(
                () -> new DomainException(RechargeError.BANK_UNKNOWN, code));
    }

    private void requireAmount(Money amount) {
        if (amount == null || !amount.isPositive()) {
            throw new DomainException(CommonError.INVALID_AMOUNT, amount == null ? "" : amount.toPlainString());
        }
        limits.requireTopUp(amount);
    }

}
