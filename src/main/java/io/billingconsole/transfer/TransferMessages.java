package io.billingconsole.transfer;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of transfers between enterprise accounts ({@code transfer:} in templates). Simplified
 * Chinese is the default (in the annotations); English is in {@code messages/transfer_en.properties}.
 */
@MessageBundle(value = "transfer", locale = "zh")
public interface TransferMessages {

    @Message("资金划拨")
    String title();

    @Message("找不到划拨记录 {id}")
    String error_transfer_not_found(String id);

    @Message("划拨金额超过可划拨金额 ¥{max}")
    String error_amount_over_transferable(String max);

    @Message("回收金额超过可回收金额 ¥{max}")
    String error_amount_over_recallable(String max);

    @Message("无法设置主账号：主账号不能是账号自身，也不能是另一个主账号的成员；已有成员的账号不能成为成员")
    String error_master_link_invalid();

    @Message("成员账号")
    String members_title();

    @Message("账号")
    String col_account();

    @Message("现金余额")
    String col_cash();

    @Message("其中转账金额")
    String col_transferred_in();

    @Message("可划拨金额")
    String transferable();

    @Message("可划拨金额 = 自有现金 − 按量业务预留金额 − 欠款（不含成员转入的资金）。")
    String transferable_hint();

    @Message("划拨资金")
    String form_title();

    @Message("转入账号")
    String field_member();

    @Message("划拨金额（元）")
    String field_amount();

    @Message("备注")
    String field_note();

    @Message("确认划拨")
    String action_transfer();

    @Message("已划出的资金")
    String sent_title();

    @Message("收到的划拨")
    String received_title();

    @Message("划拨金额")
    String col_amount();

    @Message("剩余")
    String col_remaining();

    @Message("已回收")
    String col_recalled();

    @Message("可回收")
    String col_recallable();

    @Message("回收金额（元）")
    String field_recall_amount();

    @Message("回收")
    String action_recall();

    @Message("暂无划拨记录。")
    String none();

    @Message("主账号 {id} 划入的资金仅可用于消费或抵扣欠款，会优先于您自己的现金被使用，不能提现，也不能再划给其他账号。如需提现，请联系主账号回收。")
    String member_hint(Long id);

    @Message("本账号不属于企业账号体系（既不是主账号，也不是成员账号）。主账号与成员账号的关联由运营人员设置。")
    String not_linked();

    @Message("{#when done}{#is 'sent'}划拨成功。{#is 'recalled'}回收成功。{#else}完成。{/when}")
    String done(String done);
}
