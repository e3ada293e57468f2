package io.billingconsole.invoice;

import java.util.List;

/** An invoice's life (SPEC 14); it changes only through {@link InvoiceService}. */
public enum InvoiceStatus {
    PENDING_REVIEW,
    ISSUED,
    REJECTED,
    CANCELLED,
    RETURN_REQUESTED,
    RETURNED;

    /** The statuses whose items count as invoiced (and so are not invoiceable again). */
    public static final List<InvoiceStatus> ACTIVE = List.of(PENDING_REVIEW, ISSUED, RETURN_REQUESTED);

    /** The same, as the SQL list the queries use. */
    static final String ACTIVE_SQL = "('PENDING_REVIEW', 'ISSUED', 'RETURN_REQUESTED')";

    public boolean active() {
        return ACTIVE.contains(this);
    }
}
