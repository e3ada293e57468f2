package io.billingconsole.notice;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the notice channels (the customer's choice, the operator's notice schedule), the
 * prefix of notice text messages and the refusals of {@link NoticeError} ({@code noticeset:} in
 * templates). Simplified Chinese is the default; English is in {@code messages/noticeset_en.properties}.
 */
@MessageBundle(value = "noticeset", locale = "zh")
public interface NoticeSettingsMessages {

    /** A notice's text message: the sender's name, then {@code text}. */
    @Message("【费用中心】{text}")
    String sms_text(String text);

    @Message("通知设置")
    String settings_title();

    @Message("选择每类通知除消息中心外还通过哪些方式发给您。消息中心始终保留全部通知。")
    String settings_hint();

    @Message("通知类型")
    String col_kind();

    @Message("邮件")
    String col_email();

    @Message("短信")
    String col_sms();

    @Message("不提供")
    String not_offered();

    @Message("短信需要绑定安全手机，您的账号尚未绑定手机号，暂不能选择短信。")
    String no_phone_hint();

    @Message("短信将发送至 {phone}。")
    String phone_hint(String phone);

    @Message("保存设置")
    String save();

    @Message("通知设置已保存。")
    String saved();

    @Message("通知设置")
    String settings_link();

    @Message("通知计划")
    String schedule_title();

    @Message("提醒时间点对所有实例的下一次定时任务生效；已发出的通知不受影响。天数为整数，用逗号分隔，最多 {max} 个，保存后按从大到小排列。")
    String schedule_hint(int max);

    @Message("到期前提醒（天，0 = 到期当天）")
    String expiry_days();

    @Message("释放前预警（天，到期后的保留期内）")
    String release_days();

    @Message("自动续费余额不足预警（首次扣款前天数，0 = 不预警）")
    String funds_warning_days();

    @Message("数据删除前预警（天）")
    String data_loss_days();

    @Message("数据删除前加发短信（从释放前多少天起）")
    String data_loss_sms_days();

    @Message("各类通知的发送方式")
    String channels_title();

    @Message("“允许”：该类通知可用此方式发送，客户可自行开关；“默认”：客户未设置时是否发送。")
    String channels_hint();

    @Message("允许邮件")
    String email_allowed();

    @Message("默认邮件")
    String email_default();

    @Message("允许短信")
    String sms_allowed();

    @Message("默认短信")
    String sms_default();

    @Message("保存通知计划")
    String schedule_save();

    @Message("通知计划已保存，所有实例的下一次定时任务起生效。")
    String schedule_saved();

    @Message("没有这类通知：{kind}")
    String error_notice_kind_unknown(String kind);

    @Message("同一类通知出现了两次：{kind}")
    String error_notice_kind_twice(String kind);

    @Message("请填写 {field}")
    String error_notice_field_required(String field);

    @Message("{kind} 类通知不提供邮件，请刷新页面后重新选择。")
    String error_notice_email_not_allowed(String kind);

    @Message("{kind} 类通知不提供短信，请刷新页面后重新选择。")
    String error_notice_sms_not_allowed(String kind);

    @Message("您的账号尚未绑定手机号，不能选择短信通知。")
    String error_notice_sms_needs_phone();

    @Message("{kind}：默认发送的方式必须先允许。")
    String error_notice_default_not_allowed(String kind);

    @Message("{field} 须为 {min} 到 {max} 之间的整数天")
    String error_notice_days_out_of_range(String field, String min, String max);

    @Message("{field} 中的天数重复：{value}")
    String error_notice_days_twice(String field, String value);

    @Message("{field} 最多 {max} 个时间点")
    String error_notice_days_too_many(String field, String max);

    @Message("{field} 至少需要一个时间点")
    String error_notice_days_empty(String field);

    @Message("通知计划在您打开页面后已被他人修改，请重新打开后再修改。本次未做任何更改。")
    String error_notice_schedule_changed_meanwhile();
}
