package io.billingconsole.account;

/** What a user may do: customers act on their own account, finance and operators work in the back office. */
public enum Role {
    CUSTOMER, FINANCE, OPERATOR;

    public static final String CUSTOMER_NAME = "CUSTOMER";
    public static final String FINANCE_NAME = "FINANCE";
    public static final String OPERATOR_NAME = "OPERATOR";
}
