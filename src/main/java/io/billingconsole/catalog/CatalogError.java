package io.billingconsole.catalog;

import io.billingconsole.shared.ErrorCode;

/**
 * The refusals of the catalog feature, with their HTTP status; the API answers
 * their name as {@code code}. Their texts are in {@link CatalogMessages} under
 * {@code error_<lower-case name>}.
 */
public enum CatalogError implements ErrorCode {
    UNKNOWN_PRODUCT(400);

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
