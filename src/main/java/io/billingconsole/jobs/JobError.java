package io.billingconsole.jobs;

import io.billingconsole.shared.ErrorCode;

/**
 * The refusals of the jobs feature, with their HTTP status; the API answers
 * their name as {@code code}. Their texts are in {@link JobMessages} under
 * {@code error_<lower-case name>}.
 */
public enum JobError implements ErrorCode {
    UNKNOWN_JOB(404);

    private final int httpStatus;

    JobError(int httpStatus) {
        this.httpStatus = httpStatus;
    }

    @Override
    public int httpStatus() {
        return httpStatus;
    }

    @Override
    public Class<?> messages() {
        return JobMessages.class;
    }
}
