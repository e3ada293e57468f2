package io.billingconsole.order;

/** Who asked for the order: the customer (renewal, batch renewal) or the auto-renew sweep. */
public enum OrderKind {
    RENEWAL, AUTO_RENEWAL
}
