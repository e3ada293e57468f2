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

    @Message("请上传证明材料")
    String error_proof_required();

    // ---- customer pages (withdrawal/web) ----

    @Message("{#when arrival}{#is WITHIN_1_HOUR}1 小时内到账{#is WITHIN_2_BUSINESS_DAYS}2 个工作日内到账{#is BUSINESS_DAYS_7_15}7-15 个工作日到账{#is AFTER_REVIEW}需人工审核，到账时间视审核情况而定{/when}")
    String arrival(ExpectedArrival arrival);

    @Message("预计到账")
    String arrival_label();

    @Message("提现记录")
    String records_title();

    @Message("发起提现")
    String action_new();

    @Message("可提现金额")
    String withdrawable_label();

    @Message("提现不收取手续费。请确保账号已完成实名认证并正常使用，冻结或已注销的账号无法提现。")
    String intro();

    @Message("账号")
    String account_label();

    @Message("{name}（本账号）")
    String account_own(String name);

    @Message("{name}（成员账号 {id}）")
    String account_member(String name, long id);

    @Message("切换")
    String action_switch();

    @Message("实名认证姓名")
    String real_name_label();

    @Message("未实名认证")
    String real_name_missing();

    @Message("按充值金额提现")
    String by_recharge_title();

    @Message("系统按每笔充值订单计算剩余可提现金额（消费先扣最早的充值），合计不超过账号的可提现金额；可部分提现，也可分多次提现。")
    String by_recharge_intro();

    @Message("没有可提现的充值订单")
    String no_recharges();

    @Message("非充值金额提交申请")
    String non_recharge_title();

    @Message("账单调整补偿、非账户余额支付的退款等非充值资金，可提交申请，经人工审核后提现到指定收款账户，支持全额或分多次提取。可申请金额 {amount}")
    String non_recharge_intro(String amount);

    @Message("提交提现申请")
    String action_apply();

    @Message("充值订单")
    String col_recharge();

    @Message("充值渠道")
    String col_channel();

    @Message("银行")
    String col_bank();

    @Message("支付时间")
    String col_paid_at();

    @Message("付款账户")
    String col_payer();

    @Message("可提现金额")
    String col_withdrawable();

    @Message("原路退回")
    String col_original_route();

    @Message("本订单可提现")
    String col_recharge_withdrawable();

    @Message("{until} 前提现可原路退回至 {to}")
    String route_until(java.time.LocalDate until, String to);

    @Message("已超出原路退回时限（{until}），仅可提现到指定收款账户")
    String route_expired(java.time.LocalDate until);

    @Message("原充值账户")
    String route_original_account();

    @Message("提现")
    String action_withdraw();

    @Message("按充值订单提现 #{id}")
    String recharge_form_title(long id);

    @Message("提现金额（元）")
    String field_amount();

    @Message("本订单最多可提现 {max}，可分多次提现")
    String amount_hint(String max);

    @Message("可申请金额最多 {max}，可分多次提取")
    String application_amount_hint(String max);

    @Message("提现方式")
    String field_route();

    @Message("提现原因")
    String field_reason();

    @Message("请选择")
    String choose();

    @Message("补充说明（选填）")
    String field_reason_text();

    @Message("证明材料")
    String field_proofs();

    @Message("PDF、PNG 或 JPEG，每个不超过 10 MB，最多 5 个")
    String proofs_hint();

    @Message("收款账户")
    String payee_title();

    @Message("收款方式")
    String field_payee_type();

    @Message("收款账号")
    String field_payee_account();

    @Message("收款人名称")
    String field_payee_name();

    @Message("须与实名认证姓名一致：{name}")
    String payee_name_hint(String name);

    @Message("开户支行")
    String field_branch();

    @Message("请准确填写开户省市、开户银行和开户支行，避免提现失败或金额损失。")
    String branch_warning();

    @Message("短信验证码")
    String field_sms();

    @Message("获取验证码")
    String action_send_code();

    @Message("验证码将发送至安全手机 {phone}")
    String sms_phone(String phone);

    @Message("验证码已发送至 {phone}，5 分钟内有效")
    String sms_sent(String phone);

    @Message("{seconds} 秒后可重新获取")
    String sms_resend_in(String seconds);

    @Message("如果未收到短信，请确认是否被拦截为垃圾短信，或稍后重新获取。")
    String sms_help();

    @Message("账号未绑定安全手机，无法接收验证码")
    String sms_no_phone();

    @Message("确认提现")
    String action_confirm();

    @Message("确认提交申请")
    String action_confirm_application();

    @Message("非充值金额提现申请")
    String application_title();

    @Message("请重新选择证明文件（页面重新显示后浏览器不会保留已选的文件）")
    String proofs_reselect();

    @Message("提现申请 #{id}")
    String detail_title(long id);

    @Message("提现类型")
    String col_kind();

    @Message("提现方式")
    String col_route();

    @Message("收款账户")
    String col_payee();

    @Message("状态")
    String col_status();

    @Message("拒绝原因")
    String col_reject_reason();

    @Message("失败原因")
    String col_failure();

    @Message("申请时间")
    String col_created();

    @Message("完成时间")
    String col_finished();

    @Message("提现金额")
    String col_amount();

    @Message("暂无提现记录")
    String records_none();

    @Message("证明材料")
    String proofs_title();

    @Message("暂无证明材料")
    String proofs_none();

    @Message("上传证明文件")
    String action_upload();

    @Message("在收支明细中查看（交易类型：提现）")
    String transactions_link();

    @Message("{#when done}{#is 'created'}提现申请已提交。{#is 'proof'}证明文件已上传。{#is 'code'}验证码已发送。{#else}操作成功。{/when}")
    String done(String done);

    @Message("原路退回至 {to}")
    String payee_original(String to);

    @Message("审批通过后发起打款；审批拒绝或打款失败后，金额退回账户余额，可重新申请。")
    String status_help();

    @Message("请求内容过大（最多 {max}）")
    String body_too_large(String max);

    // ---- status mails ----

    @Message("提现申请 #{id}：{status}")
    String mail_subject(long id, String status);

    @Message("您的提现申请 #{id}（{amount}）状态已更新为：{status}。")
    String mail_intro(long id, String amount, String status);

    @Message("查看提现详情")
    String mail_action();

    @Message("此邮件由系统自动发送，请勿直接回复。")
    String mail_footer();
}
