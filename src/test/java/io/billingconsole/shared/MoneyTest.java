package io.billingconsole.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MoneyTest {

    @ParameterizedTest
    @CsvSource({"100, 10000", "100.5, 10050", "100.50, 10050", "0.01, 1", "-0.50, -50", "' 7.25 ', 725",
            "9999999999999.99, 999999999999999"})
    void parsesDecimalStringsIntoFen(String text, long fen) {
        assertEquals(Money.ofFen(fen), Money.parse(text));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"1.005", "1e3", "abc", "1,000.00", "0x10", "NaN", ".5", "1.", "12345678901234"})
    void refusesAnythingButAPlainDecimalWithAtMostTwoPlaces(String text) {
        DomainException refused = assertThrows(DomainException.class, () -> Money.parse(text));
        assertEquals(CommonError.INVALID_AMOUNT, refused.code());
    }

    @ParameterizedTest
    @CsvSource({"10000, 100.00", "5, 0.05", "-50, -0.50", "0, 0.00", "123456, 1234.56"})
    void writesTwoDecimalPlaces(long fen, String text) {
        assertEquals(text, Money.ofFen(fen).toPlainString());
    }

    @Test
    void arithmeticIsExact() {
        assertEquals(Money.ofFen(30), Money.ofFen(10).plus(Money.ofFen(20)));
        assertEquals(Money.ofFen(-10), Money.ofFen(10).minus(Money.ofFen(20)));
        assertEquals(Money.yuan(297), Money.yuan(99).times(3));
        // 0.1 + 0.2 is exactly 0.3 here, unlike with double
        assertEquals(Money.parse("0.30"), Money.parse("0.1").plus(Money.parse("0.2")));
        assertTrue(Money.ofFen(1).isPositive());
        assertTrue(Money.ofFen(-1).isLessThan(Money.ZERO));
    }

    @Test
    void overflowIsAnErrorNotAWrapAround() {
        assertThrows(ArithmeticException.class, () -> Money.ofFen(Long.MAX_VALUE).plus(Money.ofFen(1)));
        assertThrows(ArithmeticException.class, () -> Money.ofFen(Long.MAX_VALUE / 2).times(3));
    }

    @ParameterizedTest
    @CsvSource({"123456, '¥1,234.56'", "-50, -¥0.50", "0, ¥0.00", "100000000, '¥1,000,000.00'"})
    void pagesShowYuanWithThousandsSeparators(long fen, String shown) {
        assertEquals(shown, TemplateFormats.yuan(Money.ofFen(fen)));
    }
}
