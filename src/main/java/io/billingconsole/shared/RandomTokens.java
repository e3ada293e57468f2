package io.billingconsole.shared;

import java.security.SecureRandom;
import java.util.HexFormat;

/** Unguessable identifiers (gateway references, payout keys, form keys, stored file names). */
public final class RandomTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private RandomTokens() {
    }

    /** {@code bytes} random bytes from a secure source, as lower-case hex (twice as many characters). */
    public static String hex(int bytes) {
        byte[] value = new byte[bytes];
        RANDOM.nextBytes(value);
        return HexFormat.of().formatHex(value);
    }

    /** All but the last four characters of an account number hidden ({@code ****1234}); null when blank. */
    public static String maskAccount(String account) {
        if (account == null || account.isBlank()) {
            return null;
        }
        return "****" + (account.length() <= 4 ? account : account.substring(account.length() - 4));
    }
}
