package io.billingconsole.jobs;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sweep helper on its own: order, one transaction per row, failures counted, nothing twice. */
@QuarkusTest
class KeysetSweepTest {

    @Inject
    KeysetSweep sweep;

    @Inject
    TransactionManager transactions;

    @Inject
    TransactionSynchronizationRegistry registry;

    /** The next (at most) two due ids after {@code after}, like a job's keyset query with a batch of 2. */
    private static Function<Long, List<Long>> batchesOfTwo(TreeSet<Long> due) {
        return after -> due.tailSet(after, false).stream().limit(2).toList();
    }

    @Test
    void aFailingRowIsRolledBackAndCountedWhileTheOthersAreHandledEachInItsOwnTransactionInOrder() {
        TreeSet<Long> due = new TreeSet<>(List.of(11L, 12L, 13L, 14L, 15L));
        List<Long> visited = new ArrayList<>();
        List<Object> transactionsSeen = new ArrayList<>();
        Map<Long, Integer> outcome = new TreeMap<>();

        JobCounts counts = sweep.ids("TEST", batchesOfTwo(due), id -> {
            visited.add(id);
            try {
                transactionsSeen.add(transactions.getTransaction());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            registry.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    outcome.put(id, status);
                }
            });
            if (id == 13L) {
                throw new IllegalStateException("row 13 is broken");
            }
            due.remove(id);
            return id != 14L;
        });

        assertEquals(List.of(11L, 12L, 13L, 14L, 15L), visited, "each id once, in order, across batches");
        assertEquals(5, transactionsSeen.stream().distinct().count(), "a new transaction per row");
        assertEquals(Map.of(11L, Status.STATUS_COMMITTED, 12L, Status.STATUS_COMMITTED, 13L, Status.STATUS_ROLLEDBACK,
                14L, Status.STATUS_COMMITTED, 15L, Status.STATUS_COMMITTED), outcome);
        assertEquals(5, counts.processed());
        assertEquals(3, counts.changed());
        assertEquals(1, counts.failed());
        assertTrue(counts.lastError().contains("row 13 is broken"), counts.lastError());
    }

    @Test
    void aSecondRunAfterEverythingIsHandledVisitsNothing() {
        TreeSet<Long> due = new TreeSet<>(List.of(3L, 5L, 8L));
        List<Long> visited = new ArrayList<>();
        KeysetSweep.Row handle = id -> {
            visited.add(id);
            return due.remove(id);
        };

        assertEquals(new JobCounts(3, 3, 0, null), sweep.ids("TEST", batchesOfTwo(due), handle));
        assertEquals(new JobCounts(0, 0, 0, null), sweep.ids("TEST", batchesOfTwo(due), handle));
        assertEquals(List.of(3L, 5L, 8L), visited);
    }

    @Test
    void aCompositeKeyWalksFromItsStartAndNamesEachRowById() {
        record Key(int day, long id) {
        }
        List<Key> rows = List.of(new Key(1, 7), new Key(1, 9), new Key(2, 4), new Key(3, 1));
        List<Long> visited = new ArrayList<>();

        JobCounts counts = sweep.keys("TEST", new Key(0, 0), last -> rows.stream()
                        .filter(k -> k.day() > last.day() || (k.day() == last.day() && k.id() > last.id()))
                        .limit(3).toList(),
                Key::id, id -> visited.add(id));

        assertEquals(List.of(7L, 9L, 4L, 1L), visited);
        assertEquals(new JobCounts(4, 4, 0, null), counts);
    }

    @Test
    void rowsSplitByAccountKeepEachAccountsOrderOnOneWorkerAndAreEachHandledOnce() {
        record Key(long id, long account) {
        }
        List<Key> rows = new ArrayList<>();
        for (long id = 1; id <= 40; id++) {
            rows.add(new Key(id, id % 6));
        }
        Map<Long, List<Long>> seenByAccount = new java.util.concurrent.ConcurrentHashMap<>();
        java.util.Set<String> threads = java.util.concurrent.ConcurrentHashMap.newKeySet();

        JobCounts counts = sweep.keys("TEST", new Key(0, 0), last -> rows.stream()
                        .filter(k -> k.id() > last.id()).limit(15).toList(),
                Key::id, Key::account, (KeysetSweep.KeyRow<Key>) key -> {
                    String thread = Thread.currentThread().getName();
                    threads.add(thread);
                    seenByAccount.computeIfAbsent(key.account(), a -> java.util.Collections.synchronizedList(new ArrayList<>()))
                            .add(key.id());
                    return key.id() % 5 != 0;
                });

        assertEquals(new JobCounts(40, 32, 0, null), counts);
        for (long account = 0; account < 6; account++) {
            long a = account;
            assertEquals(rows.stream().filter(k -> k.account() == a).map(Key::id).toList(), seenByAccount.get(account),
                    "account " + account + ": each row once, in the walk's order");
        }
        if (sweep.workers > 1) {
            assertTrue(threads.size() > 1, "more than one worker took rows: " + threads);
        }
    }

    @Test
    void groupsOfOneAccountShareATransactionBusyAccountsComeBackWithWaitAndAFailedGroupGoesOneByOne() {
        record Key(long id, long account) {
        }
        // account 1: 5 rows (groups of 2: [1,2] [3,4] [5]); account 2: busy at first; account 3: its group fails on row 9
        List<Key> rows = List.of(new Key(1, 1), new Key(2, 1), new Key(3, 1), new Key(4, 1), new Key(5, 1),
                new Key(6, 2), new Key(7, 2), new Key(8, 3), new Key(9, 3));
        Map<List<Long>, Object> groupTransactions = new java.util.concurrent.ConcurrentHashMap<>();
        List<String> calls = java.util.Collections.synchronizedList(new ArrayList<>());
        Map<Long, Object> singleTransactions = new java.util.concurrent.ConcurrentHashMap<>();

        JobCounts counts = sweep.accounts("TEST", new Key(0, 0), last -> rows.stream()
                        .filter(k -> k.id() > last.id()).limit(100).toList(),
                Key::id, Key::account, 2,
                (account, keys, wait) -> {
                    List<Long> ids = keys.stream().map(Key::id).toList();
                    calls.add(account + ":" + ids + ":" + wait);
                    if (account == 2 && !wait) {
                        return null;
                    }
                    if (account == 3) {
                        throw new IllegalStateException("row 9 is broken");
                    }
                    groupTransactions.put(ids, current());
                    return (int) keys.stream().filter(k -> k.id() != 4).count();
                },
                key -> {
                    singleTransactions.put(key.id(), current());
                    if (key.id() == 9) {
                        throw new IllegalStateException("row 9 is broken");
                    }
                    return true;
                });

        assertTrue(calls.containsAll(List.of("1:[1, 2]:false", "1:[3, 4]:false", "1:[5]:false", "2:[6, 7]:false",
                "2:[6, 7]:true", "3:[8, 9]:false")), calls.toString());
        assertEquals(6, calls.size(), "each group once, the busy one twice: " + calls);
        assertTrue(calls.indexOf("2:[6, 7]:true") > calls.indexOf("2:[6, 7]:false"), "the busy account comes back after");
        assertEquals(4, groupTransactions.values().stream().distinct().count(), "one transaction per group");
        assertEquals(java.util.Set.of(8L, 9L), singleTransactions.keySet(), "the failed group's rows one by one");
        assertTrue(singleTransactions.get(8L) != singleTransactions.get(9L), "each in its own transaction");
        assertEquals(9, counts.processed());
        assertEquals(7, counts.changed(), "rows 4 and 9 did not change (9 failed)");
        assertEquals(1, counts.failed());
    }

    private Object current() {
        try {
            return transactions.getTransaction();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
