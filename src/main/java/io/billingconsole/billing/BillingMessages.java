package io.billingconsole.billing;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of PAYG usage, bills and arrears ({@code billing:} in templates). Simplified Chinese is the default
 * (in the annotations); English is in {@code messages/billing_en.properties}.
 */
@MessageBundle(value = "billing", locale = "zh")
public interface BillingMessages {

    @Message("找不到账单 {id}")
    String error_bill_not_found(String id);

    @Message("资源「{name}」不是按量付费资源，不能上报用量")
    String error_usage_not_payg(String name);

    @Message("用量时段无效：开始时间必须早于结束时间")
    String error_usage_period_invalid();

    @Message("用量时段不能晚于当前时间")
    String error_usage_in_future();

    @Message("没有需要支付的欠费")
    String error_no_arrears();

    @Message("现金余额不足，无法支付欠费 ¥{owed}，请先充值")
    String error_no_cash_for_arrears(String owed);

    @Message("账单")
    String nav_bills();

    @Message("账单")
    String bills_title();

    @Message("{#when done}{#is 'auto-repay-on'}已开启自动还款。{#is 'auto-repay-off'}已关闭自动还款。{#else}已完成。{/when}")
    String done(String done);

    @Message("{#when outcome}{#is 'paid'}欠费已全部还清。{#is 'partial'}已用现金余额支付部分欠费（从最早的账单开始），剩余欠费请充值后再支付。{#is 'none'}当前没有需要支付的欠费。{#is 'nocash'}现金余额不足，未能支付欠费，请先充值。{#else}已完成。{/when}")
    String arrears_outcome(String outcome);

    @Message("欠费金额")
    String arrears();

    @Message("还清欠费")
    String action_pay_arrears();

    @Message("从现金余额（优先使用转账金额）支付全部欠费，从最早的账单开始；余额不足时支付能支付的部分。代金券和信用额度不能支付账单。")
    String pay_arrears_hint();

    @Message("自动还款")
    String auto_repay();

    @Message("已开启")
    String auto_repay_on();

    @Message("已关闭")
    String auto_repay_off();

    @Message("开启自动还款")
    String action_auto_repay_on();

    @Message("关闭自动还款")
    String action_auto_repay_off();

    @Message("开启后，新账单出账时和资金到账时（充值、划拨转入、退款）自动从现金余额支付欠费。")
    String auto_repay_hint();

    @Message("月度账单")
    String bills_list();

    @Message("暂无账单。按量付费资源的用量在每月 1 日出账。")
    String bills_none();

    @Message("账期")
    String col_month();

    @Message("已支付")
    String col_paid();

    @Message("待支付")
    String col_unpaid();

    @Message("已结清")
    String status_paid();

    @Message("欠费")
    String status_unpaid();

    @Message("查看")
    String action_view();

    @Message("用量明细（未结算金额）")
    String usage_link();

    @Message("{month} 账单")
    String bill_title(String month);

    @Message("出账时间")
    String col_issued_at();

    @Message("结清时间")
    String col_paid_at();

    @Message("账单明细")
    String lines_title();

    @Message("用量记录数")
    String col_usage_count();

    @Message("操作")
    String col_resource_actions();

    @Message("释放 / 详情")
    String action_release();

    @Message("查看资源")
    String action_resource_detail();

    @Message("返回账单列表")
    String back_to_bills();

    @Message("用量明细")
    String usage_title();

    @Message("按量付费资源上报的用量在出账前是未结算金额，每月 1 日按上月用量出账。计划释放时间（或释放）之后的用量不计费，并注明原因。")
    String usage_hint();

    @Message("未结算金额")
    String unsettled();

    @Message("按资源汇总（未结算）")
    String usage_by_resource();

    @Message("暂无按量付费资源。")
    String usage_no_resources();

    @Message("不计费部分")
    String col_dropped();

    @Message("用量记录")
    String usage_records();

    @Message("全部资源")
    String usage_all();

    @Message("暂无用量记录。")
    String usage_none();

    @Message("时段")
    String col_period();

    @Message("上报金额")
    String col_reported();

    @Message("计费金额")
    String col_charged();

    @Message("结算")
    String col_billing();

    @Message("{#when reason}{#is AFTER_SCHEDULED_RELEASE}计划释放时间之后{#is AFTER_RELEASE}释放之后{/when}")
    String drop_reason(DropReason reason);

    @Message("已出账（{month}）")
    String billed_in(String month);

    @Message("未结算")
    String not_billed();

    @Message("停机时间")
    String stop_at();

    @Message("已停机于")
    String stopped_at();

    @Message("欠费")
    String overview_arrears();

    @Message("没有欠费。")
    String overview_arrears_none();
}
