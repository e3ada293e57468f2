package io.billingconsole.jobs;

import java.time.LocalDate;

/**
 * One of the console's sweeps. It selects what is due, handles each row in its own transaction (so
 * one failure does not stop the others), and is idempotent and safe when two instances run it at once.
 */
public interface SweepJob {

    /** Stable name, as the back office and {@code /api/v1/admin/jobs/{name}/run} use it. */
    String name();

    /** Runs for the business day {@code day}, at the business clock's current time. */
    JobCounts run(LocalDate day);
}
