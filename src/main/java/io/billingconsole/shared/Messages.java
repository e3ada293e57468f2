package io.billingconsole.shared;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts every page shares: the application name, navigation and layout, the pager, yes/no,
 * generic columns and actions, and the generic error messages ({@link CommonError}). Simplified
 * Chinese is the default (in the annotations); English is in {@code messages/msg_en.properties}.
 * Each feature has its own bundle beside its code (e.g. {@code order/OrderMessages}, {@code order:});
 * I18nBundleSyncTest checks every bundle.
 */
@MessageBundle(value = "msg", locale = "zh")
public interface Messages {

    @Message("费用与成本中心")
    String app_name();

    @Message("概览")
    String nav_overview();

    @Message("续费管理")
    String nav_renewals();

    @Message("订单管理")
    String nav_orders();

    @Message("收支明细")
    String nav_transactions();

    @Message("后台管理")
    String nav_admin();

    @Message("资金账户")
    String nav_funds();

    @Message("充值")
    String nav_recharge();

    @Message("提现")
    String nav_withdraw();

    @Message("发票")
    String nav_invoices();

    @Message("财务")
    String nav_finance();

    @Message("消息中心")
    String nav_notices();

    @Message("{count} 条未读消息")
    String nav_notices_unread(Long count);

    @Message("退出登录")
    String nav_logout();

    @Message("English")
    String lang_name();

    @Message("测试时钟已开启，当前模拟时间：{now}")
    String test_clock_banner(String now);

    @Message("第 {page} / {pages} 页，共 {total} 条")
    String pager(Integer page, Integer pages, Long total);

    @Message("上一页")
    String pager_prev();

    @Message("下一页")
    String pager_next();

    @Message("搜索")
    String action_search();

    @Message("重置")
    String action_reset();

    @Message("是")
    String yes();

    @Message("否")
    String no();

    @Message("返回")
    String back();

    @Message("ID")
    String col_id();

    @Message("名称")
    String col_name();

    @Message("产品")
    String col_product();

    @Message("到期时间")
    String col_expires();

    @Message("剩余天数")
    String col_days_left();

    @Message("状态")
    String col_status();

    @Message("操作")
    String col_actions();

    @Message("状态")
    String filter_status();

    @Message("{months} 个月")
    String duration_months(Integer months);

    @Message("{years} 年")
    String duration_years(Integer years);

    @Message("创建时间")
    String col_created();

    @Message("金额")
    String col_amount();

    @Message("时长")
    String col_months();

    @Message("{#when done}{#is 'created'}订单已创建，请支付。{#is 'paid'}支付成功，资源已续费。{#is 'voided'}订单已作废。{#is 'auto_renew_enabled'}自动续费已开通。{#is 'auto_renew_modified'}自动续费已修改。{#is 'auto_renew_cancelled'}自动续费已取消。{#is 'auto_renew_batch'}已为所选资源开通自动续费。{#else}完成。{/when}")
    String notice_done(String done);

    @Message("时间")
    String col_time();

    @Message("类型")
    String col_type();

    @Message("备注")
    String col_note();

    @Message("订单")
    String col_order();

    @Message("没有记录")
    String tx_none();

    @Message("出错了（{status}）")
    String error_title(Integer status);

    @Message("请求格式不正确（JSON 无效或字段类型不符）")
    String error_malformed_request();

    @Message("页面或资源不存在")
    String error_page_not_found();

    @Message("您无权访问此页面")
    String error_access_denied();

    @Message("金额无效：{value}。请输入最多两位小数的正数。")
    String error_invalid_amount(String value);

    @Message("输入无效：{field}")
    String error_invalid_input(String field);

    @Message("测试时钟未开启")
    String error_test_clock_disabled();

    @Message("缺少请求标识（idempotencyKey），请刷新页面后重试")
    String error_idempotency_key_required();

    @Message("该请求标识已用于另一笔请求，请刷新页面后重试")
    String error_idempotency_key_reused();

    @Message("页面已过期或无法确认表单来自本站，请刷新页面后重试")
    String error_form_token_invalid();

    @Message("{field} 无效：最多 {max} 个字符，且不能含控制字符（如换行、NUL）")
    String error_text_invalid(String field, String max);

    @Message("时间 {value} 超出范围：只接受 {from} 年至 {to} 年之间的日期")
    String error_date_out_of_range(String value, String from, String to);

    @Message("金额超出可记账的范围，未做任何更改")
    String error_amount_out_of_range();

    @Message("表单过大：字段过多或内容过长（最多 {max} 个字段）")
    String error_form_too_large(String max);

    @Message("服务器内部错误，请稍后重试；如需联系我们，请提供错误编号 {id}")
    String error_internal_error(String id);

    // ---- issue 9: times state their zone ----
    @Message("时间均为{zone} (UTC{offset})")
    String times_in_zone(String zone, String offset);

    @Message("北京时间")
    String zone_beijing();

    // ---- issue 9: responsive layout ----

    @Message("菜单")
    String nav_menu();
}
