package io.billingconsole.ledger;

/** Why money moved; the transaction details page filters on it. */
public enum EntryType {
    TOP_UP, PAYMENT, VOUCHER_GRANT, REFUND, WITHDRAWAL, ADJUSTMENT
}
