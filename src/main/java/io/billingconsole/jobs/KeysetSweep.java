package io.billingconsole.jobs;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * The one shape of a sweep: walks the due rows in keyset order, a batch at a time, and handles each row in its own
 * transaction, so one failure does not stop the others. A job gives two functions: the next batch after a
 * position (ascending, a bounded number, in a read transaction), and what to do with one row (true when it
 * changed something). A row that throws is rolled back, logged and counted as failed.
 */
@ApplicationScoped
public class KeysetSweep {

    private static final Logger LOG = Logger.getLogger(KeysetSweep.class);

    /** What a sweep does with one due row, in its own transaction; true when it changed something. */
    @FunctionalInterface
    public interface Row {
        boolean handle(long id);
    }

    /** Walks the due ids in ascending order: {@code nextBatch} gives the ids after the last one handled (0 first). */
    public JobCounts ids(String job, Function<Long, List<Long>> nextBatch, Row row) {
        return keys(job, 0L, nextBatch, Long::longValue, row);
    }

    /**
     * Walks the due rows by a composite key (for example {@code (due day, id)}): {@code nextBatch} gives the keys
     * after a key, starting after {@code start}, in the order the keyset index reads them; {@code idOf} names the row.
     */
    public <K> JobCounts keys(String job, K start, Function<K, List<K>> nextBatch, ToLongFunction<K> idOf, Row row) {
        JobCounts.Tally tally = new JobCounts.Tally();
        K last = start;
        for (List<K> batch = batch(nextBatch, last); !batch.isEmpty(); batch = batch(nextBatch, last)) {
            for (K key : batch) {
                long id = idOf.applyAsLong(key);
                try {
                    if (QuarkusTransaction.requiringNew().call(() -> row.handle(id))) {
                        tally.changed();
                    } else {
                        tally.unchanged();
                    }
                } catch (RuntimeException e) {
                    LOG.warnf(e, "Job %s: row %d failed", job, id);
                    tally.failed(e);
                }
            }
            last = batch.get(batch.size() - 1);
        }
        return tally.counts();
    }

    private static <K> List<K> batch(Function<K, List<K>> nextBatch, K after) {
        return QuarkusTransaction.joiningExisting().call(() -> nextBatch.apply(after));
    }
}
