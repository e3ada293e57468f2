package io.billingconsole.recharge;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of recharges ({@code recharge:} in templates). Simplified Chinese is the default (in
 * the annotations); English is in {@code messages/recharge_en.properties}.
 */
@MessageBundle(value = "recharge", locale = "zh")
public interface RechargeMessages {

    @Message("充值")
    String title();

    @Message("{#when channel}{#is ALIPAY}支付宝{#is WECHAT_PAY}微信支付{#is ONLINE_BANKING}网银{#is BANK_TRANSFER}线下汇款{/when}")
    String channel(RechargeChannel channel);

    @Message("{#when status}{#is PENDING}待支付{#is PAID}已支付{#is FAILED}支付失败{#is EXPIRED}已过期{/when}")
    String status(RechargeStatus status);

    @Message("{#when type}{#is PERSONAL}个人网银{#is ENTERPRISE}企业网银{/when}")
    String account_type(io.billingconsole.bank.BankAccountType type);

    @Message("找不到充值订单 {id}")
    String error_recharge_not_found(String id);

    @Message("请选择充值方式：支付宝、微信支付、网银或线下汇款")
    String error_channel_invalid(String value);

    @Message("网银充值请选择银行")
    String error_bank_required();

    @Message("不支持的银行：{value}")
    String error_bank_unknown(String value);

    @Message("网银充值请选择个人网银或企业网银")
    String error_account_type_required();

    @Message("充值订单 {id} 已不是待支付状态")
    String error_recharge_not_pending(String id);

    @Message("充值记录")
    String records_title();

    @Message("账户充值")
    String new_title();

    @Message("充值订单 {id}")
    String detail_title(Long id);

    @Message("充值金额（元）")
    String field_amount();

    @Message("充值方式")
    String field_channel();

    @Message("银行")
    String field_bank();

    @Message("网银类型")
    String field_account_type();

    @Message("选择网银时填写")
    String bank_hint();

    @Message("请选择银行")
    String choose_bank();

    @Message("去支付")
    String action_pay();

    @Message("充值")
    String action_new();

    @Message("刷新状态")
    String action_refresh();

    @Message("重新充值")
    String action_again();

    @Message("详情")
    String action_details();

    @Message("支付宝、微信支付和网银将跳转到支付网关完成付款，付款后自动返回本站。")
    String online_hint();

    @Message("在线支付暂不可用，请使用线下汇款。")
    String gateway_unavailable();

    @Message("线下汇款")
    String offline_title();

    @Message("请通过银行转账汇款至以下账户，并在附言中注明您的账号 ID {accountId}。财务人员核实到账后为您入账，通常需要 1–2 个工作日，入账后可在充值记录中查看。")
    String offline_intro(Long accountId);

    @Message("收款户名")
    String receiving_name();

    @Message("开户行")
    String receiving_bank();

    @Message("账号")
    String receiving_account();

    @Message("充值方式")
    String col_channel();

    @Message("银行")
    String col_bank();

    @Message("支付时间")
    String col_paid_at();

    @Message("可提现余额")
    String col_withdrawable();

    @Message("原路退回截止")
    String col_route_until();

    @Message("付款账户")
    String col_payer_account();

    @Message("付款人")
    String col_payer_name();

    @Message("汇款日期")
    String col_remitted_on();

    @Message("账号 ID")
    String col_account();

    @Message("备注")
    String col_note();

    @Message("暂无充值记录")
    String records_none();

    @Message("可原路退回")
    String route_available();

    @Message("已超过原路退回时限")
    String route_closed();

    @Message("原路退回截止日期之后，提现只能到指定收款账户。")
    String route_hint();

    @Message("正在等待支付结果。支付完成后请刷新本页；{minutes} 分钟内未支付的订单将自动过期。")
    String pending_hint(Long minutes);

    @Message("充值成功，金额已存入现金余额。")
    String paid_hint();

    @Message("支付未成功，余额没有变化。您可以重新充值。")
    String failed_hint();

    @Message("订单已过期，余额没有变化。如已付款，款项到账后会自动入账。")
    String expired_hint();

    @Message("线下汇款入账")
    String remit_title();

    @Message("客户通过银行转账汇入的款项，核实到账后在此入账：金额存入客户现金余额，并生成一笔线下汇款充值订单。")
    String remit_intro();

    @Message("客户账号 ID")
    String field_account();

    @Message("汇款银行")
    String field_remitting_bank();

    @Message("汇款账号")
    String field_payer_account();

    @Message("汇款人户名")
    String field_payer_name();

    @Message("汇款日期")
    String field_remitted_on();

    @Message("备注")
    String field_note();

    @Message("入账")
    String remit_submit();

    @Message("最近入账")
    String remit_recent();

    @Message("暂无入账记录")
    String remit_none();

    @Message("已入账：充值订单 {id}")
    String remit_done(String id);

    @Message("在线支付暂不可用，请使用线下汇款")
    String error_gateway_unavailable();

    @Message("找不到账号 ID {id}")
    String error_account_unknown(String id);
}
