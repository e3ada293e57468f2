package io.billingconsole.billing;

import io.billingconsole.account.Account;
import io.billingconsole.ledger.CashArrived;
import io.billingconsole.ledger.LedgerService;
import io.billingconsole.resource.BillingMethod;
import io.billingconsole.resource.CloudResource;
import io.billingconsole.resource.ResourceStatus;
import io.billingconsole.shared.DomainException;
import io.billingconsole.shared.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Arrears (欠费, SPEC 12): bills are paid from cash only (transferred-in funds first), oldest bill first, as far
 * as the cash covers them — by hand (pay all), at the month close and when money arrives with auto-repay on.
 * Paying the last arrears restarts the PAYG resources stopped for them, in the same transaction.
 */
@ApplicationScoped
public class ArrearsService {

    /** One bill's part of a repayment. */
    public record BillPaid(long billId, String month, Money paid, Money unpaid) {
    }

    /** What a repayment paid, what is still owed, and per bill. */
    public record Repaid(Money paid, Money left, List<BillPaid> bills) {
    }

    @Inject
    EntityManager em;

    @Inject
    LedgerService ledger;

    @Inject
    Clock clock;

    @Inject
    BillingNotices notices;

    /**
     * Pays all arrears the cash covers, oldest bill first; what the cash does not cover stays owed. Refuses when
     * there is nothing to pay, or when the cash balance pays nothing at all.
     */
    @Transactional
    public Repaid payAll(long accountId) {
        Account locked = ledger.lockAccount(accountId);
        Money owed = total(accountId);
        if (!owed.isPositive()) {
            throw new DomainException(BillingError.NO_ARREARS);
        }
        Repaid repaid = repay(locked);
        if (!repaid.paid().isPositive()) {
            throw new DomainException(BillingError.NO_CASH_FOR_ARREARS, owed.toPlainString());
        }
        return repaid;
    }

    /** Auto-repay: money arrived (recharge, transfer-in, refund) at an account with auto-repay on. */
    void on(@Observes CashArrived arrived) {
        Account locked = arrived.lockedAccount();
        if (locked.autoRepay && !unpaidBills(locked.id).isEmpty()) {
            repay(locked);
        }
    }

    /** Pays the unpaid bills oldest first from the locked account's cash, as far as it covers them. */
    @Transactional(TxType.MANDATORY)
    public Repaid repay(Account locked) {
        Instant now = clock.instant();
        Money paid = Money.ZERO;
        List<BillPaid> bills = new ArrayList<>();
        for (Bill bill : unpaidBills(locked.id)) {
            Money part = ledger.payBill(locked, bill.unpaid(), bill.id);
            if (part.isPositive()) {
                bill.pay(part, now);
                paid = paid.plus(part);
                bills.add(new BillPaid(bill.id, bill.monthText(), part, bill.unpaid()));
            }
            if (!bill.paidInFull()) {
                break;
            }
        }
        em.flush();
        Money left = total(locked.id);
        if (!left.isPositive()) {
            restartStopped(locked.id, now);
        }
        return new Repaid(paid, left, bills);
    }

    /** What the account owes on its bills. */
    @Transactional
    public Money total(long accountId) {
        Number sum = (Number) em.createNativeQuery("select coalesce(sum(amount_fen - paid_fen), 0) from bill"
                + " where account_id = ?1 and paid_fen < amount_fen").setParameter(1, accountId).getSingleResult();
        return Money.ofFen(sum.longValue());
    }

    /** Turns auto-repay on or off (the bills page, {@code PUT /api/v1/account/settings}). */
    @Transactional
    public Account setAutoRepay(long accountId, boolean on) {
        Account locked = ledger.lockAccount(accountId);
        locked.autoRepay = on;
        return locked;
    }

    List<Bill> unpaidBills(long accountId) {
        return Bill.<Bill>find("accountId = ?1 and paid < amount order by month, id", accountId).list();
    }

    private void restartStopped(long accountId, Instant now) {
        List<CloudResource> stopped = CloudResource.<CloudResource>find(
                "accountId = ?1 and status = ?2 and billingMethod = ?3 order by id", accountId,
                ResourceStatus.STOPPED, BillingMethod.PAYG).list();
        for (CloudResource resource : stopped) {
            Instant stoppedAt = resource.stoppedAt == null ? now : resource.stoppedAt;
            resource.status = ResourceStatus.RUNNING;
            resource.stoppedAt = null;
            notices.restarted(resource, stoppedAt);
        }
    }
}
