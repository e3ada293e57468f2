package io.billingconsole.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Pattern;

/** An amount of CNY held as a whole number of fen (0.01 元); the only money type in the code base. */
public record Money(long fen) implements Comparable<Money> {

    public static final Money ZERO = new Money(0);
    private static final Pattern DECIMAL = Pattern.compile("-?\\d{1,13}(\\.\\d{1,2})?");

    public static Money ofFen(long fen) {
        return new Money(fen);
    }

    public static Money yuan(long yuan) {
        return exact(() -> Math.multiplyExact(yuan, 100));
    }

    /**
     * An amount that does not fit in a long of fen. Still an {@link ArithmeticException}; the error
     * mappers answer it as a refusal (AMOUNT_OUT_OF_RANGE) and, thrown inside a transaction, it rolls
     * everything back, so nothing is written.
     */
    public static final class Overflow extends ArithmeticException {
        Overflow() {
            super("amount out of range");
        }
    }

    /** Parses "100", "100.5" or "100.50"; anything else (more decimals, exponents, blanks) is refused. */
    @JsonCreator
    public static Money parse(String text) {
        if (text == null || !DECIMAL.matcher(text.trim()).matches()) {
            throw new DomainException(CommonError.INVALID_AMOUNT, String.valueOf(text));
        }
        return new Money(new BigDecimal(text.trim()).movePointRight(2).longValueExact());
    }

    public Money plus(Money other) {
        return exact(() -> Math.addExact(fen, other.fen));
    }

    public Money minus(Money other) {
        return exact(() -> Math.subtractExact(fen, other.fen));
    }

    public Money times(long factor) {
        return exact(() -> Math.multiplyExact(fen, factor));
    }

    public Money negate() {
        return exact(() -> Math.negateExact(fen));
    }

    /** Sum for display only: stops at the largest amount instead of failing (a balance must always show). */
    public Money plusCapped(Money other) {
        try {
            return plus(other);
        } catch (Overflow e) {
            return new Money(other.fen > 0 ? Long.MAX_VALUE : Long.MIN_VALUE);
        }
    }

    private static Money exact(java.util.function.LongSupplier arithmetic) {
        try {
            return new Money(arithmetic.getAsLong());
        } catch (ArithmeticException e) {
            throw new Overflow();
        }
    }

    public static Money min(Money a, Money b) {
        return a.fen <= b.fen ? a : b;
    }

    public static Money max(Money a, Money b) {
        return a.fen >= b.fen ? a : b;
    }

    public boolean isPositive() {
        return fen > 0;
    }

    public boolean isNegative() {
        return fen < 0;
    }

    public boolean isZero() {
        return fen == 0;
    }

    public boolean isLessThan(Money other) {
        return fen < other.fen;
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(fen, other.fen);
    }

    /** Decimal string with two places, as the API reads and writes it: "100.00", "-0.50". */
    @JsonValue
    public String toPlainString() {
        return BigDecimal.valueOf(fen, 2).setScale(2, RoundingMode.UNNECESSARY).toPlainString();
    }

    @Override
    public String toString() {
        return toPlainString();
    }
}
