package io.billingconsole.notice;

import io.billingconsole.shared.Money;
import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

import java.time.Instant;

/**
 * The texts of the message center, the notice texts and the notice mails ({@code notice:} in
 * templates). Simplified Chinese is the default (in the annotations); English is in
 * {@code messages/notice_en.properties}.
 */
@MessageBundle(value = "notice", locale = "zh")
public interface NoticeMessages {

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

    @Message("{#when kind}{#is EXPIRY_REMINDER}到期提醒{#is RELEASE_WARNING}释放预警{#is AUTO_RENEW_ENABLED}自动续费已开通{#is AUTO_RENEW_MODIFIED}自动续费已修改{#is AUTO_RENEW_CANCELLED}自动续费已取消{#is BALANCE_LOW}余额不足{#is RENEWAL_SUCCEEDED}续费成功{#is LOGIN_LOCKED}登录已暂时锁定{#is BILL_ISSUED}账单已出{#is ARREARS}账单欠费{#is PAYG_STOP_WARNING}欠费停机预警{#is PAYG_STOPPED}欠费停机{#is PAYG_RESTARTED}已恢复运行{#is RESOURCE_RELEASED}资源已释放{#is RESOURCE_UNSUBSCRIBED}资源已退订{#is AUTO_RENEW_FUNDS_SHORT}自动续费余额不足预警{#is DATA_LOSS_WARNING}数据删除预警{/when}")
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

    @Message("您 {month} 的按量付费账单已出，金额 {amount.yuan}{#if unpaid.isPositive}，待支付 {unpaid.yuan}{#else}，已从余额自动扣款{/if}。")
    String notice_bill_issued(String month, Money amount, Money unpaid);

    @Message("您 {month} 的账单（{amount.yuan}）还有 {unpaid.yuan} 未支付，已形成欠费。请充值后在总览页还清欠费，逾期未还，按量付费资源将被停机。")
    String notice_arrears(String month, Money amount, Money unpaid);

    @Message("您的账户欠费 {arrears.yuan}。如未还清，{product}「{name}」将于 {stop.dateTime} 欠费停机。")
    String notice_payg_stop_warning(String product, String name, Money arrears, Instant stop);

    @Message("因账户欠费 {arrears.yuan}，{product}「{name}」已于 {stopped.dateTime} 停机。还清全部欠费后立即恢复运行；如一直未还，将于 {release.dateTime} 释放。")
    String notice_payg_stopped(String product, String name, Money arrears, Instant stopped, Instant release);

    @Message("欠费已还清，{product}「{name}」已恢复运行。")
    String notice_payg_restarted(String product, String name);

    @Message("还清欠费")
    String mail_go_arrears();

    @Message("您的{product}「{name}」已按您的操作立即释放，释放时间 {released.dateTime}。释放后不再计费，资源不能恢复。")
    String notice_released_customer(String product, String name, Instant released);

    @Message("您的{product}「{name}」已按您设置的自动释放时间于 {released.dateTime} 释放。释放后不再计费，资源不能恢复。")
    String notice_released_scheduled(String product, String name, Instant released);

    @Message("因账户欠费逾期未还，您的{product}「{name}」已于 {released.dateTime} 释放，资源不能恢复。欠费仍需还清。")
    String notice_released_overdue(String product, String name, Instant released);

    @Message("您的{product}「{name}」已于 {released.dateTime} 退订并释放。退款 {total.yuan}：退回现金余额 {cash.yuan}，退回信用额度 {credit.yuan}，可在收支明细中查看。")
    String notice_unsubscribed(String product, String name, Instant released, Money total, Money cash, Money credit);

    @Message("释放时间")
    String mail_released_at();

    @Message("释放原因")
    String mail_release_reason();

    @Message("{#when reason}{#is 'CUSTOMER'}您的操作（立即释放）{#is 'SCHEDULED'}到达自动释放时间{#is 'OVERDUE'}欠费逾期{#else}{reason}{/when}")
    String mail_release_reason_text(String reason);

    @Message("退回现金余额")
    String mail_refund_cash();

    @Message("退回信用额度")
    String mail_refund_credit();

    @Message("查看收支明细")
    String mail_go_transactions();

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

    @Message("您的登录名「{name}」因连续多次输入错误的密码，已被暂时锁定至 {until.dateTime}，锁定期间即使密码正确也无法登录。如果这些尝试不是您本人所为，请在解锁后尽快修改密码。")
    String notice_login_locked(String name, Instant until);

    @Message("登录名")
    String mail_login_name();

    @Message("锁定至")
    String mail_locked_until();

    @Message("如果是您本人忘记了密码，请在解锁后再试；如果不是，请解锁后立即修改密码，并联系我们。")
    String mail_login_locked_todo();

    @Message("新账号设置密码的邮件已发送")
    String notice_account_setup();

    @Message("此邮件由系统自动发送，请勿回复。控制台：")
    String mail_footer_staff();

    @Message("续费后到期时间")
    String mail_new_expiry();

    @Message("未来 {days} 天内有 {count} 个资源将自动续费（{names}），共需 {needed.yuan}；可用于自动续费的代金券、现金余额和信用额度还差 {missing.yuan}。最早一次扣款在 {first.dateTime}（最早到期 {expires.dateTime}），请在此之前充值至少 {missing.yuan}，以免续费失败。")
    String notice_funds_short(Integer days, Integer count, String names, Money needed, Money missing, Instant first,
                              Instant expires);

    @Message("{#when reason}{#is 'SCHEDULED'}按您设置的自动释放时间，{#is 'OVERDUE'}因账户欠费逾期未还，{#else}因已到期且未续费，{/when}您的{product}「{name}」将于 {release.dateTime} 释放（还剩 {days} 天）。释放时{lost}将被删除，不能恢复。{#when reason}{#is 'SCHEDULED'}如需保留，请在此之前取消自动释放时间。{#is 'OVERDUE'}请在此之前还清欠费。{#else}请在此之前续费。{/when}")
    String notice_data_loss(String product, String name, Instant release, Integer days, String lost, String reason);

    @Message("{#when product}{#is 'VIRTUAL_HOST'}网站文件、数据库和邮箱中的全部数据{#else}资源上的全部数据{/when}")
    String notice_data_lost(String product);

    @Message("到期资源")
    String mail_due_resources();

    @Message("共需金额")
    String mail_needed();

    @Message("最早扣款时间")
    String mail_first_attempt();

    @Message("最早到期时间")
    String mail_earliest_expiry();

    @Message("怎么办：在最早扣款时间之前向账户充值至少 {missing.yuan}，到期的自动续费即可全部扣款成功。")
    String mail_funds_short_todo(Money missing);

    @Message("将被删除的数据")
    String mail_data_lost();

    @Message("{#when reason}{#is 'SCHEDULED'}如需保留数据，请在释放时间之前取消自动释放时间。{#is 'OVERDUE'}如需保留数据，请在释放时间之前还清欠费。{#else}如需保留数据，请在释放时间之前续费。{/when}")
    String mail_data_loss_todo(String reason);
}
