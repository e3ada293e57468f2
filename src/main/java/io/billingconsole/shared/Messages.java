package io.billingconsole.shared;

import io.billingconsole.catalog.AfterWindow;
import io.billingconsole.catalog.ProductFamily;
import io.billingconsole.ledger.EntryType;
import io.billingconsole.ledger.Pocket;
import io.billingconsole.notice.NoticeKind;
import io.billingconsole.order.OrderStatus;
import io.billingconsole.order.VoidReason;
import io.billingconsole.resource.BillingMethod;
import io.billingconsole.resource.Channel;
import io.billingconsole.resource.ResourceStatus;
import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

import java.time.Instant;

/**
 * Every visible string of the console. Simplified Chinese is the default (in the annotations);
 * English is in {@code messages/msg_en.properties}; I18nBundleSyncTest fails when a key is missing there.
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

    @Message("登录")
    String login_title();

    @Message("用户名")
    String login_username();

    @Message("密码")
    String login_password();

    @Message("登录")
    String login_submit();

    @Message("用户名或密码错误")
    String login_failed();

    @Message("您已退出登录")
    String logged_out();

    @Message("概览")
    String overview_title();

    @Message("现金余额")
    String balance_cash();

    @Message("信用额度")
    String balance_credit_line();

    @Message("可用信用额度")
    String balance_credit_available();

    @Message("代金券")
    String balance_vouchers();

    @Message("可用于支付")
    String balance_spendable();

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

    @Message("ID")
    String col_id();

    @Message("名称")
    String col_name();

    @Message("地域")
    String col_region();

    @Message("产品")
    String col_product();

    @Message("到期时间")
    String col_expires();

    @Message("剩余天数")
    String col_days_left();

    @Message("状态")
    String col_status();

    @Message("自动续费")
    String col_auto_renew();

    @Message("操作")
    String col_actions();

    @Message("计费方式")
    String col_billing();

    @Message("{days} 天")
    String days_left(Long days);

    @Message("已过期 {days} 天")
    String days_overdue(Long days);

    @Message("{#when status}{#is RUNNING}运行中{#is EXPIRED}已过期（已停机）{#is RELEASED}已释放{/when}")
    String resource_status(ResourceStatus status);

    @Message("{#when method}{#is SUBSCRIPTION}包年包月{#is PAYG}按量付费{/when}")
    String billing_method(BillingMethod method);

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

    @Message("状态")
    String filter_status();

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
    String auto_renew_blocked(ErrorCode code, String limit);

    @Message("资源详情")
    String resource_title();

    @Message("购买渠道")
    String col_channel();

    @Message("{#when channel}{#is CONSOLE}控制台{#is RESELLER}代理商{#is API}API{/when}")
    String channel(Channel channel);

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
    String renew_blocked(ErrorCode code);

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

    @Message("{months} 个月")
    String duration_months(Integer months);

    @Message("{years} 年")
    String duration_years(Integer years);

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

    @Message("订单管理")
    String orders_title();

    @Message("订单号")
    String col_order_id();

    @Message("创建时间")
    String col_created();

    @Message("金额")
    String col_amount();

    @Message("资源")
    String col_lines();

    @Message("作废原因")
    String col_void_reason();

    @Message("{#when status}{#is UNPAID}待支付{#is PAID}已支付{#is VOIDED}已作废{/when}")
    String order_status(OrderStatus status);

    @Message("{#when reason}{#is MANUAL}您手动作废了此订单{#is UNPAID_TIMEOUT}创建后 7 天内未支付，系统自动作废{#is INSUFFICIENT_BALANCE}自动续费时账户余额不足，订单已自动作废{/when}")
    String void_reason(VoidReason reason);

    @Message("全部订单")
    String filter_any_order_status();

    @Message("没有订单")
    String orders_none();

    @Message("订单 #{id}")
    String order_title(Long id);

    @Message("续费订单")
    String order_kind_renewal();

    @Message("支付时间")
    String order_paid_at();

    @Message("作废时间")
    String order_voided_at();

    @Message("支付")
    String action_pay();

    @Message("作废订单")
    String action_void();

    @Message("确定作废此订单？作废后不能再支付。")
    String void_confirm();

    @Message("支付顺序：代金券 → 现金余额 → 信用额度")
    String order_pay_order();

    @Message("余额不足，还差 {missing.yuan}。请充值后再支付。")
    String order_missing(Money missing);

    @Message("代金券支付")
    String paid_from_vouchers();

    @Message("现金支付")
    String paid_from_cash();

    @Message("信用额度支付")
    String paid_from_credit();

    @Message("时长")
    String col_months();

    @Message("到期时间变化")
    String col_expiry_change();

    @Message("{#when done}{#is 'created'}订单已创建，请支付。{#is 'paid'}支付成功，资源已续费。{#is 'voided'}订单已作废。{#is 'auto_renew_enabled'}自动续费已开通。{#is 'auto_renew_modified'}自动续费已修改。{#is 'auto_renew_cancelled'}自动续费已取消。{#is 'auto_renew_batch'}已为所选资源开通自动续费。{#else}完成。{/when}")
    String notice_done(String done);

    @Message("收支明细")
    String tx_title();

    @Message("{#when type}{#is TOP_UP}充值{#is PAYMENT}消费{#is VOUCHER_GRANT}代金券发放{#is REFUND}退款{#is WITHDRAWAL}提现{#is ADJUSTMENT}调账{/when}")
    String tx_type(EntryType type);

    @Message("{#when pocket}{#is CASH}现金{#is CREDIT}信用额度{#is VOUCHER}代金券{/when}")
    String tx_pocket(Pocket pocket);

    @Message("全部类型")
    String tx_any_type();

    @Message("时间")
    String col_time();

    @Message("类型")
    String col_type();

    @Message("资金类型")
    String col_pocket();

    @Message("现金余额")
    String col_balance_after();

    @Message("备注")
    String col_note();

    @Message("订单")
    String col_order();

    @Message("开始日期")
    String filter_from();

    @Message("结束日期")
    String filter_to();

    @Message("没有记录")
    String tx_none();

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

    @Message("客户账户")
    String admin_accounts();

    @Message("名称")
    String col_display_name();

    @Message("邮箱")
    String col_email();

    @Message("消息中心")
    String notices_title();

    @Message("全部消息")
    String notices_all();

    @Message("只看未读")
    String notices_unread_only();

    @Message("暂无消息")
    String notices_none();

    @Message("未读")
    String notices_unread();

    @Message("内容")
    String notices_col_message();

    @Message("标为已读")
    String notices_mark_read();

    @Message("全部标为已读")
    String notices_mark_all_read();

    @Message("{#when kind}{#is EXPIRY_REMINDER}到期提醒{#is RELEASE_WARNING}释放预警{#is AUTO_RENEW_ENABLED}自动续费已开通{#is AUTO_RENEW_MODIFIED}自动续费已修改{#is AUTO_RENEW_CANCELLED}自动续费已取消{#is BALANCE_LOW}余额不足{#is RENEWAL_SUCCEEDED}续费成功{#is LOGIN_LOCKED}登录已暂时锁定{/when}")
    String notice_kind(NoticeKind kind);

    @Message("资源")
    String notice_resource();

    @Message("{#if days == 0}您的{product}「{name}」已于今天 {expires.dateTime} 到期，请尽快续费。{#else}您的{product}「{name}」将于 {expires.dateTime} 到期（还剩 {days} 天），请及时续费。{/if}")
    String notice_expiry_reminder(String product, String name, Instant expires, Integer days);

    @Message("您的{product}「{name}」已于 {expires.dateTime} 到期并停止服务，将于 {release.dateTime} 释放，释放后不能再续费。请在此之前续费。")
    String notice_release_warning(String product, String name, Instant expires, Instant release);

    @Message("您已为{product}「{name}」开通自动续费，每次续费 {months} 个月。请保持账户余额充足。")
    String notice_auto_renew_enabled(String product, String name, Integer months);

    @Message("{product}「{name}」的自动续费已修改为每次续费 {months} 个月。")
    String notice_auto_renew_modified(String product, String name, Integer months);

    @Message("{product}「{name}」的自动续费已取消，请在到期前手动续费。")
    String notice_auto_renew_cancelled(String product, String name);

    @Message("{product}「{name}」自动续费扣款失败：需支付 {amount.yuan}，账户余额还差 {missing.yuan}{#if order}，订单 #{order} 已作废{/if}。{#if next}系统将于 {next.dateTime} 再次尝试{#if last}（每天 {at} 一次，最后一次在 {last.dateTime}）{/if}，请在此之前充值至少 {missing.yuan}。{#else}已没有自动扣款的机会，请充值后在到期前手动续费。{/if}")
    String notice_balance_low(String product, String name, Money amount, Money missing, Long order, Instant next,
                              Instant last, String at);

    @Message("{product}「{name}」已续费 {months} 个月，扣款 {amount.yuan}{#if order}（订单 #{order}）{/if}，新的到期时间为 {expires.dateTime}。")
    String notice_renewal_succeeded(String product, String name, Integer months, Money amount, Instant expires,
                                    Long order);

    @Message("【{title}】{name}")
    String mail_subject(String title, String name);

    @Message("尊敬的 {name}：")
    String mail_greeting(String name);

    @Message("详情")
    String mail_details();

    @Message("释放时间")
    String mail_release_at();

    @Message("还差金额")
    String mail_missing();

    @Message("下次扣款时间")
    String mail_next_attempt();

    @Message("前往续费管理")
    String mail_go_renewals();

    @Message("怎么办：向账户充值至少 {missing.yuan}。充值后无需其他操作，系统会在下次扣款时自动续费；您也可以在续费管理中手动续费。")
    String mail_balance_low_todo(Money missing);

    @Message("此邮件由系统自动发送，请勿回复。全部通知可在控制台的消息中心查看。")
    String mail_footer();

    @Message("定时任务")
    String admin_jobs();

    @Message("每天 {at}（业务时区）运行自动续费与到期提醒；资源状态与未支付订单作废每 5 分钟运行一次。每个任务显示最近 5 次运行。")
    String admin_jobs_hint(String at);

    @Message("任务")
    String job_name();

    @Message("{#when name}{#is 'AUTO_RENEW'}自动续费扣款{#is 'ORDER_VOIDING'}未支付订单作废{#is 'RESOURCE_LIFECYCLE'}到期与释放{#is 'EXPIRY_NOTICES'}到期提醒{#else}{name}{/when}")
    String job_label(String name);

    @Message("业务日期")
    String job_business_date();

    @Message("开始")
    String job_started();

    @Message("结束")
    String job_ended();

    @Message("处理")
    String job_processed();

    @Message("变更")
    String job_changed();

    @Message("失败")
    String job_failed();

    @Message("运行中")
    String job_running();

    @Message("尚未运行")
    String job_never_ran();

    @Message("立即运行")
    String job_run_now();

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

    @Message("续费时长无效：{months}。可选月数：{allowed}")
    String error_invalid_duration(String months, String allowed);

    @Message("输入无效：{field}")
    String error_invalid_input(String field);

    @Message("时间无效：{value}。到期时间须为业务时区的 00:00。")
    String error_invalid_date(String value);

    @Message("请至少选择一个资源")
    String error_empty_selection();

    @Message("一次最多选择 {max} 个资源")
    String error_selection_too_large(String max);

    @Message("资源 {id} 重复出现")
    String error_duplicate_resource(String id);

    @Message("产品 {product} 不支持为每个资源单独设置时长")
    String error_per_resource_duration_not_allowed(String product);

    @Message("用户名 {username} 已被使用")
    String error_username_taken(String username);

    @Message("资源 {id} 不存在")
    String error_resource_not_found(String id);

    @Message("订单 {id} 不存在")
    String error_order_not_found(String id);

    @Message("账户 {id} 不存在")
    String error_account_not_found(String id);

    @Message("未知的产品类型：{type}")
    String error_unknown_product(String type);

    @Message("资源 {name} 已释放，不能续费")
    String error_resource_released(String name);

    @Message("资源 {name} 已超过到期后可续费期限，不能续费")
    String error_renewal_window_passed(String name);

    @Message("资源 {name} 为按量付费，无需续费")
    String error_payg_not_renewable(String name);

    @Message("资源 {name} 已有待支付订单 {order}，请先支付或作废该订单")
    String error_unpaid_order_exists(String name, String order);

    @Message("订单 {id} 已支付，不能重复支付或作废")
    String error_order_already_paid(String id);

    @Message("订单 {id} 已作废，不能支付")
    String error_order_voided(String id);

    @Message("账户余额不足，还差 ¥{missing}")
    String error_insufficient_balance(String missing);

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

    @Message("所选资源中 {names} 已开通自动续费，请使用“修改自动续费”")
    String error_auto_renew_already_on(String names);

    @Message("资源 {name} 未开通自动续费")
    String error_auto_renew_not_on(String name);

    @Message("没有名为 {name} 的任务")
    String error_unknown_job(String name);

    @Message("测试时钟未开启")
    String error_test_clock_disabled();

    // ---- issue 7: authentication and browser security ----

    @Message("尝试次数过多，请在 {seconds} 秒后重试")
    String error_too_many_login_attempts(String seconds);

    @Message("页面已过期或无法确认表单来自本站，请刷新页面后重试")
    String error_form_token_invalid();

    @Message("您的登录名「{name}」因连续多次输入错误的密码，已被暂时锁定至 {until.dateTime}，锁定期间即使密码正确也无法登录。如果这些尝试不是您本人所为，请在解锁后尽快修改密码。")
    String notice_login_locked(String name, Instant until);

    @Message("登录名")
    String mail_login_name();

    @Message("锁定至")
    String mail_locked_until();

    @Message("如果是您本人忘记了密码，请在解锁后再试；如果不是，请解锁后立即修改密码，并联系我们。")
    String mail_login_locked_todo();
    // ---- issue 7: input hardening ----
    @Message("{field} 无效：最多 {max} 个字符，且不能含控制字符（如换行、NUL）")
    String error_text_invalid(String field, String max);

    @Message("时间 {value} 超出范围：只接受 {from} 年至 {to} 年之间的日期")
    String error_date_out_of_range(String value, String from, String to);

    @Message("金额 ¥{value} 超过单笔上限 ¥{max}")
    String error_amount_above_limit(String value, String max);

    @Message("金额超出可记账的范围，未做任何更改")
    String error_amount_out_of_range();

    @Message("表单过大：字段过多或内容过长（最多 {max} 个字段）")
    String error_form_too_large(String max);

    @Message("服务器内部错误，请稍后重试；如需联系我们，请提供错误编号 {id}")
    String error_internal_error(String id);
    // ---- issue 7: staff accounts, passwords, setup links ----

    @Message("新账号设置密码的邮件已发送")
    String notice_account_setup();

    @Message("密码太短：至少需要 {min} 个字符")
    String error_password_too_short(String min);

    @Message("密码太长：最多 {max} 字节（UTF-8，一个汉字占 3 字节）。bcrypt 只读取前 72 字节，更长的密码不被接受")
    String error_password_too_long(String max);

    @Message("密码不能与用户名相同")
    String error_password_is_username();

    @Message("两次输入的新密码不一致")
    String error_passwords_differ();

    @Message("当前密码不正确")
    String error_wrong_current_password();

    @Message("请填写密码，或填写邮箱以便发送设置密码的链接")
    String error_email_or_password_required();

    @Message("用户 {id} 不存在")
    String error_user_not_found(String id);

    @Message("不能停用您自己的账号")
    String error_cannot_disable_self();

    @Message("不能停用最后一个启用的运营账号")
    String error_last_operator();

    @Message("邮件发送已关闭（BILLING_MAIL_ENABLED=false），无法发送设置密码的链接；请直接设置密码")
    String error_setup_mail_unavailable();

    @Message("此链接无效")
    String error_setup_link_invalid();

    @Message("此链接已经使用过，不能再次使用")
    String error_setup_link_used();

    @Message("此链接已过期（有效期 24 小时）")
    String error_setup_link_expired();
    // ---- issue 7: login lock notice for staff ----

    @Message("此邮件由系统自动发送，请勿回复。控制台：")
    String mail_footer_staff();

    // ---- issue 9: responsive layout ----

    @Message("菜单")
    String nav_menu();
}
