package io.billingconsole.order;

import io.billingconsole.shared.Money;
import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the order pages and order labels, with the order error messages ({@code order:} in
 * templates). Simplified Chinese is the default (in the annotations); English is in
 * {@code messages/order_en.properties}.
 */
@MessageBundle(value = "order", locale = "zh")
public interface OrderMessages {

    @Message("订单管理")
    String orders_title();

    @Message("订单号")
    String col_order_id();

    @Message("资源")
    String col_lines();

    @Message("作废原因")
    String col_void_reason();

    @Message("{#when status}{#is UNPAID}待支付{#is PAID}已支付{#is VOIDED}已作废{/when}")
    String order_status(OrderStatus status);

    @Message("{#when reason}{#is MANUAL}您手动作废了此订单{#is UNPAID_TIMEOUT}创建后 7 天内未支付，系统自动作废{#is INSUFFICIENT_BALANCE}自动续费时账户余额不足，订单已自动作废{/when}")
    String void_reason(VoidReason reason);

    @Message("全部订单")
    String filter_any_order_status();

    @Message("没有订单")
    String orders_none();

    @Message("订单 #{id}")
    String order_title(Long id);

    @Message("续费订单")
    String order_kind_renewal();

    @Message("支付时间")
    String order_paid_at();

    @Message("作废时间")
    String order_voided_at();

    @Message("支付")
    String action_pay();

    @Message("作废订单")
    String action_void();

    @Message("确定作废此订单？作废后不能再支付。")
    String void_confirm();

    @Message("支付顺序：代金券 → 现金余额 → 信用额度")
    String order_pay_order();

    @Message("余额不足，还差 {missing.yuan}。请充值后再支付。")
    String order_missing(Money missing);

    @Message("代金券支付")
    String paid_from_vouchers();

    @Message("现金支付")
    String paid_from_cash();

    @Message("信用额度支付")
    String paid_from_credit();

    @Message("到期时间变化")
    String col_expiry_change();

    @Message("支付截止")
    String col_pay_by();

    @Message("（创建后 {days} 天内未支付将自动作废）")
    String pay_by_hint(Long days);

    @Message("（支付后生效）")
    String expiry_after_payment();

    @Message("订单 {id} 不存在")
    String error_order_not_found(String id);

    @Message("订单 {id} 已支付，不能重复支付或作废")
    String error_order_already_paid(String id);

    @Message("订单 {id} 已作废，不能支付")
    String error_order_voided(String id);
}
