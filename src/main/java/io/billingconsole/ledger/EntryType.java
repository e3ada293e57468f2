package io.billingconsole.ledger;

/** Why money moved; the transaction details page filters on it. */
public enum EntryType {
    TOP_UP, PAYMENT, VOUCHER_GRANT, REFUND, WITHDRAWAL, ADJUSTMENT,
    /** A rejected or failed withdrawal's amount coming back. */
    WITHDRAWAL_RETURN,
    /** A master account's money leaving for a member ({@code TRANSFER_IN} at the member). */
    TRANSFER_OUT,
    TRANSFER_IN,
    /** A master taking back what is left of a transfer (both sides). */
    TRANSFER_RECALL,
    /** Paying a monthly PAYG bill (its arrears), from cash only: transferred-in funds first. */
    BILL_PAYMENT
}
