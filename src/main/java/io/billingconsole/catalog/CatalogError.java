package io.billingconsole.catalog;

import io.billingconsole.shared.ErrorCode;

/**
 * The refusals of the catalog feature, with their HTTP status; the API answers
 * their name as {@code code}. Their texts are in {@link CatalogMessages} under
 * {@code error_<lower-case name>}.
 */
public enum CatalogError implements ErrorCode {
    UNKNOWN_PRODUCT(400),
    /** An edit names a product type that has no rule. */
    RULE_NOT_FOUND(404),
    /** An edit leaves out a field (every field is required: an edit replaces the whole rule). */
    RULE_FIELD_REQUIRED(400),
    /** A whole number outside its range. */
    RULE_FIELD_OUT_OF_RANGE(400),
    RULE_MONTHS_EMPTY(400),
    RULE_MONTHS_INVALID(400),
    RULE_MONTHS_DUPLICATE(400),
    RULE_MONTHS_TOO_MANY(400),
    /** The rule (the catalog) changed after the operator loaded the form. */
    RULE_CHANGED_MEANWHILE(409);

    private final int httpStatus;

    CatalogError(int httpStatus) {
        this.httpStatus = httpStatus;
    }

    @Override
    public int httpStatus() {
        return httpStatus;
    }

    @Override
    public Class<?> messages() {
        return CatalogMessages.class;
    }
}
