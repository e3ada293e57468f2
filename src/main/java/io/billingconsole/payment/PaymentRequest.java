package io.billingconsole.payment;

/**
 * What the console asks the gateway to collect: its reference, the amount as a decimal string of
 * yuan, how the payer pays (channel, bank, personal or enterprise online banking), where the payer
 * comes back to and where the gateway reports the result.
 */
public record PaymentRequest(String ref, String amount, String channel, String bank, String accountType,
                             String returnUrl, String notifyUrl) {
}
