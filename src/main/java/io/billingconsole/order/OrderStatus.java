package io.billingconsole.order;

/** UNPAID until paid (once) or voided (for good). */
public enum OrderStatus {
    UNPAID, PAID, VOIDED
}
