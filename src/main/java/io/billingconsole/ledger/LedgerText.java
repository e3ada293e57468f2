package io.billingconsole.ledger;

/**
 * A text the system writes into the ledger (a note, a voucher name), stored as this code and shown
 * in the viewer's language ({@code ledger:ledger_text}); what staff type stays free text, as typed.
 */
public enum LedgerText {
    DEMO_TOP_UP,
    WELCOME_VOUCHER
}
