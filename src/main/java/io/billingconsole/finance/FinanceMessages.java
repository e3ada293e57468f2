package io.billingconsole.finance;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the finance back office ({@code finance:} in templates). Simplified Chinese is the
 * default (in the annotations); English is in {@code messages/finance_en.properties}. Statuses,
 * routes, reasons, failures and risks are the withdrawal bundle's.
 */
@MessageBundle(value = "finance", locale = "zh")
public interface FinanceMessages {

    @Message("财务工作台")
    String home_title();

    @Message("提现申请按状态统计；点击状态查看列表。")
    String home_intro();

    @Message("全部提现申请")
    String all_withdrawals();

    @Message("线下汇款登记")
    String remittances_link();

    @Message("财务操作日志")
    String audit_title();

    @Message("提现审核")
    String withdrawals_title();

    @Message("全部状态")
    String filter_any_status();

    @Message("没有符合条件的提现申请。")
    String withdrawals_none();

    @Message("账号")
    String col_account();

    @Message("提现类型")
    String col_kind();

    @Message("提现方式")
    String col_route();

    @Message("原因")
    String col_reason();

    @Message("收款账户")
    String col_payee();

    @Message("风险提示")
    String col_risk();

    @Message("审批进度")
    String col_approvals();

    @Message("{done}/{needed} 人已审批")
    String approvals(int done, int needed);

    @Message("{count} 笔")
    String count(long count);

    @Message("提现申请 #{id}")
    String detail_title(long id);

    @Message("申请人")
    String requested_by();

    @Message("收款方式")
    String payee_type();

    @Message("收款账号")
    String payee_account();

    @Message("收款人")
    String payee_name();

    @Message("开户银行")
    String payee_bank();

    @Message("开户网点")
    String payee_branch();

    @Message("原路退回至充值订单")
    String original_recharge();

    @Message("充值订单 #{id}，付款账户 {payer}")
    String recharge_text(long id, String payer);

    @Message("申请说明")
    String reason_text();

    @Message("首位审批人")
    String first_approved_by();

    @Message("审批通过")
    String approved_by();

    @Message("审批拒绝")
    String rejected_by();

    @Message("拒绝原因")
    String reject_reason();

    @Message("打款失败原因")
    String failure();

    @Message("打款单号")
    String payout_key();

    @Message("提交打款")
    String payout_submitted();

    @Message("完成时间")
    String finished_at();

    @Message("金额超过 ¥{limit}，须由两位不同的财务人员审批。")
    String two_approvals_hint(String limit);

    @Message("已由 {who} 审批，等待另一位财务人员复核。")
    String waiting_second(String who);

    @Message("证明文件")
    String proofs();

    @Message("没有上传证明文件。")
    String proofs_none();

    @Message("{size} 字节")
    String proof_size(int size);

    @Message("账户余额构成")
    String balance_title();

    @Message("现金余额")
    String balance_cash();

    @Message("划拨转入")
    String balance_transferred_in();

    @Message("按量付费预留")
    String balance_payg_reserve();

    @Message("欠票")
    String balance_invoice_debt();

    @Message("欠费")
    String balance_arrears();

    @Message("未结算")
    String balance_unsettled();

    @Message("可提现")
    String balance_withdrawable();

    @Message("该账号最近的提现")
    String recent_title();

    @Message("审批")
    String review_title();

    @Message("审批通过")
    String action_approve();

    @Message("复核通过")
    String action_approve_second();

    @Message("拒绝原因（必填，会告知客户）")
    String reject_reason_label();

    @Message("拒绝申请")
    String action_reject();

    @Message("确定拒绝该提现申请吗？金额将退回客户余额。")
    String reject_confirm();

    @Message("记录打款结果")
    String payout_title();

    @Message("打款任务会自动查询结果；仅在需要手工登记时使用。")
    String payout_hint();

    @Message("结果")
    String payout_result();

    @Message("打款成功")
    String payout_succeeded();

    @Message("打款失败")
    String payout_failed();

    @Message("失败原因（打款失败时必选）")
    String failure_code_label();

    @Message("请选择")
    String choose();

    @Message("保存结果")
    String action_record_payout();

    @Message("{#when done}{#is 'approved'}已审批通过，等待打款。{#is 'first_approval'}已记录您的审批，等待另一位财务人员复核。{#is 'rejected'}已拒绝，金额已退回客户余额。{#is 'payout_recorded'}已记录打款结果。{#else}操作成功。{/when}")
    String done(String done);

    @Message("操作人")
    String audit_actor();

    @Message("操作")
    String audit_action();

    @Message("对象")
    String audit_target();

    @Message("详情")
    String audit_details();

    @Message("还没有财务操作记录。")
    String audit_none();

    @Message("下载")
    String download();
}
