package io.billingconsole.resource;

/** Where the resource was bought; Wanwang resources from a reseller or the API get no auto-renewal. */
public enum Channel {
    CONSOLE, RESELLER, API
}
