package io.billingconsole.payment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.util.List;

/** Records refused gateway callbacks (table {@code gateway_callback_refusal}) and logs each as a warning. */
@ApplicationScoped
public class CallbackRefusals {

    /** Why a callback was refused. */
    public enum Reason {
        BAD_SIGNATURE, AMOUNT_MISMATCH, UNKNOWN_ORDER, NOT_PENDING, INVALID
    }

    private static final Logger LOG = Logger.getLogger(CallbackRefusals.class);

    @Inject
    Clock clock;

    /** Keeps the refusal in its own transaction, whatever happens to the caller's. */
    @Transactional(TxType.REQUIRES_NEW)
    public void record(String gatewayRef, Reason reason, String payload) {
        String ref = clip(gatewayRef, 40);
        LOG.warnf("Refused a payment-gateway callback for %s: %s", ref, reason);
        CallbackRefusal refusal = new CallbackRefusal();
        refusal.gatewayRef = ref;
        refusal.reason = reason.name();
        refusal.payload = clip(payload == null ? "" : payload, 2000);
        refusal.receivedAt = clock.instant();
        refusal.persist();
    }

    /** The refusals of one reference, oldest first (finance looks them up by the order's reference). */
    @Transactional
    public List<CallbackRefusal> of(String gatewayRef) {
        return CallbackRefusal.<CallbackRefusal>find("gatewayRef = ?1 order by id", gatewayRef).list();
    }

    private static String clip(String text, int max) {
        if (text == null) {
            return null;
        }
        // keep it storable: no control characters, at most max characters
        String clean = text.codePoints().filter(c -> !Character.isISOControl(c) && (c < 0xD800 || c > 0xDFFF))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return clean.codePointCount(0, clean.length()) <= max ? clean
                : clean.substring(0, clean.offsetByCodePoints(0, max));
    }
}
