package io.billingconsole.sms;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of SMS codes: the message sent (in the account's language) and the refusals ({@code sms:}
 * in templates). Simplified Chinese is the default (in the annotations); English is in
 * {@code messages/sms_en.properties}.
 */
@MessageBundle(value = "sms", locale = "zh")
public interface SmsMessages {

    @Message("【费用与成本中心】您的提现验证码为 {code}，{minutes} 分钟内有效。请勿告诉他人。")
    String text_withdrawal(String code, long minutes);

    @Message("账号未绑定安全手机，无法发送验证码。请先绑定安全手机。")
    String error_phone_missing();

    @Message("短信发送失败，验证码未发出，请稍后重新获取。")
    String error_sms_send_failed();

    @Message("获取验证码过于频繁，请 {seconds} 秒后再试。")
    String error_sms_too_soon(String seconds);

    @Message("验证码错误，还可再试 {left} 次")
    String error_sms_code_invalid(String left);

    @Message("验证码已过期，请重新获取")
    String error_sms_code_expired();

    @Message("验证码已使用，请重新获取")
    String error_sms_code_used();

    @Message("错误次数过多，验证码已失效，请重新获取")
    String error_sms_code_too_many_tries();

    @Message("请先获取验证码（更换安全手机后需重新获取）")
    String error_sms_code_not_sent();
}
