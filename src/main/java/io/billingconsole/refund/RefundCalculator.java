package io.billingconsole.refund;

import io.billingconsole.shared.Money;

import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;

/**
 * The refund of an unsubscribe (SPEC 13) as pure arithmetic: for each paid renewal of the resource,
 * newest first, the unused whole days of its period, that share of the line's amount (rounded down
 * to the fen), split in the proportions the order was paid (vouchers, cash, credit line). The parts
 * always add up to the line's share: the fen left by rounding goes to the part that lost most of a fen.
 */
public final class RefundCalculator {

    /** One paid renewal of the resource: an order line with its order's payment. */
    public record PaidPeriod(long orderId, long orderLineId, Money lineAmount, Instant expiryBefore,
                             Instant expiryAfter, Money orderAmount, Money paidFromVouchers, Money paidFromCash,
                             Money paidFromCredit) {
    }

    /** What one paid renewal gives back: {@code amount} = cash + credit + voucher (the voucher part is not refunded). */
    public record Line(long orderId, long orderLineId, int daysLeft, int daysTotal, Money amount, Money toCash,
                       Money toCredit, Money voucherNotRefunded) {

        public Money refunded() {
            return toCash.plus(toCredit);
        }
    }

    /** Every line, newest first, and the totals. */
    public record Plan(List<Line> lines, Money toCash, Money toCredit, Money voucherNotRefunded) {

        public Money total() {
            return toCash.plus(toCredit);
        }

        public boolean nothingToRefund() {
            return !total().isPositive();
        }
    }

    private RefundCalculator() {
    }

    /** The refund on business day {@code today}; periods that are over give nothing and are left out. */
    public static Plan plan(List<PaidPeriod> periods, LocalDate today, ZoneId zone) {
        List<Line> lines = periods.stream()
                .sorted(Comparator.comparing(PaidPeriod::expiryAfter).thenComparing(PaidPeriod::orderLineId).reversed())
                .map(p -> line(p, today, zone))
                .filter(l -> l.daysLeft() > 0)
                .toList();
        Money cash = Money.ZERO;
        Money credit = Money.ZERO;
        Money voucher = Money.ZERO;
        for (Line l : lines) {
            cash = cash.plus(l.toCash());
            credit = credit.plus(l.toCredit());
            voucher = voucher.plus(l.voucherNotRefunded());
        }
        return new Plan(lines, cash, credit, voucher);
    }

    static Line line(PaidPeriod p, LocalDate today, ZoneId zone) {
        LocalDate start = LocalDate.ofInstant(p.expiryBefore(), zone);
        LocalDate end = LocalDate.ofInstant(p.expiryAfter(), zone);
        int total = (int) ChronoUnit.DAYS.between(start, end);
        int left = (int) Math.max(0, ChronoUnit.DAYS.between(today.isAfter(start) ? today : start, end));
        if (total <= 0) {
            return new Line(p.orderId(), p.orderLineId(), 0, Math.max(total, 1), Money.ZERO, Money.ZERO, Money.ZERO,
                    Money.ZERO);
        }
        left = Math.min(left, total);
        Money base = share(p.lineAmount(), left, total);
        long[] parts = split(base.fen(), p.orderAmount().fen(),
                new long[]{p.paidFromCash().fen(), p.paidFromCredit().fen(), p.paidFromVouchers().fen()});
        return new Line(p.orderId(), p.orderLineId(), left, total, base, Money.ofFen(parts[0]), Money.ofFen(parts[1]),
                Money.ofFen(parts[2]));
    }

    /** {@code amount × numerator / denominator}, rounded down to the fen. */
    static Money share(Money amount, long numerator, long denominator) {
        return Money.ofFen(BigInteger.valueOf(amount.fen()).multiply(BigInteger.valueOf(numerator))
                .divide(BigInteger.valueOf(denominator)).longValueExact());
    }

    /**
     * Splits {@code base} in the proportions {@code paid} (cash, credit, voucher) of {@code whole}: each
     * part rounded down, then the fen left over to the parts with the largest remainders (in the order
     * cash, credit, voucher on a tie). A part nothing was paid from gets nothing.
     */
    static long[] split(long base, long whole, long[] paid) {
        long[] parts = new long[paid.length];
        if (base <= 0 || whole <= 0) {
            return parts;
        }
        BigInteger[] remainders = new BigInteger[paid.length];
        long assigned = 0;
        for (int i = 0; i < paid.length; i++) {
            BigInteger[] qr = BigInteger.valueOf(base).multiply(BigInteger.valueOf(paid[i]))
                    .divideAndRemainder(BigInteger.valueOf(whole));
            parts[i] = qr[0].longValueExact();
            remainders[i] = qr[1];
            assigned += parts[i];
        }
        long left = base - assigned;
        while (left > 0) {
            int best = -1;
            for (int i = 0; i < paid.length; i++) {
                if (remainders[i].signum() > 0 && (best < 0 || remainders[i].compareTo(remainders[best]) > 0)) {
                    best = i;
                }
            }
            if (best < 0) {
                // the payment parts do not add up to the whole (never for a paid order): the rest is cash
                parts[0] += left;
                break;
            }
            parts[best]++;
            remainders[best] = BigInteger.ZERO;
            left--;
        }
        return parts;
    }
}
