package io.billingconsole.account;

/** Frozen or closed accounts keep their data but may not withdraw. */
public enum AccountStatus {
    NORMAL, FROZEN, CLOSED
}
