package io.billingconsole.autorenew;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import io.billingconsole.resource.CloudResource;
import io.billingconsole.support.BrowserTest;
import io.billingconsole.support.ConsoleBrowser;
import io.billingconsole.support.Fixtures;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.billingconsole.support.ConsoleBrowser.named;
import static io.billingconsole.support.ConsoleBrowser.screenshot;

/** Auto-renewal in a real browser: open a server's detail, enable it for 3 months, read the calendar, cancel it. */
@QuarkusTest
class AutoRenewBrowserTest extends BrowserTest {

    @Inject
    Fixtures fixtures;

    @Test
    void enableAutoRenewalForThreeMonthsSeeTheCalendarAndCancelIt() {
        Fixtures.Customer customer = fixtures.customer("1000");
        CloudResource server = fixtures.resource(customer, "ECS", 40);
        CloudResource other = fixtures.resource(customer, "ECS", 60);
        LocalDate expiryDay = server.expiresAt.atZone(ConsoleBrowser.ZONE).toLocalDate();

        ConsoleBrowser.logIn(page, customer);
        page.getByRole(AriaRole.LINK, named("续费管理")).click();
        page.getByRole(AriaRole.LINK, named(server.name)).click();
        assertThat(page.getByRole(AriaRole.HEADING, named("资源详情: " + server.name))).isVisible();
        assertThat(page.getByTestId("auto-renew-state")).hasText("未开通");

        page.getByLabel("每次续费时长").selectOption("3");
        page.getByRole(AriaRole.BUTTON, named("开通自动续费")).click();

        assertThat(page.getByText("自动续费已开通。")).isVisible();
        assertThat(page.getByTestId("auto-renew-state")).hasText("已开通（每次 3 个月）");
        assertThat(page.getByTestId("next-attempt")).hasText(expiryDay.minusDays(9) + " 08:00");
        assertThat(page.getByTestId("last-attempt")).hasText(expiryDay.minusDays(1) + " 08:00");
        assertThat(page.getByTestId("retry-days")).containsText(expiryDay.minusDays(8).toString());
        assertThat(page.getByTestId("release")).hasText(ConsoleBrowser.dateTime(server.expiresAt
                .atZone(ConsoleBrowser.ZONE).plusDays(15).toInstant()) + " → 释放");
        screenshot(page, "auto-renew-detail");

        page.getByRole(AriaRole.LINK, named("续费管理")).click();
        page.getByRole(AriaRole.LINK, named("自动续费")).click();
        assertThat(page).hasURL(Pattern.compile("renewal=AUTO"));
        assertThat(row(server.name)).containsText("已开通（每次 3 个月）");
        assertThat(row(other.name)).hasCount(0);
        screenshot(page, "renewal-list-auto");

        page.getByRole(AriaRole.LINK, named(server.name)).click();
        page.getByRole(AriaRole.BUTTON, named("取消自动续费")).click();
        assertThat(page.getByText("自动续费已取消。")).isVisible();
        assertThat(page.getByTestId("auto-renew-state")).hasText("未开通");
        assertThat(page.getByTestId("calendar-off")).isVisible();
        assertThat(page.getByTestId("next-attempt")).hasCount(0);
        assertThat(page.getByRole(AriaRole.BUTTON, named("取消自动续费"))).hasCount(0);
    }

    private Locator row(String name) {
        return page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions()
                .setHas(page.getByRole(AriaRole.CELL, named(name))));
    }
}
