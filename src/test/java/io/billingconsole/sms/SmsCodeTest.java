package io.billingconsole.sms;

import io.billingconsole.shared.DomainException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The rules of one code (plain JUnit): the form of a typed code, tries, expiry, single use; masked phones. */
class SmsCodeTest {

    private static final Instant SENT = Instant.parse("2030-05-01T04:00:00Z");

    private static SmsCode code(String digits) {
        SmsCode code = new SmsCode();
        code.codeHash = SmsCode.hash(digits);
        code.createdAt = SENT;
        code.expiresAt = SENT.plus(Duration.ofMinutes(5));
        return code;
    }

    private static SmsError refusal(SmsCode code, String typed, Instant at) {
        return (SmsError) assertThrows(DomainException.class, () -> code.consume(typed, at)).code();
    }

    @Test
    void onlySixAsciiDigitsAreAFormAndAMalformedCodeCostsNoTry() {
        SmsCode code = code("042917");
        for (String typed : new String[] {"42917", "0429170", " 042917", "04291a", "٠٤٢٩١٧", "", null}) {
            assertEquals(SmsError.SMS_CODE_INVALID, refusal(code, typed, SENT));
        }
        assertEquals(0, code.wrongTries);
        code.consume("042917", SENT.plusSeconds(1));
        assertNotNull(code.usedAt);
        assertEquals(SmsError.SMS_CODE_USED, refusal(code, "042917", SENT.plusSeconds(2)));
    }

    @Test
    void theFifthWrongTryBurnsIt() {
        SmsCode code = code("123456");
        for (int i = 1; i <= 4; i++) {
            assertEquals(SmsError.SMS_CODE_INVALID, refusal(code, "654321", SENT));
            assertEquals(i, code.wrongTries);
            assertNull(code.usedAt);
        }
        assertEquals(SmsError.SMS_CODE_TOO_MANY_TRIES, refusal(code, "654321", SENT));
        assertEquals(SmsError.SMS_CODE_TOO_MANY_TRIES, refusal(code, "123456", SENT));
        assertEquals(5, code.wrongTries);
    }

    @Test
    void validUntilFiveMinutesExclusive() {
        SmsCode late = code("123456");
        assertEquals(SmsError.SMS_CODE_EXPIRED, refusal(late, "123456", SENT.plus(Duration.ofMinutes(5))));
        assertEquals(SmsError.SMS_CODE_EXPIRED, refusal(late, "000000", SENT.plus(Duration.ofMinutes(6))));
        assertEquals(0, late.wrongTries, "an expired code counts no tries");
        code("123456").consume("123456", SENT.plus(Duration.ofMinutes(5)).minusMillis(1));
    }

    @Test
    void phonesAreStoredWithoutSeparatorsAndShownMasked() {
        assertEquals("13812345678", SmsCodeService.normalize(" 138 1234-5678 "));
        assertNull(SmsCodeService.normalize("  "));
        assertEquals("138****5678", SmsCodeService.mask("13812345678"));
        assertEquals("+86****5678", SmsCodeService.mask("+8613812345678"));
        assertEquals("****67", SmsCodeService.mask("1234567"));
    }
}
