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

    /**
     * All but the last four characters of an account number hidden ({@code ****1234}); an e-mail-style
     * account keeps its first character and domain ({@code z****@example.com}); null when blank.
     */
    public static String maskAccount(String account) {
        if (account == null || account.isBlank()) {
            return null;
        }
        int at = account.indexOf('@');
        if (at > 0) {
            // an e-mail-style Alipay account: its first character and the domain stay recognisable
            return account.charAt(0) + "****" + account.substring(at);
        }
        return "****" + (account.length() <= 4 ? account : account.substring(account.length() - 4));
    }
}
