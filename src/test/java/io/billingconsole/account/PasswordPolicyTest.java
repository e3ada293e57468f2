package io.billingconsole.account;

import io.billingconsole.shared.CommonError;
import io.billingconsole.shared.DomainException;
import io.billingconsole.shared.ErrorCode;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The one password rule: 10 characters to 72 bytes of UTF-8, not the username. */
class PasswordPolicyTest {

    @Test
    void refusesShortPasswordsCountingCharactersNotBytes() {
        assertEquals(AccountError.PASSWORD_TOO_SHORT, refusal("123456789", "alice"));
        assertEquals(AccountError.PASSWORD_TOO_SHORT, refusal("", "alice"));
        assertEquals(AccountError.PASSWORD_TOO_SHORT, refusal(null, "alice"));
        // nine Chinese characters are 27 bytes but only nine characters
        assertEquals(AccountError.PASSWORD_TOO_SHORT, refusal("一二三四五六七八九", "alice"));
        assertDoesNotThrow(() -> PasswordPolicy.check("1234567890", "alice"));
    }

    @Test
    void refusesWhatBcryptWouldCutAfter72Bytes() {
        assertDoesNotThrow(() -> PasswordPolicy.check("a".repeat(72), "alice"));
        assertEquals(AccountError.PASSWORD_TOO_LONG, refusal("a".repeat(73), "alice"));
        // a Chinese character is 3 bytes in UTF-8: 24 fit, 25 do not
        assertDoesNotThrow(() -> PasswordPolicy.check("密".repeat(24), "alice"));
        assertEquals(AccountError.PASSWORD_TOO_LONG, refusal("密".repeat(25), "alice"));
    }

    @Test
    void refusesTheUsernameAndNulCharacters() {
        assertEquals(AccountError.PASSWORD_IS_USERNAME, refusal("Cashier2026", "cashier2026"));
        assertEquals(CommonError.INVALID_INPUT, refusal("abcdefghij\0k", "alice"));
    }

    private static ErrorCode refusal(String password, String username) {
        return assertThrows(DomainException.class, () -> PasswordPolicy.check(password, username)).code();
    }
}
