package io.billingconsole.payment;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the sandbox payment gateway's page ({@code payment:} in templates). Simplified
 * Chinese is the default (in the annotations); English is in {@code messages/payment_en.properties}.
 */
@MessageBundle(value = "payment", locale = "zh")
public interface PaymentMessages {

    @Message("沙箱支付网关")
    String sandbox_title();

    @Message("这是测试用的沙箱网关，不会发生真实扣款。请选择支付结果。")
    String sandbox_intro();

    @Message("商户订单号")
    String merchant_ref();

    @Message("支付金额")
    String amount();

    @Message("支付方式")
    String channel();

    @Message("{#when channel}{#is 'ALIPAY'}支付宝{#is 'WECHAT_PAY'}微信支付{#is 'ONLINE_BANKING'}网银{#else}{channel}{/when}")
    String channel_name(String channel);

    @Message("银行")
    String bank();

    @Message("{#when type}{#is 'PERSONAL'}个人网银{#is 'ENTERPRISE'}企业网银{#else}{type}{/when}")
    String account_type(String type);

    @Message("付款账户")
    String payer_account();

    @Message("付款人")
    String payer_name();

    @Message("不通知商户（模拟回调丢失）")
    String drop_callback();

    @Message("确认支付")
    String action_pay();

    @Message("模拟支付失败")
    String action_fail();

    @Message("放弃支付")
    String action_abandon();
}
