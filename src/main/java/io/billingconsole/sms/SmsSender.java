package io.billingconsole.sms;

/**
 * Hands one text message to an SMS provider. The console ships only {@link SandboxSmsSender}, which
 * keeps the messages in the database. A real provider replaces it with a bean of its own that CDI
 * prefers over the sandbox, without any other change:
 *
 * <pre>
 * &#64;Alternative
 * &#64;Priority(1)
 * &#64;ApplicationScoped
 * public class AliyunSmsSender implements SmsSender {
 *     public void send(String phone, String text) {
 *         // call the provider; wrap its failures (timeouts, refusals) in SmsSendException
 *     }
 * }
 * </pre>
 *
 * {@link SmsCodeService} calls it as the last step of the transaction that stores the code, so a
 * failed send leaves no valid code behind.
 */
public interface SmsSender {

    /**
     * Sends {@code text} to {@code phone} (digits, perhaps a leading +), or throws.
     *
     * @throws SmsSendException when the provider does not take the message
     */
    void send(String phone, String text);
}
