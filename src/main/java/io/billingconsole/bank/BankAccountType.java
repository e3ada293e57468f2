package io.billingconsole.bank;

/** Whether an online-banking payment came from a personal or an enterprise account (个人网银 / 企业网银). */
public enum BankAccountType {
    PERSONAL,
    ENTERPRISE
}
