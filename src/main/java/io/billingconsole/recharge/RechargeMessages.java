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
}
