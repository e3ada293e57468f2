package io.billingconsole.funds;

import io.billingconsole.account.Account;
import io.billingconsole.account.AccountError;
import io.billingconsole.ledger.BalanceSummary;
import io.billingconsole.ledger.LedgerService;
import io.billingconsole.shared.DomainException;
import io.billingconsole.shared.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;

/** The balance parts and the withdrawable amount of an account (SPEC 7). */
@ApplicationScoped
public class FundsService {

    @Inject
    EntityManager em;

    @Inject
    LedgerService ledger;

    @Inject
    FundsConfig config;

    @Inject
    Clock clock;

    /** The parts as they are now (no lock: for pages). */
    @Transactional
    public BalanceParts parts(long accountId) {
        Account account = em.find(Account.class, accountId);
        if (account == null) {
            throw new DomainException(AccountError.ACCOUNT_NOT_FOUND, String.valueOf(accountId));
        }
        return parts(account);
    }

    /** The parts of an account the caller has loaded (locked, when it is about to move money). */
    @Transactional
    public BalanceParts parts(Account account) {
        BalanceSummary summary = ledger.summary(account.id);
        Object[] debts = (Object[]) em.createNativeQuery("""
                select (select coalesce(sum(remaining_fen), 0) from invoice_debt where account_id = ?1 and remaining_fen > 0),
                       (select coalesce(sum(amount_fen - paid_fen), 0) from bill where account_id = ?1 and paid_fen < amount_fen),
                       (select coalesce(sum(charged_fen), 0) from usage_record where account_id = ?1 and bill_id is null)""")
                .setParameter(1, account.id).getSingleResult();
        return new BalanceParts(account.id, account.cashBalance, account.transferredIn, paygReserve(account.id),
                fen(debts[0]), fen(debts[1]), fen(debts[2]), account.creditLine, summary.vouchers(),
                rechargeRemainders(account.id));
    }

    private static Money fen(Object sum) {
        return Money.ofFen(((Number) sum).longValue());
    }

    /**
     * 100 元 (configurable) while the account has a PAYG resource that is not released, and for 24 h
     * after the latest release of one (SPEC 7).
     */
    private Money paygReserve(long accountId) {
        Instant heldSince = clock.instant().minus(config.paygReserveHold());
        Object held = em.createNativeQuery("select exists (select 1 from cloud_resource where account_id = ?1"
                        + " and billing_method = 'PAYG' and (status <> 'RELEASED' or released_at > ?2))")
                .setParameter(1, accountId).setParameter(2, heldSince).getSingleResult();
        return Boolean.TRUE.equals(held) ? Money.parse(config.paygReserve()) : Money.ZERO;
    }

    private Money rechargeRemainders(long accountId) {
        Number sum = (Number) em.createNativeQuery("select coalesce(sum(withdrawable_fen), 0) from recharge"
                + " where account_id = ?1").setParameter(1, accountId).getSingleResult();
        return Money.ofFen(sum.longValue());
    }
}
