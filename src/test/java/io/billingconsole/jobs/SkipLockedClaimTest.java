package io.billingconsole.jobs;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The row claim: passes by a row another transaction holds, and a row that no longer matches. */
@QuarkusTest
class SkipLockedClaimTest {

    @Inject
    SkipLockedClaim claim;

    @Test
    void aHeldRowIsPassedByAndClaimedOnceItIsFree() throws Exception {
        long id = QuarkusTransaction.requiringNew().call(() -> {
            JobRun run = new JobRun();
            run.job = "CLAIM_TEST";
            run.businessDate = LocalDate.of(2026, 3, 1);
            run.startedAt = Instant.parse("2026-03-01T00:00:00Z");
            run.instance = "test";
            run.persist();
            return run.id;
        });
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try {
            CompletableFuture<Boolean> holder = CompletableFuture.supplyAsync(() -> QuarkusTransaction.requiringNew()
                    .call(() -> {
                        boolean got = claim.claim("job_run", id, "ended_at is null");
                        held.countDown();
                        assertTrue(release.await(30, TimeUnit.SECONDS));
                        return got;
                    }));
            assertTrue(held.await(30, TimeUnit.SECONDS));

            assertFalse(claimNow(id, "ended_at is null"), "held by the other transaction: passed by, not waited for");
            release.countDown();
            assertTrue(holder.get(30, TimeUnit.SECONDS), "the first transaction got it");

            assertTrue(claimNow(id, "ended_at is null and job = ?2", "CLAIM_TEST"), "free again");
            assertFalse(claimNow(id, "ended_at is not null"), "no longer matching");
            assertFalse(claimNow(-1, "true"), "no such row");
        } finally {
            release.countDown();
            QuarkusTransaction.requiringNew().run(() -> JobRun.deleteById(id));
        }
    }

    private boolean claimNow(long id, String condition, Object... params) {
        return QuarkusTransaction.requiringNew().call(() -> claim.claim("job_run", id, condition, params));
    }
}
