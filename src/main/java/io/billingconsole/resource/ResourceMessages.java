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
}
