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

    @Message("编辑 {name} 的规则")
    String rule_edit_title(String name);

    @Message("编辑")
    String rule_edit();

    @Message("保存规则")
    String rule_save();

    @Message("已保存 {name} 的规则，所有实例立即生效。")
    String rule_saved(String name);

    @Message("修改只影响之后的操作（续费、新开资源、定时任务）：已有订单金额、资源自身的月单价、已排定的自动续费日期都不变。")
    String rule_edit_hint();

    @Message("留空表示不限制")
    String rule_change_min_days_hint();

    @Message("用逗号分隔，每个 1 到 120，例如 1,3,6,12")
    String rule_months_hint();
}
