package io.billingconsole.overview;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the overview page ({@code overview:} in templates). Simplified Chinese is the
 * default (in the annotations); English is in {@code messages/overview_en.properties}.
 */
@MessageBundle(value = "overview", locale = "zh")
public interface OverviewMessages {

    @Message("概览")
    String overview_title();

    @Message("7 天内到期的资源")
    String overview_expiring();

    @Message("7 天内没有到期的资源")
    String overview_expiring_none();

    @Message("待支付订单")
    String overview_unpaid();

    @Message("没有待支付订单")
    String overview_unpaid_none();

    @Message("查看全部")
    String overview_view_all();

    @Message("已到期、仍可续费")
    String overview_expired();

    @Message("这些资源已停止服务；在释放前续费即可恢复，释放后无法再续费。")
    String overview_expired_hint();

    @Message("释放时间")
    String col_release_at();

    @Message("距释放")
    String col_days_to_release();

    @Message("{#if days == 0}今天释放{#else}还剩 {days} 天{/if}")
    String days_to_release(Long days);
}
