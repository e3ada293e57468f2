package io.billingconsole.withdrawal;

/** By recharge order (按充值金额提现) or a non-recharge application (非充值金额提交申请). */
public enum WithdrawalKind {
    RECHARGE, NON_RECHARGE
}
