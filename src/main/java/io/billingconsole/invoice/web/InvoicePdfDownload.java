package io.billingconsole.invoice.web;

import io.billingconsole.invoice.Invoice;
import jakarta.ws.rs.core.Response;

/** An invoice PDF as a download named by its number. */
final class InvoicePdfDownload {

    private InvoicePdfDownload() {
    }

    static Response of(Invoice invoice, byte[] pdf) {
        String name = "invoice-" + (invoice.number == null ? String.valueOf(invoice.id) : invoice.number) + ".pdf";
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, no-store")
                .build();
    }
}
