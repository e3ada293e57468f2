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

    /**
     * What a sweep does with several due rows of one account in ONE transaction: how many of them it changed, or
     * null when the account is busy ({@code wait} false and another transaction holds it: nothing was done, the
     * sweep comes back to the rows once the lane's part of the batch is done, then with {@code wait} true).
     */
    @FunctionalInterface
    public interface AccountRows<K> {
        Integer handle(long accountId, List<K> keys, boolean wait);
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
        return walk(nextBatch, start, accountOf, (keys, tally) -> handleAll(job, keys, idOf, row, tally));
    }

    /**
     * As {@link #keys(String, Object, Function, ToLongFunction, ToLongFunction, KeyRow)}, but up to {@code perTransaction}
     * consecutive rows of one account are handled in one transaction by {@code rows}, which needs one account lock and
     * one commit for all of them. An account another instance's sweep (or a customer) holds is passed by and taken
     * again, waiting for it, once the rest of the lane's part of the batch is done: two instances walking the same
     * rows divide the accounts between them instead of queueing on each other's locks. When a group fails, it is
     * rolled back and its rows are handled one by one by {@code row}, each in its own transaction, so one bad row
     * does not stop the others.
     */
    public <K> JobCounts accounts(String job, K start, Function<K, List<K>> nextBatch, ToLongFunction<K> idOf,
                                  ToLongFunction<K> accountOf, int perTransaction, AccountRows<K> rows, KeyRow<K> row) {
        int size = Math.max(1, perTransaction);
        return walk(nextBatch, start, accountOf, (keys, tally) -> {
            List<List<K>> busy = new ArrayList<>();
            for (List<K> group : groups(keys, accountOf, size)) {
                if (!handleGroup(job, accountOf.applyAsLong(group.get(0)), group, false, idOf, rows, row, tally)) {
                    busy.add(group);
                }
            }
            for (List<K> group : busy) {
                handleGroup(job, accountOf.applyAsLong(group.get(0)), group, true, idOf, rows, row, tally);
            }
        });
    }

    /** The lane's keys as runs of one account, in order, each at most {@code size} long. */
    private static <K> List<List<K>> groups(List<K> keys, ToLongFunction<K> accountOf, int size) {
        Map<Long, List<K>> byAccount = new LinkedHashMap<>();
        for (K key : keys) {
            byAccount.computeIfAbsent(accountOf.applyAsLong(key), a -> new ArrayList<>()).add(key);
        }
        List<List<K>> groups = new ArrayList<>();
        for (List<K> ofAccount : byAccount.values()) {
            for (int from = 0; from < ofAccount.size(); from += size) {
                groups.add(ofAccount.subList(from, Math.min(ofAccount.size(), from + size)));
            }
        }
        return groups;
    }

    /** False when the account was busy and {@code wait} was false: nothing done, try again later. */
    private static <K> boolean handleGroup(String job, long accountId, List<K> group, boolean wait, ToLongFunction<K> idOf,
                                           AccountRows<K> rows, KeyRow<K> row, JobCounts.Tally tally) {
        Integer changed;
        try {
            changed = QuarkusTransaction.requiringNew().call(() -> rows.handle(accountId, group, wait));
        } catch (RuntimeException e) {
            LOG.debugf(e, "Job %s: account %d's group of %d failed, one by one now", job, accountId, group.size());
            handleAll(job, group, idOf, row, tally);
            return true;
        }
        if (changed == null) {
            if (wait) {
                throw new IllegalStateException("a group handled with wait=true must not be passed by");
            }
            return false;
        }
        for (int i = 0; i < group.size(); i++) {
            if (i < changed) {
                tally.changed();
            } else {
                tally.unchanged();
            }
        }
        return true;
    }

    /** One lane's part of a batch, handled on one thread. */
    private interface Lane<K> {
        void handle(List<K> keys, JobCounts.Tally tally);
    }

    /** The keyset walk: batch after batch, each split by account over the workers, until a batch is empty. */
    private <K> JobCounts walk(Function<K, List<K>> nextBatch, K start, ToLongFunction<K> accountOf, Lane<K> lane) {
        JobCounts.Tally tally = new JobCounts.Tally();
        K last = start;
        for (List<K> batch = batch(nextBatch, last); !batch.isEmpty(); batch = batch(nextBatch, last)) {
            Map<Long, List<K>> byWorker = new LinkedHashMap<>();
            int lanes = Math.max(1, workers);
            for (K key : batch) {
                long worker = Math.floorMod(accountOf.applyAsLong(key), (long) lanes);
                byWorker.computeIfAbsent(worker, l -> new ArrayList<>()).add(key);
            }
            if (byWorker.size() == 1) {
                lane.handle(byWorker.values().iterator().next(), tally);
            } else {
                List<Future<JobCounts.Tally>> running = new ArrayList<>();
                for (List<K> keys : byWorker.values()) {
                    running.add(CompletableFuture.supplyAsync(() -> {
                        JobCounts.Tally own = new JobCounts.Tally();
                        lane.handle(keys, own);
                        return own;
                    }, pool()));
                }
                for (Future<JobCounts.Tally> one : running) {
                    tally.add(await(one));
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
