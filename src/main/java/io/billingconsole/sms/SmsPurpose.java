package io.billingconsole.sms;

/** What an SMS code confirms; a code is accepted only for the purpose it was sent for. */
public enum SmsPurpose {
    WITHDRAWAL
}
