package io.billingconsole.funds;

import io.billingconsole.shared.Money;

/**
 * The parts of an account's balance that decide what can be withdrawn (SPEC 7):
 * <pre>
 * debts            = invoice debt + arrears + unsettled
 * frozen by debt   = max(0, debts − transferred-in)     transferred-in funds pay debts first
 * not withdrawable = transferred-in + PAYG reserve + frozen by debt
 * withdrawable     = max(0, cash − not withdrawable)
 * </pre>
 * Invoice debt is what open invoice debts have left (SPEC 14), arrears the unpaid part of issued
 * bills, unsettled the charged PAYG usage not billed yet (SPEC 12).
 */
public record BalanceParts(long accountId, Money cash, Money transferredIn, Money paygReserve, Money invoiceDebt,
                           Money arrears, Money unsettled, Money creditLine, Money vouchers,
                           Money rechargeRemainders) {

    public Money debts() {
        return invoiceDebt.plus(arrears).plus(unsettled);
    }

    public Money frozenByDebt() {
        return Money.max(Money.ZERO, debts().minus(transferredIn));
    }

    public Money notWithdrawable() {
        return transferredIn.plus(paygReserve).plus(frozenByDebt());
    }

    public Money withdrawable() {
        return Money.max(Money.ZERO, cash.minus(notWithdrawable()));
    }

    /** The account's own cash (without transferred-in funds); negative while credit is used. */
    public Money ownCash() {
        return cash.minus(transferredIn);
    }

    /**
     * What can be withdrawn by a non-recharge application: withdrawable money that no recharge
     * accounts for (compensation, adjustments, refunds not paid from the balance).
     */
    public Money nonRechargeWithdrawable() {
        return Money.max(Money.ZERO, Money.min(withdrawable(), ownCash().minus(rechargeRemainders)));
    }

    /** What of one recharge's remainder can be withdrawn now: the total is capped by the withdrawable amount. */
    public Money withdrawableOf(Money rechargeRemainder) {
        return Money.min(rechargeRemainder, withdrawable());
    }

    /** What a master account can transfer to its members (SPEC 11): max(0, own cash − reserve − debts). */
    public Money transferable() {
        return Money.max(Money.ZERO, ownCash().minus(paygReserve).minus(debts()));
    }
}
