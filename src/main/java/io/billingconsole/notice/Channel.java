package io.billingconsole.notice;

/** How a notice reaches the customer besides the message center, which keeps every notice. */
public enum Channel {
    EMAIL,
    SMS
}
