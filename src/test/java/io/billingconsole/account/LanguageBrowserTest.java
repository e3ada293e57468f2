package io.billingconsole.account;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.billingconsole.support.BrowserTest;
import io.billingconsole.support.ConsoleBrowser;
import io.billingconsole.support.Fixtures;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.billingconsole.support.ConsoleBrowser.named;
import static io.billingconsole.support.ConsoleBrowser.namedWithin;
import static io.billingconsole.support.ConsoleBrowser.screenshot;

/** The language switch in the header: English on every page, saved for the user, and back to Chinese. */
@QuarkusTest
class LanguageBrowserTest extends BrowserTest {

    @Inject
    Fixtures fixtures;

    @Test
    void englishStaysOnEveryPageAndAfterTheNextLoginUntilSwitchedBack() {
        Fixtures.Customer customer = fixtures.customer("88.50");
        fixtures.resource(customer, "ECS", 5);

        try (BrowserContext context = newContext()) {
            Page page = context.newPage();
            ConsoleBrowser.logIn(page, customer);
            assertThat(navLink(page, "续费管理")).isVisible();
            navLink(page, "续费管理").click();

            page.getByRole(AriaRole.BUTTON, named("English")).click();
            assertThat(page).hasURL(Pattern.compile("/renewals$"));
            assertThat(page.locator("html")).hasAttribute("lang", "en");
            assertThat(page.getByRole(AriaRole.HEADING, named("Renewal management"))).isVisible();
            assertThat(navLink(page, "Renewals")).isVisible();
            assertThat(navLink(page, "续费管理")).hasCount(0);
            assertThat(page.getByRole(AriaRole.LINK, named("ECS cloud server (1)"))).isVisible();
            assertThat(page.getByRole(AriaRole.CELL, named("5 days"))).isVisible();
            assertThat(page.getByRole(AriaRole.BUTTON, named("Batch renew"))).isVisible();
            screenshot(page, "renewal-list-en");

            navLink(page, "Orders").click();
            assertThat(page.getByRole(AriaRole.HEADING, named("Orders"))).isVisible();
            assertThat(page.getByText("No orders")).isVisible();
            navLink(page, "Overview").click();
            assertThat(page.getByText("Cash balance", new Page.GetByTextOptions().setExact(true))).isVisible();
            assertThat(page.getByTestId("cash-balance")).hasText("¥88.50");
            screenshot(page, "overview-en");

            page.getByRole(AriaRole.BUTTON, named("Log out")).click();
            assertThat(page.getByText("You have logged out")).isVisible();
            assertThat(page.getByRole(AriaRole.HEADING, named("Log in"))).isVisible();
            screenshot(page, "login-en");
        }

        // a browser without the language cookie: the choice comes from the user's saved setting
        try (BrowserContext context = newContext()) {
            Page page = context.newPage();
            page.navigate("/login");
            assertThat(page.getByRole(AriaRole.HEADING, named("登录"))).isVisible();
            ConsoleBrowser.submitLogin(page, customer);
            assertThat(page.locator("html")).hasAttribute("lang", "en");
            assertThat(navLink(page, "Renewals")).isVisible();

            page.getByRole(AriaRole.BUTTON, named("中文")).click();
            assertThat(page.locator("html")).hasAttribute("lang", "zh");
            assertThat(page.getByRole(AriaRole.HEADING, named("概览"))).isVisible();
            navLink(page, "订单管理").click();
            assertThat(page.getByRole(AriaRole.HEADING, named("订单管理"))).isVisible();
            assertThat(page.getByText("没有订单")).isVisible();
        }

        try (BrowserContext context = newContext()) {
            Page page = context.newPage();
            ConsoleBrowser.logIn(page, customer);
            assertThat(navLink(page, "续费管理")).isVisible();
            assertThat(page.getByRole(AriaRole.BUTTON, named("English"))).isVisible();
        }
    }

    private static Locator navLink(Page page, String name) {
        return page.getByRole(AriaRole.NAVIGATION, named("main")).getByRole(AriaRole.LINK, namedWithin(name));
    }
}
