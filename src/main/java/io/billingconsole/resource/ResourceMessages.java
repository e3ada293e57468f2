package io.billingconsole.resource;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The labels of a resource's status, billing method and channel, and the resource error messages
 * ({@code resource:} in templates). Simplified Chinese is the default (in the annotations); English
 * is in {@code messages/resource_en.properties}.
 */
@MessageBundle(value = "resource", locale = "zh")
public interface ResourceMessages {

    @Message("{#when status}{#is RUNNING}运行中{#is EXPIRED}已过期（已停机）{#is STOPPED}欠费停机{#is RELEASED}已释放{/when}")
    String resource_status(ResourceStatus status);

    @Message("{#when method}{#is SUBSCRIPTION}包年包月{#is PAYG}按量付费{/when}")
    String billing_method(BillingMethod method);

    @Message("{#when channel}{#is CONSOLE}控制台{#is RESELLER}代理商{#is API}API{/when}")
    String channel(Channel channel);

    @Message("资源 {id} 不存在")
    String error_resource_not_found(String id);

    @Message("时间无效：{value}。到期时间须为业务时区的 00:00。")
    String error_invalid_date(String value);

    @Message("续费时长无效：{months}。可选月数：{allowed}")
    String error_invalid_duration(String months, String allowed);

    @Message("资源 {name} 已释放，不能续费")
    String error_resource_released(String name);

    @Message("资源 {name} 已超过到期后可续费期限，不能续费")
    String error_renewal_window_passed(String name);

    @Message("资源 {name} 为按量付费，无需续费")
    String error_payg_not_renewable(String name);

    @Message("资源 {name} 为免费或试用资源，不能开通自动续费")
    String error_auto_renew_trial(String name);

    @Message("资源 {name} 通过代理商或 API 渠道购买，不能开通自动续费")
    String error_auto_renew_channel(String name);

    @Message("资源 {name} 未在运行（已过期、已释放或按量付费），不能设置自动续费；到期后请在可续费期内手动续费")
    String error_auto_renew_not_running(String name);

    @Message("资源 {name} 距到期只剩 {days} 天，本产品须在到期前至少 {min} 天设置或取消自动续费")
    String error_auto_renew_change_too_late(String name, String days, String min);

    @Message("资源 {name} 已到期或将在 {days} 天内到期，不能开通或取消自动续费，请手动续费")
    String error_auto_renew_expires_too_soon(String name, String days);

    @Message("资源 {name} 未开通自动续费")
    String error_auto_renew_not_on(String name);

    @Message("资源 {name} 已释放")
    String error_already_released(String name);

    @Message("资源 {name} 为包年包月资源，不能设置释放时间或立即释放；如需提前结束请退订")
    String error_release_payg_only(String name);

    @Message("释放时间须晚于当前时间")
    String error_release_at_not_future();

    @Message("释放时间无效：{value}。请填写如 2030-05-01T10:00（业务时区）或带时区的时间。")
    String error_release_at_invalid(String value);

    @Message("{#when reason}{#is WINDOW_PASSED}超过到期后可续费期限{#is CUSTOMER}用户立即释放{#is SCHEDULED}到达定时释放时间{#is UNSUBSCRIBED}退订{#is OVERDUE}欠费超期{/when}")
    String release_reason(ReleaseReason reason);

    @Message("释放")
    String release_card_title();

    @Message("定时释放：{at.dateTime}")
    String release_scheduled_at(java.time.Instant at);

    @Message("未设置定时释放")
    String release_none();

    @Message("释放时间")
    String release_at_label();

    @Message("到达释放时间后资源自动释放；释放时间之后的用量不计费，即使释放任务稍晚执行。")
    String release_hint();

    @Message("保存释放时间")
    String release_set();

    @Message("取消定时释放")
    String release_clear();

    @Message("立即释放")
    String release_now();

    @Message("立即释放资源：{name}")
    String release_confirm_title(String name);

    @Message("释放后资源立即停止，不再计费，数据不可恢复。")
    String release_confirm_text();

    @Message("确认释放")
    String release_confirm();

    @Message("不释放，返回")
    String release_keep();

    @Message("已于 {at.dateTime} 释放")
    String released_at(java.time.Instant at);

    @Message("资源已释放。")
    String done_released();

    @Message("已设置定时释放。")
    String done_release_scheduled();

    @Message("已取消定时释放。")
    String done_release_cleared();
}
