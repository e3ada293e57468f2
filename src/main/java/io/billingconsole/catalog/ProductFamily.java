package io.billingconsole.catalog;

/** Wanwang (domains and websites) or cloud products; the families differ in their auto-renew rules. */
public enum ProductFamily {
    WANWANG, CLOUD
}
