package io.billingconsole.invoice;

/** 增值税普通发票 (electronic) or 增值税专用发票 (enterprise titles with all their fields only). */
public enum InvoiceKind {
    GENERAL_E,
    SPECIAL
}
