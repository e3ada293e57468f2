package io.billingconsole.web;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.BoundingBox;
import io.billingconsole.account.Role;
import io.billingconsole.renewal.RenewalItem;
import io.billingconsole.renewal.RenewalService;
import io.billingconsole.support.BrowserTest;
import io.billingconsole.support.ConsoleBrowser;
import io.billingconsole.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The pages look alike: at most one primary (orange) button per page, its main action; filter rows
 * whose fields and buttons stand on one line; no browser-default fieldset box.
 */
@QuarkusTest
class VisualConsistencyTest extends BrowserTest {

    /** Primary buttons in the page's content: buttons and button links that are neither secondary nor links. */
    private static final String PRIMARY = "main button:not(.secondary):not(.link):visible, main a.button:not(.secondary):visible";

    @Inject
    Fixtures fixtures;

    @Inject
    RenewalService renewals;

    @Test
    void customerPagesHaveOneMainActionAndAlignedFilters() {
        Fixtures.Customer customer = fixtures.customer("0");
        long orderId = renewals.createOrder(customer.accountId(),
                List.of(new RenewalItem(fixtures.resource(customer, "ECS", 5).id, 1))).id;
        fixtures.resource(customer, "DOMAIN", -3);
        ConsoleBrowser.logIn(page, customer);

        List<String> problems = new ArrayList<>();
        for (String path : List.of("/", "/orders", "/orders/" + orderId, "/transactions", "/notices",
                "/account/password", "/orders/99999999")) {
            page.navigate(path);
            int primaries = page.locator(PRIMARY).count();
            if (primaries > 1) {
                problems.add(path + ": " + primaries + " primary buttons");
            }
            for (Locator fieldset : page.locator("main fieldset").all()) {
                if (!"none".equals(fieldset.evaluate("f => getComputedStyle(f).borderTopStyle"))) {
                    problems.add(path + ": fieldset with a border");
                }
            }
            Locator filters = page.locator("main .filters");
            if (filters.count() > 0) {
                List<Double> bottoms = new ArrayList<>();
                for (Locator control : filters.first().locator("select, input:not([type=hidden]), button").all()) {
                    BoundingBox box = control.boundingBox();
                    bottoms.add(Math.round((box.y + box.height) * 2) / 2.0);
                }
                if (bottoms.stream().distinct().count() > 1) {
                    problems.add(path + ": filter row controls end at " + bottoms);
                }
            }
        }
        page.navigate("/orders/" + orderId);
        assertEquals(1, page.locator(PRIMARY).count(), "paying is the order's main action");
        assertTrue(page.locator("main button.secondary").count() >= 1, "voiding is secondary");
        assertEquals(List.of(), problems);
    }

    @Test
    void staffPagesHaveOneMainAction() {
        String operator = fixtures.staff(Role.OPERATOR);
        page.navigate("/login");
        assertEquals(1, page.locator(PRIMARY).count(), "logging in");
        page.locator("input[name=username]").fill(operator);
        page.locator("input[name=password]").fill(Fixtures.PASSWORD);
        page.locator("form[action=\"/login\"] button[type=submit]").click();
        page.waitForURL("**/admin");
        List<String> problems = new ArrayList<>();
        for (String path : List.of("/admin", "/admin/users", "/account/password")) {
            page.navigate(path);
            int primaries = page.locator(PRIMARY).count();
            if (primaries > 1) {
                problems.add(path + ": " + primaries + " primary buttons");
            }
        }
        assertEquals(List.of(), problems);
    }
}
