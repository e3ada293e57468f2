package io.billingconsole.sms;

import io.billingconsole.shared.BillingConfig;
import io.billingconsole.shared.CommonError;
import io.billingconsole.shared.DomainException;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * The {@link SmsSender} of a console without an SMS provider: keeps each message in
 * {@code sms_message} (in the caller's transaction, so a message whose code was rolled back is gone
 * too), where operators read them while the test clock is on. {@code billing.sms.sandbox.delay}
 * makes it slow and {@code billing.sms.sandbox.fail-phones} makes it fail, as a provider can. A real
 * provider replaces it as described on {@link SmsSender}.
 */
@ApplicationScoped
public class SandboxSmsSender implements SmsSender {

    /** The outbox shows at most this many messages of one phone, newest first. */
    static final int MAX_LISTED = 100;

    @Inject
    SmsConfig config;

    @Inject
    BillingConfig billing;

    @Inject
    Clock clock;

    @Override
    @Transactional(TxType.MANDATORY)
    public void send(String phone, String text) {
        pause(config.sandbox().delay());
        if (config.sandbox().failPhones().orElse(List.of()).stream().map(SmsCodeService::normalize)
                .anyMatch(phone::equals)) {
            throw new SmsSendException("sandbox: sends to " + phone + " are set to fail (billing.sms.sandbox.fail-phones)");
        }
        SmsMessage message = new SmsMessage();
        message.phone = phone;
        message.text = text;
        message.sentAt = clock.instant();
        message.persist();
    }

    /** The messages kept for {@code phone} (as stored: without spaces and dashes), newest first; only with the test clock on. */
    @Transactional
    public List<SmsMessage> messagesTo(String phone) {
        if (!billing.testClock().enabled()) {
            throw new DomainException(CommonError.TEST_CLOCK_DISABLED);
        }
        return SmsMessage.find("phone", Sort.descending("sentAt", "id"), SmsCodeService.normalize(phone))
                .page(Page.ofSize(MAX_LISTED)).list();
    }

    private static void pause(Duration delay) {
        if (delay.isZero() || delay.isNegative()) {
            return;
        }
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SmsSendException("sandbox: interrupted while waiting", e);
        }
    }
}
