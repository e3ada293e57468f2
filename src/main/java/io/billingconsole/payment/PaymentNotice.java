package io.billingconsole.payment;

/**
 * A verified gateway callback: the console's reference, the amount the gateway collected (decimal
 * yuan, as sent), whether it was paid, the paying account and name, and why it failed.
 */
public record PaymentNotice(String ref, String amount, boolean paid, String payerAccount, String payerName,
                            String reason) {
}
