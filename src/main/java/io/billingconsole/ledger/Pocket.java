package io.billingconsole.ledger;

/** Which part of the account a ledger entry moves: cash and credit make up the cash balance. */
public enum Pocket {
    CASH, CREDIT, VOUCHER
}
