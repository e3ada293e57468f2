package io.billingconsole.shared;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What real clients send passes untouched; what Quarkus REST cannot parse is dropped. */
class HeaderGuardTest {

    @Test
    void browserHeadersPass() {
        assertTrue(HeaderGuard.isWellFormedAccept("text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,"
                + "image/webp,image/apng,*/*;q=0.8,application/signed-exchange;v=b3;q=0.7"));
        assertTrue(HeaderGuard.isWellFormedAccept("application/json"));
        assertTrue(HeaderGuard.isWellFormedAccept("*/*"));
        assertTrue(HeaderGuard.isWellFormedAccept("text/html; charset=\"utf-8\"; q=1.0"));
        assertTrue(HeaderGuard.isWellFormedLanguage("zh-CN,zh;q=0.9,en;q=0.8"));
        assertTrue(HeaderGuard.isWellFormedLanguage("en-US"));
        assertTrue(HeaderGuard.isWellFormedLanguage("*"));
    }

    @Test
    void unparseableHeadersAreRefused() {
        assertFalse(HeaderGuard.isWellFormedAccept("text/html;q=abc"));
        assertFalse(HeaderGuard.isWellFormedAccept("*/*;q=2"));
        assertFalse(HeaderGuard.isWellFormedAccept(",,,"));
        assertFalse(HeaderGuard.isWellFormedAccept("text/"));
        assertFalse(HeaderGuard.isWellFormedLanguage("zz;q=abc"));
        assertFalse(HeaderGuard.isWellFormedLanguage("en;q=2"));
        assertFalse(HeaderGuard.isWellFormedLanguage(",,,"));
        assertFalse(HeaderGuard.isWellFormedLanguage("中文"));
        assertFalse(HeaderGuard.isWellFormedLanguage("x".repeat(600)));
    }
}
