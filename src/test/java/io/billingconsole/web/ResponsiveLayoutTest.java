package io.billingconsole.web;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import io.billingconsole.account.Role;
import io.billingconsole.renewal.RenewalItem;
import io.billingconsole.renewal.RenewalService;
import io.billingconsole.resource.CloudResource;
import io.billingconsole.support.BrowserTest;
import io.billingconsole.support.ConsoleBrowser;
import io.billingconsole.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.billingconsole.support.ConsoleBrowser.named;
import static io.billingconsole.support.ConsoleBrowser.namedWithin;
import static io.billingconsole.support.ConsoleBrowser.screenshot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every page of the navigation at a phone width (390×844) and at a laptop width (1366×900), in
 * Chinese and English, and the customer's pages at 360 px in English: the page never scrolls sideways, the header's menu opens and navigates on
 * the phone, and each list's main action is on screen. Screenshots of both widths go to
 * {@code target/screenshots/layout-<width>-<lang>-<page>.png}.
 */
@QuarkusTest
class ResponsiveLayoutTest extends BrowserTest {

    private static final int PHONE = 390;
    private static final int LAPTOP = 1366;
    /** The narrowest phone the console promises to fit (checked in English, the longer texts). */
    private static final int NARROWEST = 360;

    @Inject
    Fixtures fixtures;

    @Inject
    RenewalService renewals;

    @Inject
    io.billingconsole.quote.QuoteService quotes;

    @Test
    void customerPagesFitThePhoneAndTheLaptopInBothLanguages() {
        Fixtures.Customer customer = fixtures.customer("88.50");
        CloudResource server = fixtures.resource(customer, "ECS", "a-rather-long-cloud-server-name-for-the-phone", 5);
        CloudResource domain = fixtures.resource(customer, "DOMAIN", 20);
        fixtures.resource(customer, "VIRTUAL_HOST", 40);
        long orderId = renewals.createOrder(customer.accountId(), List.of(new RenewalItem(server.id, 1))).id;

        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("overview", "/");
        pages.put("renewals", "/renewals");
        pages.put("renewals-auto", "/renewals?renewal=AUTO");
        pages.put("resource", "/renewals/" + domain.id);
        pages.put("renew", "/renewals/" + domain.id + "/renew");
        pages.put("batch", "/renewals/batch?id=" + domain.id + "&id=" + server.id);
        pages.put("auto-renew-batch", "/renewals/auto-renew?id=" + domain.id);
        pages.put("quote-new", "/quotes/new?id=" + domain.id + "&id=" + server.id);
        pages.put("quote-matching", "/quotes/new?all=1&type=ECS");
        pages.put("quote", "/quotes/" + quotes.create(customer.accountId(),
                List.of(new RenewalItem(domain.id, 12), new RenewalItem(server.id, 1))).id);
        pages.put("orders", "/orders");
        pages.put("order", "/orders/" + orderId);
        pages.put("transactions", "/transactions");
        pages.put("notices", "/notices");
        pages.put("notice-settings", "/notices/settings");
        pages.put("password", "/account/password");
        pages.put("invoices", "/invoices");
        pages.put("invoice-titles", "/invoices/titles");
        pages.put("invoice-debt", "/invoices/debt");
        pages.put("not-found", "/orders/99999999");
        pages.put("no-such-page", "/no/such/page");

        List<String> tooWide = new ArrayList<>();
        for (String lang : List.of("zh", "en")) {
            for (int width : "en".equals(lang) ? List.of(NARROWEST, PHONE, LAPTOP) : List.of(PHONE, LAPTOP)) {
                try (BrowserContext context = sized(width, lang)) {
                    Page page = context.newPage();
                    ConsoleBrowser.logIn(page, customer);
                    for (Map.Entry<String, String> entry : pages.entrySet()) {
                        page.navigate(entry.getValue());
                        check(page, width, lang, entry.getKey(), tooWide);
                        // every page, error pages included, has the full header
                        assertThat(page.locator("header form[action='/logout']")).hasCount(1);
                        assertThat(page.locator("header form[action='/language']")).hasCount(1);
                        assertThat(page.locator("header nav[aria-label=main] a")).hasCount(10);
                    }
                    page.navigate("/renewals");
                    withinScreen(page.getByRole(AriaRole.BUTTON, named("zh".equals(lang) ? "批量续费" : "Batch renew")), width);
                    page.navigate("/orders");
                    withinScreen(page.getByRole(AriaRole.LINK, named("zh".equals(lang) ? "支付" : "Pay")), width);
                }
            }
        }
        assertEquals(List.of(), tooWide, "pages wider than the screen (page, document width, viewport)");
    }

    @Test
    void staffPagesFitThePhoneAndTheLaptop() {
        String operator = fixtures.staff(Role.OPERATOR);
        List<String> tooWide = new ArrayList<>();
        for (String lang : List.of("zh", "en")) {
            for (int width : List.of(PHONE, LAPTOP)) {
                try (BrowserContext context = sized(width, lang)) {
                    Page page = context.newPage();
                    page.navigate("/login");
                    page.locator("input[name=username]").fill(operator);
                    page.locator("input[name=password]").fill(Fixtures.PASSWORD);
                    page.locator("form[action=\"/login\"] button[type=submit]").click();
                    assertThat(page).hasURL(Pattern.compile("/admin$"));
                    for (String path : List.of("/admin", "/admin/users", "/admin/notice-schedule", "/account/password")) {
                        page.navigate(path);
                        check(page, width, lang, "staff" + path.replace('/', '-'), tooWide);
                    }
                }
            }
        }
        assertEquals(List.of(), tooWide, "pages wider than the screen (page, document width, viewport)");
    }

    @Test
    void onThePhoneTheMenuButtonOpensTheNavigationAndItNavigates() {
        Fixtures.Customer customer = fixtures.customer("10.00");
        try (BrowserContext context = sized(PHONE, "zh")) {
            Page page = context.newPage();
            ConsoleBrowser.logIn(page, customer);
            Locator menu = page.getByRole(AriaRole.BUTTON, named("菜单"));
            Locator orders = mainNav(page).getByRole(AriaRole.LINK, namedWithin("订单管理"));
            assertThat(menu).isVisible();
            assertThat(menu).hasAttribute("aria-expanded", "false");
            assertThat(orders).isHidden();
            screenshot(page, "layout-390-zh-menu-closed");

            menu.click();
            assertThat(menu).hasAttribute("aria-expanded", "true");
            assertThat(orders).isVisible();
            assertThat(page.getByRole(AriaRole.BUTTON, named("退出登录"))).isVisible();
            screenshot(page, "layout-390-zh-menu-open");
            orders.click();
            assertThat(page).hasURL(Pattern.compile("/orders$"));
            assertThat(page.getByRole(AriaRole.HEADING, named("订单管理"))).isVisible();
            assertThat(menu).hasAttribute("aria-expanded", "false");

            menu.click();
            page.getByRole(AriaRole.BUTTON, named("English")).click();
            assertThat(page.getByRole(AriaRole.BUTTON, named("Menu"))).isVisible();
        }
        try (BrowserContext context = sized(LAPTOP, "zh")) {
            Page page = context.newPage();
            ConsoleBrowser.logIn(page, customer);
            assertThat(page.getByRole(AriaRole.BUTTON, named("菜单"))).isHidden();
            assertThat(mainNav(page).getByRole(AriaRole.LINK, namedWithin("订单管理"))).isVisible();
        }
    }

    @Test
    void theLoginPageFitsThePhone() {
        List<String> tooWide = new ArrayList<>();
        for (String lang : List.of("zh", "en")) {
            try (BrowserContext context = sized(PHONE, lang)) {
                Page page = context.newPage();
                page.navigate("/login");
                check(page, PHONE, lang, "login", tooWide);
            }
        }
        assertEquals(List.of(), tooWide);
    }

    private void check(Page page, int width, String lang, String name, List<String> tooWide) {
        screenshot(page, "layout-" + width + "-" + lang + "-" + name);
        int documentWidth = ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue();
        int viewport = ((Number) page.evaluate("window.innerWidth")).intValue();
        if (documentWidth > viewport) {
            tooWide.add(name + " " + lang + " " + documentWidth + ">" + viewport);
        }
    }

    /** The element is shown and lies within the screen's width once scrolled to. */
    private static void withinScreen(Locator element, int width) {
        assertThat(element).isVisible();
        element.scrollIntoViewIfNeeded();
        assertThat(element).isInViewport();
        var box = element.boundingBox();
        assertTrue(box.x >= 0 && box.x + box.width <= width, "off screen: x=" + box.x + " width=" + box.width);
    }

    private BrowserContext sized(int width, String lang) {
        BrowserContext context = newContext(width, width < LAPTOP ? 844 : 900);
        context.addCookies(List.of(new Cookie("lang", lang).setUrl(base.toString())));
        return context;
    }

    private static Locator mainNav(Page page) {
        return page.getByRole(AriaRole.NAVIGATION, named("main"));
    }
}
