package io.billingconsole.ledger;

/**
 * Which part of the account a ledger entry moves: CASH, CREDIT and TRANSFERRED make up the cash
 * balance; TRANSFERRED alone is the transferred-in funds (spent first, never withdrawable).
 */
public enum Pocket {
    CASH, CREDIT, VOUCHER, TRANSFERRED
}
