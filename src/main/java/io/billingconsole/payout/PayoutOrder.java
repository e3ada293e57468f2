package io.billingconsole.payout;

import io.billingconsole.shared.Money;
import io.billingconsole.withdrawal.PayeeType;
import io.billingconsole.withdrawal.WithdrawalRoute;

/**
 * One payout as the provider receives it. {@code payoutKey} is the withdrawal's unique key: the provider
 * pays one key once, however often it is submitted. A designated payout names the payee (and, for a
 * bank card, the bank and branch); an original-route payout names the recharge it goes back to.
 */
public record PayoutOrder(String payoutKey, Money amount, WithdrawalRoute route, Payee payee, OriginalRecharge original) {

    /** A designated payee account; null on the original route. */
    public record Payee(PayeeType type, String account, String name, String bank, String province, String city,
                        String branch) {
    }

    /** The recharge an original-route payout returns to; null for a designated payout without a recharge. */
    public record OriginalRecharge(long rechargeId, String channel, String bank, String payerAccount, String payerName) {
    }

    /** The account the money goes to: the payee's, or the original payer's. */
    public String receivingAccount() {
        if (payee != null) {
            return payee.account();
        }
        return original == null ? null : original.payerAccount();
    }
}
