package io.billingconsole.admin;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the back-office page ({@code admin:} in templates). Simplified Chinese is the
 * default (in the annotations); English is in {@code messages/admin_en.properties}.
 */
@MessageBundle(value = "admin", locale = "zh")
public interface AdminMessages {

    @Message("后台管理")
    String admin_title();

    @Message("测试时钟")
    String admin_clock();

    @Message("当前业务时间")
    String admin_clock_now();

    @Message("设置时间")
    String admin_clock_set();

    @Message("恢复真实时间")
    String admin_clock_reset();

    @Message("仅用于测试与演示；生产环境中关闭。")
    String admin_clock_hint();

    @Message("产品续费规则")
    String admin_rules();

    @Message("客户账户")
    String admin_accounts();

    @Message("名称")
    String col_display_name();

    @Message("邮箱")
    String col_email();

    @Message("定时任务")
    String admin_jobs();

    @Message("每天 {at}（业务时区）运行自动续费与到期提醒；资源状态与未支付订单作废每 5 分钟运行一次。每个任务显示最近 5 次运行。")
    String admin_jobs_hint(String at);
}
