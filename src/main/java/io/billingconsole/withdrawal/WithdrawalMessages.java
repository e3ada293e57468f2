package io.billingconsole.withdrawal;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of withdrawals and their review ({@code withdrawal:} in templates). Simplified Chinese
 * is the default (in the annotations); English is in {@code messages/withdrawal_en.properties}.
 */
@MessageBundle(value = "withdrawal", locale = "zh")
public interface WithdrawalMessages {

    @Message("提现")
    String title();

    @Message("{#when status}{#is UNDER_REVIEW}审批中{#is REJECTED}审批拒绝{#is APPROVED_AWAITING_PAYOUT}业务执行成功，待打款{#is SUCCEEDED}提现成功{#is FAILED}提现失败{/when}")
    String status(WithdrawalStatus status);

    @Message("{#when route}{#is ORIGINAL}原路退回{#is DESIGNATED}指定收款账户{/when}")
    String route(WithdrawalRoute route);

    @Message("{#when kind}{#is RECHARGE}按充值金额提现{#is NON_RECHARGE}非充值金额提现申请{/when}")
    String kind(WithdrawalKind kind);

    @Message("{#when type}{#is ALIPAY}支付宝{#is BANK_CARD}银行卡{/when}")
    String payee_type(PayeeType type);

    @Message("{#when reason}{#is OUTSIDE_ROUTE_WINDOW}超出原路退回的时限{#is ORIGINAL_ACCOUNT_CLOSED}原充值账户已注销或无法收款{#is COMPANY_DEREGISTERED}原充值账户的企业已注销{#is EMPLOYEE_ADVANCE_REIMBURSED}员工垫付资金已报销，由企业收款{#is BILL_ADJUSTMENT}账单调整补偿{#is REFUND_NOT_FROM_BALANCE}非账户余额支付的退款{#is OTHER}其他情况{/when}")
    String reason(WithdrawalReason reason);

    @Message("{#when code}{#is ACCOUNT_INFO_WRONG}收款账户信息有误{#is BANK_INFO_WRONG}开户银行信息有误{#is ACCOUNT_ABNORMAL}收款账户状态异常{#is NAME_MISMATCH}收款人姓名与账户不符{#is ORIGINAL_ROUTE_EXPIRED}已超出原路退回的时限{/when}")
    String failure(PayoutFailure code);

    @Message("{#when flag}{#is SAME_NAME_OVERDUE}同名账户欠费逾期{/when}")
    String risk(RiskFlag flag);

    @Message("找不到提现记录 {id}")
    String error_withdrawal_not_found(String id);

    @Message("账号已冻结，无法提现")
    String error_account_frozen();

    @Message("账号已注销，无法提现")
    String error_account_closed();

    @Message("请先完成实名认证再提现")
    String error_real_name_required();

    @Message("提现金额超过可提现金额 ¥{max}")
    String error_amount_over_withdrawable(String max);

    @Message("该充值订单已超出原路退回的时限（{until}），请选择提现到指定收款账户")
    String error_original_route_expired(String until);

    @Message("请选择要提现的充值订单")
    String error_recharge_required();

    @Message("请选择提现方式")
    String error_route_required();

    @Message("请选择提现原因")
    String error_reason_required();

    @Message("请填写完整的收款账户信息")
    String error_payee_required();

    @Message("收款人名称须与账号的实名认证姓名一致")
    String error_payee_name_mismatch();

    @Message("提现申请 {id} 已不在审批中")
    String error_not_under_review(String id);

    @Message("提现申请 {id} 不在待打款状态")
    String error_not_awaiting_payout(String id);

    @Message("不能审批自己提交的提现申请")
    String error_own_request();

    @Message("您已审批过该申请，需由另一位财务人员复核")
    String error_already_approved_by_you();

    @Message("请填写拒绝原因")
    String error_reject_reason_required();

    @Message("请选择打款失败原因")
    String error_failure_code_required();

    @Message("找不到证明文件 {id}")
    String error_proof_not_found(String id);

    @Message("证明文件只能是 PDF、PNG 或 JPEG 格式")
    String error_proof_type();

    @Message("证明文件不能为空，且不能超过 {mb} MB")
    String error_proof_too_large(String mb);

    @Message("每笔提现最多上传 {max} 个证明文件")
    String error_proof_too_many(String max);
}
