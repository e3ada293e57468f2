package io.billingconsole.recharge;

/** PENDING until the gateway calls back (PAID or FAILED) or 30 minutes pass (EXPIRED). */
public enum RechargeStatus {
    PENDING, PAID, FAILED, EXPIRED
}
