package io.billingconsole.jobs;

/** What one run of a sweep did: rows looked at, rows changed, rows that failed (and the last error). */
public record JobCounts(int processed, int changed, int failed, String lastError) {

    public static final JobCounts NONE = new JobCounts(0, 0, 0, null);

    public static JobCounts changed(int changed) {
        return new JobCounts(changed, changed, 0, null);
    }

    /** Both runs' counts together; the last error is {@code other}'s when it has one. */
    public JobCounts plus(JobCounts other) {
        return new JobCounts(processed + other.processed, changed + other.changed, failed + other.failed,
                other.lastError != null ? other.lastError : lastError);
    }

    /** Counts one row at a time while a sweep walks its rows. */
    public static final class Tally {
        private int processed;
        private int changed;
        private int failed;
        private String lastError;

        public void changed() {
            processed++;
            changed++;
        }

        public void unchanged() {
            processed++;
        }

        public void failed(Exception error) {
            processed++;
            failed++;
            lastError = String.valueOf(error);
        }

        /** Adds what another tally (a parallel worker's) counted. */
        public void add(Tally other) {
            processed += other.processed;
            changed += other.changed;
            failed += other.failed;
            if (other.lastError != null) {
                lastError = other.lastError;
            }
        }

        public JobCounts counts() {
            return new JobCounts(processed, changed, failed, lastError);
        }
    }
}
