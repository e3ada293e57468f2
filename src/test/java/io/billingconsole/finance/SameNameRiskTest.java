package io.billingconsole.finance;

import io.billingconsole.withdrawal.RiskFlag;
import io.billingconsole.withdrawal.Withdrawal;
import io.billingconsole.withdrawal.WithdrawalStatus;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * SPEC 8's risk rule on real arrears (SPEC 12): an original-route withdrawal goes to review when an
 * account of the same verified name has a bill unpaid past its product's grace, and straight to
 * payout while that bill is still within its grace.
 */
@QuarkusTest
class SameNameRiskTest {

    @Inject
    WithdrawalBooks books;

    @Test
    void aNamesakeWithArrearsPastTheirGraceSendsTheOriginalRouteToReview() {
        WithdrawalBooks.Withdrawer who = books.withdrawer("300", "6222000033334444");
        books.sameNameOverdue(who);

        Withdrawal w = books.original(who, "100");

        assertEquals(WithdrawalStatus.UNDER_REVIEW, w.status);
        assertEquals(List.of(RiskFlag.SAME_NAME_OVERDUE), w.risks());
    }

    @Test
    void aNamesakeWhoseBillIsStillInItsGraceDoesNotHoldTheWithdrawal() {
        WithdrawalBooks.Withdrawer who = books.withdrawer("300", "6222000055556666");
        books.sameNameInGrace(who);

        Withdrawal w = books.original(who, "100");

        assertEquals(WithdrawalStatus.APPROVED_AWAITING_PAYOUT, w.status);
        assertEquals(List.of(), w.risks());
    }
}
