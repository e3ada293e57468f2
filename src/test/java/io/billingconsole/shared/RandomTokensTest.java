package io.billingconsole.shared;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class RandomTokensTest {

    @Test
    void accountNumbersShowTheirLastFourAndEmailAccountsTheirDomain() {
        assertEquals("****1234", RandomTokens.maskAccount("6222020000001234"));
        assertEquals("****123", RandomTokens.maskAccount("123"));
        assertEquals("z****@example.com", RandomTokens.maskAccount("zhangsan@example.com"));
        assertNull(RandomTokens.maskAccount(" "));
    }

    @Test
    void tokensAreHexOfTheAskedLengthAndDiffer() {
        String a = RandomTokens.hex(16);
        assertEquals(32, a.length());
        assertEquals(false, a.equals(RandomTokens.hex(16)));
    }
}
