package io.billingconsole.refund;

import io.billingconsole.shared.Money;
import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of unsubscribing and its refund ({@code refund:} in templates). Simplified Chinese is the
 * default (in the annotations); English is in {@code messages/refund_en.properties}.
 */
@MessageBundle(value = "refund", locale = "zh")
public interface RefundMessages {

    @Message("退订")
    String action_unsubscribe();

    @Message("退订资源：{name}")
    String unsubscribe_title(String name);

    @Message("退订后资源立即释放，不能恢复，也不能再续费。退款按每次已付续费剩余的整天数计算（新的续费在前），按当初的付款比例退回：现金部分退回现金余额，信用额度部分恢复信用额度；代金券部分不退。")
    String unsubscribe_rule();

    @Message("该资源没有可退款的已付续费（资源登记时不产生订单，或已付期间都已用完）：退订不退款，资源将立即释放。")
    String nothing_to_refund();

    @Message("订单")
    String col_order();

    @Message("剩余天数 / 期间天数")
    String col_days();

    @Message("可退金额")
    String col_amount();

    @Message("退回现金")
    String col_to_cash();

    @Message("恢复信用额度")
    String col_to_credit();

    @Message("代金券部分（不退）")
    String col_voucher();

    @Message("{left} / {total} 天")
    String days(Integer left, Integer total);

    @Message("合计")
    String total_row();

    @Message("退款合计 {total.yuan}：现金 {cash.yuan}，信用额度 {credit.yuan}；代金券 {voucher.yuan} 不退")
    String total_line(Money total, Money cash, Money credit, Money voucher);

    @Message("确认退订")
    String confirm();

    @Message("不退订，返回")
    String cancel();

    @Message("已退订，资源已释放。退款合计 {total.yuan}（现金 {cash.yuan}，信用额度 {credit.yuan}），可在收支明细中查看；代金券 {voucher.yuan} 不退。")
    String done_unsubscribed(Money total, Money cash, Money credit, Money voucher);

    @Message("退订：按剩余整天数退款，资源立即释放")
    String unsubscribe_hint();

    @Message("资源 {name} 的产品「{productZh}」（{productEn}）不支持退订")
    String error_not_unsubscribable(String name, String productZh, String productEn);

    @Message("资源 {name} 为按量付费，没有预付费用可退，请使用「释放」")
    String error_payg_use_release(String name);
}
