package io.billingconsole.funds;

import io.billingconsole.account.AccountStatus;
import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the funds account page and the operator's account page ({@code funds:} in
 * templates). Simplified Chinese is the default (in the annotations); English is in
 * {@code messages/funds_en.properties}.
 */
@MessageBundle(value = "funds", locale = "zh")
public interface FundsMessages {

    @Message("资金账户")
    String funds_title();

    @Message("现金余额")
    String part_cash();

    @Message("其中转账金额")
    String part_transferred_in();

    @Message("转账金额")
    String part_transfer();

    @Message("按量业务预留金额")
    String part_payg_reserve();

    @Message("欠票金额")
    String part_invoice_debt();

    @Message("欠费金额")
    String part_arrears();

    @Message("未结算金额")
    String part_unsettled();

    @Message("不可提现金额")
    String part_not_withdrawable();

    @Message("可提现金额")
    String part_withdrawable();

    @Message("提现")
    String action_withdraw();

    @Message("计算过程")
    String formula_title();

    @Message("欠款 = 欠票金额 + 欠费金额 + 未结算金额 = {invoiceDebt} + {arrears} + {unsettled} = {debts}")
    String formula_debts(String invoiceDebt, String arrears, String unsettled, String debts);

    @Message("转账金额优先抵扣欠款：欠款 − 转账金额 = {debts} − {transferredIn}，还需冻结现金 {frozen}")
    String formula_frozen(String debts, String transferredIn, String frozen);

    @Message("不可提现部分 = 转账金额 + 按量业务预留金额 + 冻结的欠款 = {transferredIn} + {reserve} + {frozen} = {notWithdrawable}")
    String formula_not_withdrawable(String transferredIn, String reserve, String frozen, String notWithdrawable);

    @Message("可提现金额 = 现金余额 − 不可提现部分 = {cash} − {notWithdrawable} = {withdrawable}（不小于 0）")
    String formula_withdrawable(String cash, String notWithdrawable, String withdrawable);

    @Message("为什么可提现金额小于现金余额")
    String reasons_title();

    @Message("系统冻结或预留了以下金额：")
    String reasons_hint();

    @Message("冻结或预留金额")
    String col_part();

    @Message("原因说明")
    String col_reason();

    @Message("处理方式")
    String col_remedy();

    @Message("系统会预留 {amount}，防止账户下的按量计费资源因余额不足而欠费停机。")
    String reason_payg_reserve(String amount);

    @Message("检查并释放账户下所有不再使用的按量计费资源。释放所有按量计费资源 24 小时后，该预留金额自动解冻；多次释放以最后释放时间为准。")
    String remedy_payg_reserve();

    @Message("所有按量计费资源已释放，预留金额将于 {at} 自动解冻。")
    String remedy_payg_reserve_at(String at);

    @Message("对已开具发票的订单退订或降配，已开发票金额大于实际消费金额，差额即为欠票金额。")
    String reason_invoice_debt();

    @Message("前往发票管理的欠票处理，使用新的消费抵扣或对原发票退票重开，冻结金额自动释放。")
    String remedy_invoice_debt();

    @Message("已出账但尚未支付的账单金额。")
    String reason_arrears();

    @Message("不可提现，请前往首页支付所有待还款金额。")
    String remedy_arrears();

    @Message("已产生消费但尚未正式出具账单的金额（如按量付费业务）。")
    String reason_unsettled();

    @Message("不可提现，请等待账期结束，次月出账后结算还款。")
    String remedy_unsettled();

    @Message("从主账号通过资金划拨转入的资金。")
    String reason_transferred_in();

    @Message("此部分金额仅可用于消费或抵扣欠款；如需提现，请联系转出方（主账号 {master}）回收资金后，由其发起提现。")
    String remedy_transferred_in(String master);

    @Message("前往首页")
    String link_overview();

    @Message("按量资源与用量")
    String link_payg_resources();

    @Message("欠票处理")
    String link_invoice_debt();

    @Message("账单")
    String link_bills();

    @Message("用量明细")
    String link_usage();

    @Message("资金划拨")
    String link_transfers();

    @Message("未来 30 天自动续费")
    String outlook_title();

    @Message("未来 30 天内没有到期扣款的自动续费。")
    String outlook_none();

    @Message("扣款时间")
    String col_due_at();

    @Message("资源")
    String col_resource();

    @Message("合计 {total}")
    String outlook_total(String total);

    @Message("全部扣款后剩余可提现金额：{amount}")
    String outlook_withdrawable_after(String amount);

    @Message("若现在提现全部可提现金额 {withdrawable}，余额将不足以支付标记的自动续费，资源可能因此到期。为保证自动续费成功，建议最多提现 {safe}。")
    String outlook_warning(String withdrawable, String safe);

    @Message("全额提现后余额不足")
    String outlook_unpaid_after_withdrawal();

    @Message("账号管理 #{id}")
    String admin_account_title(Long id);

    @Message("账号信息")
    String admin_account_fields();

    @Message("已实名认证")
    String admin_real_name_verified();

    @Message("实名")
    String admin_real_name();

    @Message("安全手机")
    String admin_phone();

    @Message("账号状态")
    String admin_status();

    @Message("{#when status}{#is NORMAL}正常{#is FROZEN}冻结{#is CLOSED}已注销{/when}")
    String admin_status_name(AccountStatus status);

    @Message("保存")
    String admin_save();

    @Message("主账号")
    String admin_master();

    @Message("主账号 ID（留空则解除关联）")
    String admin_master_id();

    @Message("设置主账号")
    String admin_master_save();

    @Message("成员账号")
    String admin_members();

    @Message("管理")
    String admin_manage();

    @Message("{#when done}{#is 'updated'}账号信息已保存。{#is 'linked'}主账号已设置。{#else}完成。{/when}")
    String admin_done(String done);

    @Message("充值")
    String link_recharge();

    @Message("充值记录")
    String link_recharges();

    @Message("提现记录")
    String link_withdrawals();
}
