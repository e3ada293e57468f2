package io.billingconsole.recharge;

/** How money was paid in (SPEC 10). The first three go through the payment gateway. */
public enum RechargeChannel {
    ALIPAY, WECHAT_PAY, ONLINE_BANKING, BANK_TRANSFER;

    /** Paid through the payment gateway (the customer is redirected), as opposed to an offline remittance. */
    public boolean online() {
        return this != BANK_TRANSFER;
    }
}
