package io.billingconsole.payment;

import java.util.Map;
import java.util.Optional;

/**
 * A payment gateway (Alipay, WeChat Pay, online banking): the console sends the payer to
 * {@link #payUrl}, the gateway reports the result to the console's callback endpoint, signed.
 * {@link SandboxGateway} is the only implementation here; a real one replaces it as a bean.
 */
public interface PaymentGateway {

    /** Whether online payments can start now (configured and switched on). */
    boolean available();

    /** Where the payer's browser goes to pay. */
    String payUrl(PaymentRequest request);

    /** The callback's content when it carries the gateway's valid signature and the fields it needs; else empty. */
    Optional<PaymentNotice> verify(Map<String, String> params);
}
