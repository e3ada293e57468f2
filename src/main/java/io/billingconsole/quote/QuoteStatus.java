package io.billingconsole.quote;

/** Where a quote's lines are: being built in the background, complete, or stopped with a reason. */
public enum QuoteStatus {
    PREPARING,
    READY,
    FAILED
}
