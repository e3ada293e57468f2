package io.billingconsole.ledger;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of balances and the transaction list, with the ledger's error messages ({@code ledger:}
 * in templates). Simplified Chinese is the default (in the annotations); English is in
 * {@code messages/ledger_en.properties}.
 */
@MessageBundle(value = "ledger", locale = "zh")
public interface LedgerMessages {

    @Message("现金余额")
    String balance_cash();

    @Message("信用额度")
    String balance_credit_line();

    @Message("可用信用额度")
    String balance_credit_available();

    @Message("代金券")
    String balance_vouchers();

    @Message("可用于支付")
    String balance_spendable();

    @Message("收支明细")
    String tx_title();

    @Message("{#when type}{#is TOP_UP}充值{#is PAYMENT}消费{#is VOUCHER_GRANT}代金券发放{#is REFUND}退款{#is WITHDRAWAL}提现{#is ADJUSTMENT}调账{#is WITHDRAWAL_RETURN}提现退回{#is TRANSFER_OUT}资金划出{#is TRANSFER_IN}资金划入{#is TRANSFER_RECALL}资金回收{/when}")
    String tx_type(EntryType type);

    @Message("{#when pocket}{#is CASH}现金{#is CREDIT}信用额度{#is VOUCHER}代金券{#is TRANSFERRED}转账金额{/when}")
    String tx_pocket(Pocket pocket);

    @Message("全部类型")
    String tx_any_type();

    @Message("资金类型")
    String col_pocket();

    @Message("现金余额")
    String col_balance_after();

    @Message("开始日期")
    String filter_from();

    @Message("结束日期")
    String filter_to();

    @Message("金额 ¥{value} 超过单笔上限 ¥{max}")
    String error_amount_above_limit(String value, String max);

    @Message("{#when code}{#is DEMO_TOP_UP}演示充值{#is WELCOME_VOUCHER}新客代金券{/when}")
    String ledger_text(LedgerText code);
}
