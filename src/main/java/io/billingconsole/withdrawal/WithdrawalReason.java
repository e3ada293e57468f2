package io.billingconsole.withdrawal;

/**
 * Why a withdrawal goes to a designated account (the seed's list) or what a non-recharge
 * application is for; each kind offers its own.
 */
public enum WithdrawalReason {
    /** 超出原路退回的时限 */
    OUTSIDE_ROUTE_WINDOW(WithdrawalKind.RECHARGE),
    /** 原充值账户已注销或无法收款 */
    ORIGINAL_ACCOUNT_CLOSED(WithdrawalKind.RECHARGE),
    /** 原充值账户的企业已注销 */
    COMPANY_DEREGISTERED(WithdrawalKind.RECHARGE),
    /** 员工垫付资金已报销，由企业收款 */
    EMPLOYEE_ADVANCE_REIMBURSED(WithdrawalKind.RECHARGE),
    /** 账单调整补偿 */
    BILL_ADJUSTMENT(WithdrawalKind.NON_RECHARGE),
    /** 非账户余额支付的退款 */
    REFUND_NOT_FROM_BALANCE(WithdrawalKind.NON_RECHARGE),
    /** 其他情况 */
    OTHER(WithdrawalKind.NON_RECHARGE);

    private final WithdrawalKind kind;

    WithdrawalReason(WithdrawalKind kind) {
        this.kind = kind;
    }

    public WithdrawalKind kind() {
        return kind;
    }
}
