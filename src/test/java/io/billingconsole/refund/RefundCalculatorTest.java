package io.billingconsole.refund;

import io.billingconsole.refund.RefundCalculator.Line;
import io.billingconsole.refund.RefundCalculator.PaidPeriod;
import io.billingconsole.refund.RefundCalculator.Plan;
import io.billingconsole.shared.Money;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The refund arithmetic of SPEC 13: whole days left of each paid renewal, newest first, split as it was paid. */
class RefundCalculatorTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Test
    void aStartedPeriodRefundsItsWholeDaysLeftRoundedDown() {
        // 2018-01-31 → 2018-04-30: 89 days; on 02-10, 79 days are left (02-10 counts as unused)
        Plan plan = RefundCalculator.plan(List.of(cashPeriod(1, 11, "297.00", "2018-01-31", "2018-04-30")),
                LocalDate.parse("2018-02-10"), ZONE);

        Line line = plan.lines().get(0);
        assertEquals(79, line.daysLeft());
        assertEquals(89, line.daysTotal());
        assertEquals(Money.parse("263.62"), line.amount(), "29700 × 79 / 89 = 26362.92, down to the fen");
        assertEquals(Money.parse("263.62"), line.toCash());
        assertEquals(Money.ZERO, line.toCredit());
        assertEquals(Money.parse("263.62"), plan.total());
    }

    @Test
    void aPeriodNotStartedCountsFullyAndOneInThePastGivesNothing() {
        Plan future = RefundCalculator.plan(List.of(cashPeriod(1, 11, "99.00", "2018-03-31", "2018-04-30")),
                LocalDate.parse("2018-02-10"), ZONE);
        assertEquals(30, future.lines().get(0).daysLeft());
        assertEquals(30, future.lines().get(0).daysTotal());
        assertEquals(Money.parse("99.00"), future.total());

        Plan past = RefundCalculator.plan(List.of(cashPeriod(1, 11, "99.00", "2017-12-31", "2018-01-31")),
                LocalDate.parse("2018-02-10"), ZONE);
        assertTrue(past.lines().isEmpty());
        assertTrue(past.nothingToRefund());
        assertEquals(Money.ZERO, past.total());

        Plan lastDay = RefundCalculator.plan(List.of(cashPeriod(1, 11, "99.00", "2018-01-31", "2018-02-28")),
                LocalDate.parse("2018-02-27"), ZONE);
        assertEquals(1, lastDay.lines().get(0).daysLeft(), "the day before expiry is one day left");
        assertEquals(Money.parse("3.53"), lastDay.total(), "9900 / 28 = 353.57");
    }

    @Test
    void theShareIsSplitAsTheOrderWasPaidAndTheVoucherPartIsNotRefunded() {
        // order 99.00 paid: vouchers 30, cash 50, credit 19; 10 of 31 days left → base 9900 × 10 / 31 = 3193.54 → 31.93
        PaidPeriod period = new PaidPeriod(1, 11, Money.parse("99.00"), midnight("2018-03-01"), midnight("2018-04-01"),
                Money.parse("99.00"), Money.parse("30.00"), Money.parse("50.00"), Money.parse("19.00"));
        Plan plan = RefundCalculator.plan(List.of(period), LocalDate.parse("2018-03-22"), ZONE);

        Line line = plan.lines().get(0);
        assertEquals(10, line.daysLeft());
        assertEquals(Money.parse("31.93"), line.amount());
        // exact shares: vouchers 9.6757, cash 16.1262, credit 6.1280 → the two fen left go to credit and cash
        assertEquals(Money.parse("9.67"), line.voucherNotRefunded());
        assertEquals(Money.parse("16.13"), line.toCash());
        assertEquals(Money.parse("6.13"), line.toCredit());
        assertEquals(line.amount(), line.toCash().plus(line.toCredit()).plus(line.voucherNotRefunded()));
        assertEquals(Money.parse("22.26"), plan.total(), "cash + credit, vouchers not refunded");
        assertEquals(Money.parse("9.67"), plan.voucherNotRefunded());
    }

    @Test
    void thePartsAlwaysAddUpAndNeverGoWhereNothingWasPaidFrom() {
        long[][] payments = {{1, 1, 1}, {3, 0, 7}, {0, 5, 0}, {9999, 1, 0}, {1, 0, 0}, {333, 333, 334}};
        for (long[] paid : payments) {
            long whole = paid[0] + paid[1] + paid[2];
            for (long base = 0; base <= whole; base++) {
                long[] parts = RefundCalculator.split(base, whole, paid);
                assertEquals(base, parts[0] + parts[1] + parts[2], "base " + base + " of " + whole);
                for (int i = 0; i < 3; i++) {
                    assertTrue(parts[i] <= paid[i], "a part is never more than was paid from it");
                    if (paid[i] == 0) {
                        assertEquals(0, parts[i]);
                    }
                }
            }
        }
        assertArrayEquals(new long[]{1, 1, 1}, RefundCalculator.split(3, 3, new long[]{1, 1, 1}));
        assertArrayEquals(new long[]{1, 0, 0}, RefundCalculator.split(1, 3, new long[]{1, 1, 1}), "a tie goes to cash");
    }

    @Test
    void twoRenewalsAreListedNewestFirstEachByItsOwnDays() {
        PaidPeriod older = cashPeriod(1, 11, "99.00", "2018-01-31", "2018-02-28");
        PaidPeriod newer = cashPeriod(2, 12, "99.00", "2018-02-28", "2018-03-31");
        Plan plan = RefundCalculator.plan(List.of(older, newer), LocalDate.parse("2018-02-10"), ZONE);

        assertEquals(List.of(2L, 1L), plan.lines().stream().map(Line::orderId).toList());
        assertEquals(31, plan.lines().get(0).daysLeft());
        assertEquals(Money.parse("99.00"), plan.lines().get(0).amount());
        assertEquals(18, plan.lines().get(1).daysLeft());
        assertEquals(28, plan.lines().get(1).daysTotal());
        assertEquals(Money.parse("63.64"), plan.lines().get(1).amount(), "9900 × 18 / 28 = 6364.28");
        assertEquals(Money.parse("162.64"), plan.total());
    }

    @Test
    void theLineIsItsShareOfAnOrderForSeveralResources() {
        // a batch order of 300.00 (this line 100.00) paid 150 cash and 150 credit: the line refunds half each way
        PaidPeriod line = new PaidPeriod(1, 11, Money.parse("100.00"), midnight("2018-03-01"), midnight("2018-04-01"),
                Money.parse("300.00"), Money.ZERO, Money.parse("150.00"), Money.parse("150.00"));
        Plan plan = RefundCalculator.plan(List.of(line), LocalDate.parse("2018-02-01"), ZONE);
        assertEquals(Money.parse("50.00"), plan.toCash());
        assertEquals(Money.parse("50.00"), plan.toCredit());
    }

    private static PaidPeriod cashPeriod(long orderId, long lineId, String amount, String from, String to) {
        Money money = Money.parse(amount);
        return new PaidPeriod(orderId, lineId, money, midnight(from), midnight(to), money, Money.ZERO, money, Money.ZERO);
    }

    private static Instant midnight(String date) {
        return OffsetDateTime.parse(date + "T00:00:00+08:00").toInstant();
    }
}
