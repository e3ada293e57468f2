package io.billingconsole.renewal;

import io.billingconsole.resource.ResourceError;
import io.billingconsole.shared.Money;
import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the renewal and auto-renewal pages, with their error messages ({@code renewal:} in
 * templates). Simplified Chinese is the default (in the annotations); English is in
 * {@code messages/renewal_en.properties}.
 */
@MessageBundle(value = "renewal", locale = "zh")
public interface RenewalMessages {

    @Message("地域")
    String col_region();

    @Message("自动续费")
    String col_auto_renew();

    @Message("计费方式")
    String col_billing();

    @Message("{days} 天")
    String days_left(Long days);

    @Message("已过期 {days} 天")
    String days_overdue(Long days);

    @Message("已开通（每次 {months} 个月）")
    String auto_renew_on(Integer months);

    @Message("未开通")
    String auto_renew_off();

    @Message("免费/试用")
    String trial_tag();

    @Message("续费管理")
    String renewals_title();

    @Message("全部产品")
    String renewals_all();

    @Message("全部状态")
    String filter_any_status();

    @Message("到期时间")
    String filter_expiring();

    @Message("不限")
    String filter_any_expiry();

    @Message("{days} 天内到期")
    String filter_expiring_days(Integer days);

    @Message("资源 ID 或名称")
    String search_placeholder();

    @Message("续费")
    String action_renew();

    @Message("批量续费")
    String action_batch_renew();

    @Message("勾选多个资源后点击“批量续费”或“批量开通自动续费”")
    String batch_hint();

    @Message("批量开通自动续费")
    String action_batch_auto_renew();

    @Message("续费方式")
    String filter_renewal();

    @Message("{#when mode}{#is 'AUTO'}自动续费{#is 'MANUAL'}手动续费{#is 'NONE'}不续费{#else}全部{/when}")
    String renewal_mode_tab(String mode);

    @Message("开通自动续费")
    String auto_renew_enable();

    @Message("修改自动续费")
    String auto_renew_modify();

    @Message("取消自动续费")
    String auto_renew_cancel();

    @Message("{#when code}{#is AUTO_RENEW_TRIAL}试用资源不支持自动续费{#is AUTO_RENEW_CHANNEL}代理商/API 渠道购买，不支持自动续费{#is AUTO_RENEW_NOT_RUNNING}未在运行，不能设置自动续费{#is AUTO_RENEW_CHANGE_TOO_LATE}距到期不足 {limit} 天，不能设置或取消{#is AUTO_RENEW_EXPIRES_TOO_SOON}{limit} 天内到期，请手动续费{#else}不能设置自动续费{/when}")
    String auto_renew_blocked(ResourceError code, String limit);

    @Message("资源详情")
    String resource_title();

    @Message("购买渠道")
    String col_channel();

    @Message("每次续费时长")
    String auto_renew_duration();

    @Message("每次扣款 {price.yuan}")
    String auto_renew_per_renewal(Money price);

    @Message("开通后，系统在到期前第 {lead} 天 {at} 首次扣款；余额不足时每天 {at} 重试，直到到期前一天。")
    String auto_renew_hint(Integer lead, String at);

    @Message("本产品须在到期前至少 {min} 天设置或取消自动续费。")
    String auto_renew_change_rule(Integer min);

    @Message("扣款日历")
    String calendar_title();

    @Message("下次自动扣款")
    String calendar_next_attempt();

    @Message("本期已没有自动扣款机会，请在到期前手动续费")
    String calendar_no_attempt();

    @Message("余额不足时重试（每天 {at}）")
    String calendar_retries(String at);

    @Message("无")
    String calendar_none();

    @Message("最后一次自动扣款")
    String calendar_last_attempt();

    @Message("未开通自动续费：系统不会自动扣款，请在到期前手动续费。")
    String calendar_off();

    @Message("最后可手动续费日")
    String calendar_last_renewable();

    @Message("可续费期结束")
    String calendar_window_end();

    @Message("按量付费资源没有到期时间，无需续费。")
    String calendar_payg();

    @Message("所选资源将使用同一自动续费时长（每次续费购买的时长）。已开通自动续费的资源请在其详情中“修改自动续费”。")
    String auto_renew_batch_hint();

    @Message("所选资源的产品没有共同的可选时长，请分别设置")
    String auto_renew_no_common_duration();

    @Message("没有符合条件的资源")
    String no_resources();

    @Message("{#when code}{#is RESOURCE_RELEASED}已释放，不能续费{#is RENEWAL_WINDOW_PASSED}已超过到期后可续费期限{#is PAYG_NOT_RENEWABLE}按量付费，无需续费{#else}不能续费{/when}")
    String renew_blocked(ResourceError code);

    @Message("已有待支付订单 #{order}")
    String renew_pending_order(Long order);

    @Message("去支付")
    String renew_pay_pending();

    @Message("续费")
    String renew_title();

    @Message("当前到期时间")
    String renew_current_expiry();

    @Message("续费时长")
    String renew_duration();

    @Message("价格")
    String renew_price();

    @Message("续费后到期时间")
    String renew_new_expiry();

    @Message("续费从当前到期时间起算；本产品到期后 {days} 天内仍可续费。")
    String renew_rule_hint(Integer days);

    @Message("提交订单")
    String renew_submit();

    @Message("已选择 {count} 个资源")
    String renew_selected(Integer count);

    @Message("统一续费时长")
    String renew_mode_all();

    @Message("为每个资源单独设置时长")
    String renew_mode_each();

    @Message("所选产品不支持逐个设置时长")
    String renew_mode_each_unavailable();

    @Message("合计")
    String renew_total();

    @Message("请至少选择一个资源")
    String error_empty_selection();

    @Message("一次最多选择 {max} 个资源")
    String error_selection_too_large(String max);

    @Message("资源 {id} 重复出现")
    String error_duplicate_resource(String id);

    @Message("产品 {product} 不支持为每个资源单独设置时长")
    String error_per_resource_duration_not_allowed(String product);

    @Message("资源 {name} 已有待支付订单 {order}，请先支付或作废该订单")
    String error_unpaid_order_exists(String name, String order);

    @Message("所选资源中 {names} 已开通自动续费，请使用“修改自动续费”")
    String error_auto_renew_already_on(String names);

    @Message("显示已释放")
    String filter_show_released();

    @Message("即将到期（{days} 天内）")
    String quick_expiring_title(Integer days);

    @Message("即将到期 {count}")
    String quick_expiring(Long count);

    @Message("已过期 {count}")
    String quick_expired(Long count);

    @Message("全选本页")
    String select_all();

    @Message("按此列排序")
    String sort_hint();

    @Message("余额")
    String renew_balance_col();

    @Message("足够")
    String renew_enough();

    @Message("还差 {missing.yuan}")
    String renew_short(Money missing);

    @Message("可用余额不足：最短时长也还差 {missing.yuan}，请先充值再续费。")
    String renew_short_notice(Money missing);

    @Message("去充值")
    String top_up_link();

    @Message("以下资源现在不能开通自动续费，不会被提交：")
    String auto_renew_ineligible_title();

    @Message("移除这些资源并继续")
    String auto_renew_remove_and_continue();

    @Message("所选资源现在都不能开通自动续费，请返回列表重新选择。")
    String auto_renew_none_eligible();

    @Message("{from} 至 {to}，每天 {at}")
    String calendar_retry_range(java.time.LocalDate from, java.time.LocalDate to, String at);

    @Message("{day} {at}")
    String calendar_retry_single(java.time.LocalDate day, String at);
}
