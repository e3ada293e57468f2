package io.billingconsole.invoice;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The unified social credit code check (GB 32100-2015) on published codes, computed ones and broken ones. */
class CreditCodesTest {

    @Test
    void publishedCodesOfRealCompaniesAreValid() {
        assertTrue(CreditCodes.isValid("91110108551385082Q"));   // Xiaomi Technology, Beijing
        assertTrue(CreditCodes.isValid("9144030071526726XG"));   // Tencent, Shenzhen
        assertTrue(CreditCodes.isValid("91350100M000100Y43"));   // the standard's example
        assertTrue(CreditCodes.isValid("91110000802100433B"));
    }

    @Test
    void theCheckCharacterIsComputedFromTheFirstSeventeen() {
        assertEquals('Q', CreditCodes.check("91110108551385082"));
        assertEquals('3', CreditCodes.check("91350100M000100Y4"));
        // 31 - (sum mod 31) = 31 stands for 0
        assertEquals('0', CreditCodes.check("12100000400000001"));
        assertTrue(CreditCodes.isValid("121000004000000010"));
        assertEquals('Y', CreditCodes.check("91330100MA2B0000X"));
        assertThrows(IllegalArgumentException.class, () -> CreditCodes.check("9111010855138508I"));
    }

    @Test
    void brokenCodesAreRefused() {
        assertFalse(CreditCodes.isValid("91110108551385082A"), "wrong check character");
        assertFalse(CreditCodes.isValid("91110108551385083Q"), "one digit changed");
        assertFalse(CreditCodes.isValid("9111010855138508Q"), "17 characters");
        assertFalse(CreditCodes.isValid("91110108551385082QQ"), "19 characters");
        assertFalse(CreditCodes.isValid("91110108551385082q"), "lower case is normalised first, not accepted raw");
        assertFalse(CreditCodes.isValid("9111010855138508IQ"), "I is not in the charset");
        assertFalse(CreditCodes.isValid("91110108551385O82Q"), "O is not in the charset");
        assertFalse(CreditCodes.isValid(""));
        assertFalse(CreditCodes.isValid(null));
        assertEquals("91110108551385082Q", CreditCodes.normalize(" 9111 0108551385082q "));
    }
}
