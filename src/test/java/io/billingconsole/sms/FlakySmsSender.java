package io.billingconsole.sms;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The tests' {@link SmsSender}: the sandbox, except that a phone a test {@link #failNext(String, int) set
 * up} fails that many sends first, as a provider that is down for a while. Other phones behave as in
 * the sandbox, so the tests that do not use it see no difference.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class FlakySmsSender implements SmsSender {

    private final Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();

    @Inject
    SandboxSmsSender sandbox;

    /** The next {@code times} sends to {@code phone} fail. */
    public void failNext(String phone, int times) {
        failures.put(SmsCodeService.normalize(phone), new AtomicInteger(times));
    }

    @Override
    public void send(String phone, String text) {
        AtomicInteger left = failures.get(phone);
        if (left != null && left.getAndDecrement() > 0) {
            throw new SmsSendException("test: the provider is down for " + phone);
        }
        sandbox.send(phone, text);
    }
}
