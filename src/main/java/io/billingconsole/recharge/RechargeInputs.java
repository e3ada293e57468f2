package io.billingconsole.recharge;

import io.billingconsole.bank.BankAccountType;
import io.billingconsole.shared.CommonError;
import io.billingconsole.shared.DomainException;
import io.billingconsole.shared.Params;

/** Reads a recharge's channel and online-banking type as typed in a form or sent in JSON, strictly. */
public final class RechargeInputs {

    private RechargeInputs() {
    }

    /** The channel; blank gives {@code fallback} (null: refused), anything unknown is CHANNEL_INVALID. */
    public static RechargeChannel channel(String text, RechargeChannel fallback) {
        if (text == null || text.isBlank()) {
            if (fallback == null) {
                throw new DomainException(RechargeError.CHANNEL_INVALID, "");
            }
            return fallback;
        }
        RechargeChannel channel = Params.optionalEnum(RechargeChannel.class, text);
        if (channel == null) {
            throw new DomainException(RechargeError.CHANNEL_INVALID, clip(text));
        }
        return channel;
    }

    /** PERSONAL or ENTERPRISE; blank is none (the service asks for it where it is needed). */
    public static BankAccountType accountType(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        BankAccountType type = Params.optionalEnum(BankAccountType.class, text);
        if (type == null) {
            throw new DomainException(CommonError.INVALID_INPUT, "accountType");
        }
        return type;
    }

    /** A bank code as typed: blank is none. */
    public static String bank(String text) {
        return text == null || text.isBlank() ? null : Params.text(text.trim(), "bank", 10);
    }

    private static String clip(String text) {
        return text.length() > 40 ? text.substring(0, 40) : text;
    }
}
