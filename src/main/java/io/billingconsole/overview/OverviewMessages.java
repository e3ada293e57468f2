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
}
