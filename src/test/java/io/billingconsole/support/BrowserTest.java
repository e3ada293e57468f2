package io.billingconsole.support;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import io.quarkus.test.common.http.TestHTTPResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

import java.net.URL;

/** Base of the browser tests: one Chromium per test class, a fresh context (cookies) and page per test. */
public abstract class BrowserTest {

    private static ConsoleBrowser browser;

    @TestHTTPResource("/")
    protected URL base;

    protected BrowserContext context;
    protected Page page;

    @BeforeAll
    static void launchBrowser() {
        browser = ConsoleBrowser.launch();
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }

    @BeforeEach
    void openContext() {
        context = newContext();
        page = context.newPage();
    }

    @AfterEach
    void closeContext() {
        context.close();
    }

    /** Another browser profile (its own cookies), for tests that need more than one; close it yourself. */
    protected BrowserContext newContext() {
        return browser.newContext(base);
    }

    /** Another browser profile on a screen of the given size; close it yourself. */
    protected BrowserContext newContext(int width, int height) {
        return browser.newContext(base, width, height);
    }
}
