package io.billingconsole.payout;

import io.billingconsole.account.Role;
import io.billingconsole.finance.WithdrawalBooks;
import io.billingconsole.jobs.JobLog;
import io.billingconsole.jobs.JobRun;
import io.billingconsole.support.Fixtures;
import io.billingconsole.withdrawal.PayoutFailure;
import io.billingconsole.withdrawal.Withdrawal;
import io.billingconsole.withdrawal.WithdrawalService;
import io.billingconsole.withdrawal.WithdrawalStatus;
import io.billingconsole.withdrawal.WithdrawalRoute;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The payout job with the sandbox provider (no delay in tests): approved withdrawals are handed over
 * with their key and their results recorded; a failure returns the money once; a provider outage loses
 * nothing; a result recorded by hand is left alone; two instances at once pay each withdrawal once.
 */
@QuarkusTest
class PayoutJobTest {

    @Inject
    PayoutJob job;

    @Inject
    SandboxPayoutProvider sandbox;

    @Inject
    WithdrawalBooks books;

    @Inject
    WithdrawalService withdrawals;

    @Inject
    Fixtures fixtures;

    @Inject
    JobLog jobLog;

    @AfterEach
    void providerBackUp() {
        sandbox.outage(null);
    }

    @Test
    void anOriginalRouteWithdrawalIsPaidOutByTheJob() {
        WithdrawalBooks.Withdrawer who = books.withdrawer("300", "6222000033331111");
        Withdrawal w = books.original(who, "100");
        assertEquals(WithdrawalStatus.APPROVED_AWAITING_PAYOUT, w.status);
        assertEquals(WithdrawalRoute.ORIGINAL, w.route);

        job.run();

        Withdrawal paid = books.reload(w.id);
        assertEquals(WithdrawalStatus.SUCCEEDED, paid.status);
        assertEquals("SBX-" + w.payoutKey, paid.payoutRef);
        assertNotNull(paid.payoutSubmittedAt);
        assertEquals(1, sandbox.count(w.payoutKey));
        assertEquals("200.00", books.cash(who.accountId()).toPlainString());
        assertEquals(0, books.entries(w.id, "WITHDRAWAL_RETURN"));
        assertEquals(List.of("WITHDRAWAL_PAYOUT_RECORDED system"), books.audit(w));

        job.run();
        assertEquals(1, sandbox.count(w.payoutKey));
        assertEquals(1, books.audit(w).size());
    }

    @Test
    void anAccountEndingInAFailureCodeFailsAndTheMoneyComesBackOnce() {
        WithdrawalBooks.Withdrawer who = books.withdrawer("300", "6222000033339001");
        Withdrawal w = books.original(who, "100");
        WithdrawalBooks.Withdrawer designated = books.withdrawer("300", "6222000033331112");
        Withdrawal toPayee = books.designated(designated, "50", "alipay-payee-9004");
        withdrawals.approve(toPayee.id, books.userId(fixtures.staff(Role.FINANCE)));

        job.run();
        job.run();

        Withdrawal failed = books.reload(w.id);
        assertEquals(WithdrawalStatus.FAILED, failed.status);
        assertEquals(PayoutFailure.ACCOUNT_INFO_WRONG, failed.failureCode);
        assertEquals("300.00", books.cash(who.accountId()).toPlainString());
        assertEquals(1, books.entries(w.id, "WITHDRAWAL_RETURN"));
        assertEquals(PayoutFailure.NAME_MISMATCH, books.reload(toPayee.id).failureCode);
        assertEquals(1, books.entries(toPayee.id, "WITHDRAWAL_RETURN"));
        assertEquals("300.00", books.cash(designated.accountId()).toPlainString());
    }

    @Test
    void aScheduledRunWithWorkIsRecordedInTheJobLog() {
        WithdrawalBooks.Withdrawer who = books.withdrawer("300", "6222000033331115");
        Withdrawal w = books.original(who, "100");
        List<JobRun> before = jobLog.latest(PayoutJob.NAME, 1);

        job.scheduled();

        assertEquals(WithdrawalStatus.SUCCEEDED, books.reload(w.id).status);
        JobRun run = jobLog.latest(PayoutJob.NAME, 1).get(0);
        assertTrue(before.isEmpty() || run.id > before.get(0).id, "a new run is logged");
        assertTrue(run.changed >= 2, "submitted and recorded: " + run.changed);
    }

    @Test
    void whileTheProviderIsDownNothingMovesAndTheNextRunCatchesUp() {
        WithdrawalBooks.Withdrawer who = books.withdrawer("300", "6222000033331113");
        Withdrawal w = books.original(who, "100");

        sandbox.outage(true);
        job.run();
        Withdrawal waiting = books.reload(w.id);
        assertEquals(WithdrawalStatus.APPROVED_AWAITING_PAYOUT, waiting.status);
        assertNull(waiting.payoutSubmittedAt);
        assertEquals(0, sandbox.count(w.payoutKey));

        sandbox.outage(false);
        job.run();
        assertEquals(WithdrawalStatus.SUCCEEDED, books.reload(w.id).status);
        assertEquals(1, sandbox.count(w.payoutKey));
    }

    @Test
    void aResultRecordedByHandIsLeftAlone() {
        WithdrawalBooks.Withdrawer who = books.withdrawer("300", "6222000033331114");
        Withdrawal w = books.original(who, "100");
        withdrawals.recordPayout(w.id, false, PayoutFailure.BANK_INFO_WRONG, books.userId(fixtures.staff(Role.FINANCE)));

        job.run();

        Withdrawal recorded = books.reload(w.id);
        assertEquals(WithdrawalStatus.FAILED, recorded.status);
        assertEquals(PayoutFailure.BANK_INFO_WRONG, recorded.failureCode);
        assertNull(recorded.payoutSubmittedAt);
        assertEquals(0, sandbox.count(w.payoutKey));
        assertEquals(1, books.entries(w.id, "WITHDRAWAL_RETURN"));
    }

    @Test
    void aRetriedSubmitWithTheSameKeyAnswersTheFirstPayout() {
        PayoutOrder order = new PayoutOrder("TEST" + System.nanoTime(), io.billingconsole.shared.Money.parse("12.34"),
                WithdrawalRoute.ORIGINAL, null, new PayoutOrder.OriginalRecharge(1, "BANK_TRANSFER", null, "62229001", "x"));
        String first = sandbox.submit(order);
        String second = sandbox.submit(order);
        assertEquals(first, second);
        assertEquals(1, sandbox.count(order.payoutKey()));
        assertEquals(PayoutStatus.failed(PayoutFailure.ACCOUNT_INFO_WRONG), sandbox.status(order.payoutKey()));
        assertEquals(PayoutStatus.failed(PayoutFailure.ACCOUNT_INFO_WRONG), sandbox.status(order.payoutKey()));
    }

    @Test
    void twoInstancesRunningAtOncePayEachWithdrawalOnce() throws Exception {
        List<Withdrawal> paying = new ArrayList<>();
        List<Withdrawal> failing = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            paying.add(books.original(books.withdrawer("200", "62220000444" + i + "1111"), "100"));
            failing.add(books.original(books.withdrawer("200", "62220000444" + i + "9003"), "100"));
        }

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 3; round++) {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<?>> runs = new ArrayList<>();
                for (int t = 0; t < 2; t++) {
                    runs.add(pool.submit(() -> {
                        start.await();
                        return job.run();
                    }));
                }
                start.countDown();
                for (Future<?> run : runs) {
                    run.get(60, TimeUnit.SECONDS);
                }
            }
        } finally {
            pool.shutdownNow();
        }

        for (Withdrawal w : paying) {
            assertEquals(WithdrawalStatus.SUCCEEDED, books.reload(w.id).status, "withdrawal " + w.id);
            assertEquals(1, sandbox.count(w.payoutKey));
            assertEquals(List.of("WITHDRAWAL_PAYOUT_RECORDED system"), books.audit(w));
            assertEquals(0, books.entries(w.id, "WITHDRAWAL_RETURN"));
            assertEquals("100.00", books.cash(w.accountId).toPlainString());
        }
        for (Withdrawal w : failing) {
            Withdrawal failed = books.reload(w.id);
            assertEquals(WithdrawalStatus.FAILED, failed.status, "withdrawal " + w.id);
            assertEquals(PayoutFailure.ACCOUNT_ABNORMAL, failed.failureCode);
            assertEquals(1, sandbox.count(w.payoutKey));
            assertEquals(List.of("WITHDRAWAL_PAYOUT_RECORDED system"), books.audit(w));
            assertEquals(1, books.entries(w.id, "WITHDRAWAL_RETURN"));
            assertEquals("200.00", books.cash(w.accountId).toPlainString());
        }
    }
}
