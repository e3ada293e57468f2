package io.billingconsole.invoice;

/** An invoice title (抬头): a person (name only) or an enterprise (name and tax id). */
public enum TitleType {
    PERSONAL,
    ENTERPRISE
}
