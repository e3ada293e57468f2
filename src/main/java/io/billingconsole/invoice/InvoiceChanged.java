package io.billingconsole.invoice;

/** An invoice's status changed (fired synchronously in the transaction that changed it; the mail observes it). */
public record InvoiceChanged(long invoiceId, long accountId, InvoiceStatus status) {
}
