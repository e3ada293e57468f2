package io.billingconsole.bank;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the bank pages and the branch picker, with the bank error messages ({@code bank:} in
 * templates). Simplified Chinese is the default (in the annotations); English is in
 * {@code messages/bank_en.properties}.
 */
@MessageBundle(value = "bank", locale = "zh")
public interface BankMessages {

    @Message("开户支行查询")
    String branches_title();

    @Message("输入支行名称中的字词即可查找，例如“西湖”“杭州 工商”或“工商银行西湖”；选中后自动带出开户省份、城市和银行。")
    String branches_intro();

    @Message("开户支行")
    String branch_label();

    @Message("输入支行名称、城市或银行，至少 2 个字")
    String branch_search_hint();

    @Message("匹配的支行")
    String branch_matches();

    @Message("没有匹配的支行，请换个说法，例如城市加银行：“杭州 工商”")
    String branch_no_matches();

    @Message("找到 {count} 个匹配的支行，用上下方向键选择，回车确认")
    String branch_found(String count);

    @Message("搜索失败，请稍后再试")
    String branch_search_failed();

    @Message("开户省份")
    String branch_province();

    @Message("开户城市")
    String branch_city();

    @Message("开户银行")
    String branch_bank();

    @Message("联行号")
    String branch_cnaps();

    @Message("查询")
    String action_look_up();

    @Message("已选支行")
    String branch_chosen();

    @Message("没有名称完全相同的支行，请从下列支行中选择：")
    String branch_pick_one();

    @Message("没有找到“{query}”，请输入支行名称中的至少 2 个字")
    String branch_none_for(String query);

    @Message("搜索内容不能超过 {max} 个字")
    String error_branch_query_too_long(String max);

    @Message("支行 {id} 不存在")
    String error_branch_not_found(String id);
}
