package io.billingconsole.order;

/** Why an order was voided; shown in plain words on the order list. */
public enum VoidReason {
    /** The customer voided it. */
    MANUAL,
    /** Still unpaid 7 days after creation. */
    UNPAID_TIMEOUT,
    /** An auto-renew order the balance could not pay, voided at creation. */
    INSUFFICIENT_BALANCE
}
