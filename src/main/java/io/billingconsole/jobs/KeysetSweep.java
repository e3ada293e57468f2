package io.billingconsole.jobs;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * The one shape of a sweep: walks the due rows in keyset order, a batch at a time, and handles each row in its own
 * transaction, so one failure does not stop the others. A job gives two functions: the next batch after a
 * position (ascending, a bounded number, in a read transaction), and what to do with one row (true when it
 * changed something). A row that throws is rolled back, logged and counted as failed.
 * <p>
 * A job whose rows belong to accounts may name each row's account ({@link #keys(String, Object, Function,
 * ToLongFunction, ToLongFunction, Row)}): a batch is then split by account over {@code billing.sweep.workers}
 * threads, each account's rows on one thread in the batch's order, so different accounts are handled at once and
 * one account's rows never are. The next batch is read when the whole batch is done, so memory stays flat.
 */
@ApplicationScoped
public class KeysetSweep {

    private static final Logger LOG = Logger.getLogger(KeysetSweep.class);

    /** Threads that handle a batch's rows, split by account (1: the caller's thread, one row after the other). */
    @ConfigProperty(name = "billing.sweep.workers", defaultValue = "4")
    int workers;

    private volatile ExecutorService pool;

    /** What a sweep does with one due row, in its own transaction; true when it changed something. */
    @FunctionalInterface
    public interface Row {
        boolean handle(long id);
    }

    /** What a sweep does with one due row named by its whole key (for example with its account), in its own transaction. */
    @FunctionalInterface
    public interface KeyRow<K> {
        boolean handle(K key);
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
        return keys(job, start, nextBatch, idOf, key -> 0L, row);
    }

    /**
     * As {@link #keys(String, Object, Function, ToLongFunction, Row)}, with the rows of different accounts
     * ({@code accountOf}) handled by parallel workers; one account's rows stay in order, on one worker.
     */
    public <K> JobCounts keys(String job, K start, Function<K, List<K>> nextBatch, ToLongFunction<K> idOf,
                              ToLongFunction<K> accountOf, Row row) {
        return keys(job, start, nextBatch, idOf, accountOf, (KeyRow<K>) key -> row.handle(idOf.applyAsLong(key)));
    }

    /** As above, the row handled by its whole key. */
    public <K> JobCounts keys(String job, K start, Function<K, List<K>> nextBatch, ToLongFunction<K> idOf,
                              ToLongFunction<K> accountOf, KeyRow<K> row) {
        JobCounts.Tally tally = new JobCounts.Tally();
        K last = start;
        for (List<K> batch = batch(nextBatch, last); !batch.isEmpty(); batch = batch(nextBatch, last)) {
            Map<Long, List<K>> byWorker = new LinkedHashMap<>();
            int lanes = Math.max(1, workers);
            for (K key : batch) {
                long lane = Math.floorMod(accountOf.applyAsLong(key), (long) lanes);
                byWorker.computeIfAbsent(lane, l -> new ArrayList<>()).add(key);
            }
            if (byWorker.size() == 1) {
                handleAll(job, byWorker.values().iterator().next(), idOf, row, tally);
            } else {
                List<Future<JobCounts.Tally>> running = new ArrayList<>();
                for (List<K> keys : byWorker.values()) {
                    running.add(CompletableFuture.supplyAsync(() -> {
                        JobCounts.Tally own = new JobCounts.Tally();
                        handleAll(job, keys, idOf, row, own);
                        return own;
                    }, pool()));
                }
                for (Future<JobCounts.Tally> lane : running) {
                    tally.add(await(lane));
                }
            }
            last = batch.get(batch.size() - 1);
        }
        return tally.counts();
    }

    private static <K> void handleAll(String job, List<K> keys, ToLongFunction<K> idOf, KeyRow<K> row,
                                      JobCounts.Tally tally) {
        for (K key : keys) {
            long id = idOf.applyAsLong(key);
            try {
                if (QuarkusTransaction.requiringNew().call(() -> row.handle(key))) {
                    tally.changed();
                } else {
                    tally.unchanged();
                }
            } catch (RuntimeException e) {
                LOG.warnf(e, "Job %s: row %d failed", job, id);
                tally.failed(e);
            }
        }
    }

    private static JobCounts.Tally await(Future<JobCounts.Tally> lane) {
        try {
            return lane.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("sweep interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("sweep worker failed", e.getCause());
        }
    }

    private ExecutorService pool() {
        ExecutorService current = pool;
        if (current == null) {
            synchronized (this) {
                if (pool == null) {
                    AtomicInteger n = new AtomicInteger();
                    pool = Executors.newFixedThreadPool(Math.max(1, workers), task -> {
                        Thread thread = new Thread(task, "sweep-worker-" + n.incrementAndGet());
                        thread.setDaemon(true);
                        return thread;
                    });
                }
                current = pool;
            }
        }
        return current;
    }

    @PreDestroy
    void stop() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }

    private static <K> List<K> batch(Function<K, List<K>> nextBatch, K after) {
        return QuarkusTransaction.joiningExisting().call(() -> nextBatch.apply(after));
    }
}
