package io.billingconsole.withdrawal;

/** A designated payee: an Alipay account or a bank card. */
public enum PayeeType {
    ALIPAY, BANK_CARD
}
