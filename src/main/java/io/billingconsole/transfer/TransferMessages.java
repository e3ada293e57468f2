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
}
