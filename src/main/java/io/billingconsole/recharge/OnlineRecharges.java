package io.billingconsole.recharge;

import io.billingconsole.bank.BankAccountType;
import io.billingconsole.payment.CallbackRefusals;
import io.billingconsole.payment.CallbackRefusals.Reason;
import io.billingconsole.payment.GatewaySignature;
import io.billingconsole.payment.PaymentConfig;
import io.billingconsole.payment.PaymentGateway;
import io.billingconsole.payment.PaymentNotice;
import io.billingconsole.payment.PaymentRequest;
import io.billingconsole.shared.CommonError;
import io.billingconsole.shared.DomainException;
import io.billingconsole.shared.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Map;
import java.util.Optional;

/**
 * Online recharges through the payment gateway: start one (the payer is sent to the gateway) and
 * take the gateway's signed callback. A callback is applied once (a replay is answered as accepted
 * and changes nothing); a bad signature, another amount or an unknown order is refused, recorded
 * in {@code gateway_callback_refusal} and logged.
 */
@ApplicationScoped
public class OnlineRecharges {

    public static final String CALLBACK_PATH = "/api/v1/payments/callback";

    /** A started recharge and where its payer goes to pay. */
    public record Started(Recharge recharge, String payUrl) {
    }

    @Inject
    RechargeService recharges;

    @Inject
    PaymentGateway gateway;

    @Inject
    PaymentConfig payment;

    @Inject
    CallbackRefusals refusals;

    /** Whether online channels can be offered at all. */
    public boolean available() {
        return gateway.available();
    }

    /**
     * Opens a PENDING recharge and asks the gateway where to pay it. {@code consoleBase} is the
     * console's address as the payer reached it (used for the callback unless
     * {@code billing.payment.notify-url} is set).
     */
    public Started start(long accountId, Money amount, RechargeChannel channel, String bank, BankAccountType type,
                         Long userId, String consoleBase) {
        if (!gateway.available()) {
            throw new DomainException(RechargeError.GATEWAY_UNAVAILABLE);
        }
        Recharge recharge = recharges.start(accountId, amount, channel, bank, type, userId);
        String notifyUrl = payment.notifyUrl().filter(u -> !u.isBlank())
                .orElseGet(() -> stripSlash(consoleBase) + CALLBACK_PATH);
        String payUrl = gateway.payUrl(new PaymentRequest(recharge.gatewayRef, recharge.amount.toPlainString(),
                recharge.channel.name(), recharge.bank, recharge.accountType == null ? null : recharge.accountType.name(),
                "/recharges/" + recharge.id + "?from=gateway", notifyUrl));
        return new Started(recharge, payUrl);
    }

    /** Applies a gateway callback; false when it was refused (and recorded). */
    public boolean callback(Map<String, String> params) {
        String payload = GatewaySignature.canonical(params)
                + (params.containsKey(GatewaySignature.SIGN) ? "&sign=" + params.get(GatewaySignature.SIGN) : "");
        String ref = params.get("ref");
        Optional<PaymentNotice> verified = gateway.verify(params);
        if (verified.isEmpty()) {
            refusals.record(ref, Reason.BAD_SIGNATURE, payload);
            return false;
        }
        PaymentNotice notice = verified.get();
        try {
            Money amount = Money.parse(notice.amount());
            if (notice.paid()) {
                recharges.settlePaid(notice.ref(), amount, notice.payerAccount(), notice.payerName());
            } else {
                Optional<Recharge> known = recharges.findByRef(notice.ref());
                if (known.isPresent() && !known.get().amount.equals(amount)) {
                    throw new DomainException(CommonError.INVALID_AMOUNT, notice.amount());
                }
                recharges.settleFailed(notice.ref(), notice.reason() == null ? "FAILED" : notice.reason());
            }
            return true;
        } catch (DomainException refused) {
            refusals.record(notice.ref(), reason(refused), payload);
            return false;
        }
    }

    private static Reason reason(DomainException refused) {
        if (refused.code() == RechargeError.RECHARGE_NOT_FOUND) {
            return Reason.UNKNOWN_ORDER;
        }
        if (refused.code() == CommonError.INVALID_AMOUNT) {
            return Reason.AMOUNT_MISMATCH;
        }
        if (refused.code() == RechargeError.RECHARGE_NOT_PENDING) {
            return Reason.NOT_PENDING;
        }
        return Reason.INVALID;
    }

    private static String stripSlash(String base) {
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}
