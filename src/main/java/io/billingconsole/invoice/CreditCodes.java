package io.billingconsole.invoice;

/**
 * The unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from
 * {@code 0-9A-HJ-NPQRTUWXY}; the last is the check character of the first 17 (weights 3^i mod 31,
 * check = 31 - (sum mod 31), 31 meaning 0).
 */
public final class CreditCodes {

    static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private CreditCodes() {
    }

    /** The check character of 17 leading characters; -1 when one of them is not in the charset. */
    public static char check(String first17) {
        if (first17 == null || first17.length() != 17) {
            throw new IllegalArgumentException("17 characters expected");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = CHARSET.indexOf(first17.charAt(i));
            if (value < 0) {
                throw new IllegalArgumentException("not a credit code character: " + first17.charAt(i));
            }
            sum += value * WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return CHARSET.charAt(check == 31 ? 0 : check);
    }

    /** True for an 18-character code (upper case) whose check character matches. */
    public static boolean isValid(String code) {
        if (code == null || code.length() != 18) {
            return false;
        }
        for (int i = 0; i < 18; i++) {
            if (CHARSET.indexOf(code.charAt(i)) < 0) {
                return false;
            }
        }
        return check(code.substring(0, 17)) == code.charAt(17);
    }

    /** A typed code: spaces removed, upper case. */
    public static String normalize(String typed) {
        return typed == null ? null : typed.replace(" ", "").trim().toUpperCase(java.util.Locale.ROOT);
    }
}
