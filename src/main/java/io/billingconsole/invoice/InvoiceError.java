package io.billingconsole.invoice;

import io.billingconsole.shared.ErrorCode;

/**
 * The refusals of invoices, titles and invoice debt, with their HTTP status; texts in
 * {@link InvoiceMessages} under {@code error_<lower-case name>}.
 */
public enum InvoiceError implements ErrorCode {
    INVOICE_NOT_FOUND(404),
    INVOICE_TITLE_NOT_FOUND(404),
    DEBT_OFFSET_NOT_FOUND(404),
    INVOICE_TITLE_TYPE_REQUIRED(400),
    INVOICE_TITLE_NAME_REQUIRED(400),
    TAX_ID_INVALID(400),
    SPECIAL_NEEDS_ENTERPRISE(409),
    INVOICE_KIND_REQUIRED(400),
    INVOICE_EMAIL_INVALID(400),
    INVOICE_ITEMS_OR_AMOUNT(400),
    NOT_INVOICEABLE(409),
    AMOUNT_OVER_INVOICEABLE(409),
    INVOICE_DEBT_OPEN(409),
    NOTHING_TO_OFFSET(409),
    INVOICE_NOT_PENDING(409),
    INVOICE_NOT_ISSUED(409),
    INVOICE_NOT_RETURN_REQUESTED(409),
    INVOICE_REASON_REQUIRED(400),
    DEBT_OFFSET_ALREADY_UNDONE(409),
    DEBT_OFFSET_MONTH_CLOSED(409),
    DEBT_OFFSET_DEBT_RETURNED(409);

    private final int httpStatus;

    InvoiceError(int httpStatus) {
        this.httpStatus = httpStatus;
    }

    @Override
    public int httpStatus() {
        return httpStatus;
    }

    @Override
    public Class<?> messages() {
        return InvoiceMessages.class;
    }
}
