package io.billingconsole.shared;

/**
 * The lengths of the text columns that user input reaches, in characters: the one source of truth
 * for the length checks at the edge ({@link Text}). They mirror the schema (V1, documented again
 * in V8__column_lengths_documented.sql); ColumnsTest compares every constant with
 * {@code information_schema.columns}, so a migration that changes a length fails the build until
 * the constant follows.
 */
public final class Columns {

    /** {@code account.display_name}. */
    public static final int ACCOUNT_DISPLAY_NAME = 100;
    /** {@code account.email}. */
    public static final int ACCOUNT_EMAIL = 200;
    /** {@code account.phone}. */
    public static final int ACCOUNT_PHONE = 30;
    /** {@code app_user.username}. */
    public static final int USERNAME = 64;
    /** {@code cloud_resource.name}. */
    public static final int RESOURCE_NAME = 120;
    /** {@code cloud_resource.region}. */
    public static final int RESOURCE_REGION = 40;
    /** {@code cloud_resource.product_type} (and {@code product_rule.product_type}). */
    public static final int PRODUCT_TYPE = 30;
    /** {@code voucher.name}. */
    public static final int VOUCHER_NAME = 100;
    /** {@code ledger_entry.note}. */
    public static final int LEDGER_NOTE = 200;

    /** A search text is compared with resource names, so anything longer can never match. */
    public static final int SEARCH = RESOURCE_NAME;

    private Columns() {
    }
}
