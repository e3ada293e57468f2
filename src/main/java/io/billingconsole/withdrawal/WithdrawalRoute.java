package io.billingconsole.withdrawal;

/** Back the way the money came (原路退回) or to a designated payee account (指定收款账户). */
public enum WithdrawalRoute {
    ORIGINAL, DESIGNATED
}
