package io.billingconsole.withdrawal;

/** What sent a withdrawal to review although its route needs none. */
public enum RiskFlag {
    SAME_NAME_OVERDUE
}
