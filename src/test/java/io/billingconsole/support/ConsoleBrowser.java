package io.billingconsole.support;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import io.billingconsole.shared.Money;

import java.math.BigDecimal;
import java.net.URL;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Debian's Chromium driven by Playwright for the browser tests: one browser per test class, a fresh
 * context (own cookies) per test, logging in through the form and full-page screenshots under
 * {@code target/screenshots/}. Also shows money and moments the way the pages print them.
 */
public final class ConsoleBrowser implements AutoCloseable {

    /** The business zone the console is configured with (application.properties). */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private static final Path CHROMIUM = Paths.get(System.getenv().getOrDefault("BILLING_CHROMIUM", "/usr/bin/chromium"));
    private static final Path SCREENSHOTS = Paths.get("target", "screenshots");
    private static final List<String> ARGS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final Pattern USERNAME = Pattern.compile("^(用户名|Username)$");
    private static final Pattern PASSWORD = Pattern.compile("^(密码|Password)$");
    private static final Pattern LOG_IN = Pattern.compile("^(登录|Log in)$");

    private final Playwright playwright;
    private final Browser browser;

    private ConsoleBrowser(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    public static ConsoleBrowser launch() {
        // Playwright's own browser download cannot work here; Debian's Chromium is used instead
        Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        try {
            Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(CHROMIUM).setHeadless(true).setArgs(ARGS));
            return new ConsoleBrowser(playwright, browser);
        } catch (RuntimeException e) {
            playwright.close();
            throw e;
        }
    }

    /** A new browser profile of a Chinese-speaking user in Shanghai, pointed at the console. */
    public BrowserContext newContext(URL base) {
        return newContext(base, 1280, 800);
    }

    /** The same profile on a screen of the given size (a phone is 390×844). */
    public BrowserContext newContext(URL base, int width, int height) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setBaseURL(base.toString())
                .setLocale("zh-CN")
                .setTimezoneId(ZONE.getId())
                .setViewportSize(width, height));
        context.setDefaultTimeout(15_000);
        return context;
    }

    /** Opens the login page and logs in; the labels may be in either language. */
    public static void logIn(Page page, Fixtures.Customer customer) {
        page.navigate("/login");
        submitLogin(page, customer);
    }

    /** Fills in the login form already shown and waits for the overview. */
    public static void submitLogin(Page page, Fixtures.Customer customer) {
        page.getByLabel(USERNAME).fill(customer.username());
        page.getByLabel(PASSWORD).fill(customer.password());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(LOG_IN)).click();
        assertThat(page).hasURL(Pattern.compile("/$"));
    }

    /** A full-page screenshot at {@code target/screenshots/<name>.png}. */
    public static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }

    /** A moment as the pages print it: "2025-03-05 00:00" in the business zone. */
    public static String dateTime(Instant instant) {
        return DATE_TIME.format(instant.atZone(ZONE));
    }

    /** An amount as the pages print it: "¥1,234.50". */
    public static String yuan(Money money) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        String digits = format.format(BigDecimal.valueOf(Math.abs(money.fen()), 2));
        return (money.isNegative() ? "-¥" : "¥") + digits;
    }

    /** Exact accessible-name match for {@code page.getByRole}. */
    public static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }

    /** Exact accessible-name match for {@code locator.getByRole}, inside a row or a section. */
    public static Locator.GetByRoleOptions namedWithin(String name) {
        return new Locator.GetByRoleOptions().setName(name).setExact(true);
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
