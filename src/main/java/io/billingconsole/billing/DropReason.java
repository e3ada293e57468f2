package io.billingconsole.billing;

/** Why part of a usage charge is not billed (SPEC 6): it lies after the scheduled release, or after the release. */
public enum DropReason {
    AFTER_SCHEDULED_RELEASE,
    AFTER_RELEASE
}
