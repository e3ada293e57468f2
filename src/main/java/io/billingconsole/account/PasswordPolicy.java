package io.billingconsole.account;

import io.billingconsole.shared.CommonError;
import io.billingconsole.shared.DomainException;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The one rule for every password the console sets (new customer, new staff user, reset, change,
 * setup link, first operator): at least {@value #MIN_LENGTH} characters and at most
 * {@value #MAX_BYTES} bytes in UTF-8. bcrypt only reads the first 72 bytes of a password, so a
 * longer one would be accepted with anything after byte 72; it is refused instead of silently
 * cut (a Chinese character takes 3 bytes, so 24 of them fill the limit).
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    /** bcrypt's limit: the one constant for it (a login with a longer password is refused, too). */
    public static final int MAX_BYTES = 72;

    private PasswordPolicy() {
    }

    /** Refuses a password that breaks the rule, with a message that says which part. */
    public static void check(String password, String username) {
        if (password == null || password.isEmpty()) {
            throw new DomainException(AccountError.PASSWORD_TOO_SHORT, String.valueOf(MIN_LENGTH));
        }
        if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw new DomainException(AccountError.PASSWORD_TOO_SHORT, String.valueOf(MIN_LENGTH));
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new DomainException(AccountError.PASSWORD_TOO_LONG, String.valueOf(MAX_BYTES));
        }
        if (password.indexOf('\0') >= 0) {
            throw new DomainException(CommonError.INVALID_INPUT, "password");
        }
        if (username != null && password.trim().toLowerCase(Locale.ROOT).equals(username.trim().toLowerCase(Locale.ROOT))) {
            throw new DomainException(AccountError.PASSWORD_IS_USERNAME);
        }
    }
}
