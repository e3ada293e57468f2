package io.billingconsole.catalog;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the product rules (product family, what happens after the renewal window), with the
 * catalog error messages ({@code catalog:} in templates). Simplified Chinese is the default (in the
 * annotations); English is in {@code messages/catalog_en.properties}.
 */
@MessageBundle(value = "catalog", locale = "zh")
public interface CatalogMessages {

    @Message("产品系列")
    String rule_family();

    @Message("{#when family}{#is WANWANG}万网（域名与网站）{#is CLOUD}云产品{/when}")
    String family(ProductFamily family);

    @Message("到期后可续费天数")
    String rule_window();

    @Message("之后")
    String rule_after_window();

    @Message("{#when value}{#is EXPIRED_FOR_GOOD}永久失效{#is RELEASED}释放{#is RELEASED_DATA_DELETED}释放，数据不可恢复{/when}")
    String after_window(AfterWindow value);

    @Message("自动续费提前天数")
    String rule_lead_days();

    @Message("设置/取消自动续费最少剩余天数")
    String rule_change_min_days();

    @Message("到期前多少天内不可开通或取消")
    String rule_blocked_within();

    @Message("代理商/API 渠道可自动续费")
    String rule_reseller_api();

    @Message("可选时长（月）")
    String rule_months();

    @Message("批量时可逐个设置时长")
    String rule_per_resource();

    @Message("月单价")
    String rule_price();

    @Message("未知的产品类型：{type}")
    String error_unknown_product(String type);

    @Message("退订可退款")
    String rule_unsubscribable();

    @Message("按量付费欠费宽限天数")
    String rule_payg_grace();

    @Message("按量付费欠费停机后释放天数")
    String rule_payg_release();

    @Message("找不到产品规则：{type}")
    String error_rule_not_found(String type);

    @Message("请填写 {field}")
    String error_rule_field_required(String field);

    @Message("{field} 须为 {min} 到 {max} 之间的整数")
    String error_rule_field_out_of_range(String field, String min, String max);

    @Message("可选时长至少要有一个")
    String error_rule_months_empty();

    @Message("可选时长须为 1 到 120 之间的整数（月），用逗号分隔：{value}")
    String error_rule_months_invalid(String value);

    @Message("可选时长重复：{value}")
    String error_rule_months_duplicate(String value);

    @Message("可选时长太多（最多 {max} 个字符）")
    String error_rule_months_too_many(String max);

    @Message("该产品规则已被他人修改，请重新打开后再编辑；本次未做任何修改")
    String error_rule_changed_meanwhile();
}
