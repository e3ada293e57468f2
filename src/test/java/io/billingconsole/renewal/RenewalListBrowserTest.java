package io.billingconsole.renewal;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.billingconsole.resource.CloudResource;
import io.billingconsole.support.BrowserTest;
import io.billingconsole.support.ConsoleBrowser;
import io.billingconsole.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.billingconsole.support.ConsoleBrowser.named;

/** Issue 9 in a real browser: select all on the page, an empty selection, and the product select on a phone. */
@QuarkusTest
class RenewalListBrowserTest extends BrowserTest {

    @Inject
    Fixtures fixtures;

    @Test
    void selectAllTicksEveryRenewableRowAndAnEmptySelectionStaysOnTheList() {
        Fixtures.Customer customer = fixtures.customer("0");
        CloudResource a = fixtures.resource(customer, "ECS", 5);
        CloudResource b = fixtures.resource(customer, "ECS", 9);
        ConsoleBrowser.logIn(page, customer);
        page.navigate("/renewals?type=ECS&sort=name");

        // nothing ticked: back on the same list with a message
        page.getByTestId("batch-renew").click();
        assertThat(page).hasURL(Pattern.compile("/renewals\\?type=ECS&sort=name&error=EMPTY_SELECTION$"));
        assertThat(page.getByRole(AriaRole.ALERT)).hasText("请至少选择一个资源");
        assertThat(page.getByTestId("product-select")).isHidden();

        page.getByTestId("select-all").check();
        assertThat(page.getByLabel(a.name, new Page.GetByLabelOptions().setExact(true))).isChecked();
        assertThat(page.getByLabel(b.name, new Page.GetByLabelOptions().setExact(true))).isChecked();
        page.getByTestId("select-all").uncheck();
        assertThat(page.getByLabel(a.name, new Page.GetByLabelOptions().setExact(true))).not().isChecked();
        page.getByTestId("select-all").check();
        page.getByTestId("batch-renew").click();
        assertThat(page).hasURL(Pattern.compile("/renewals/batch\\?"));
        assertThat(page.getByText("已选择 2 个资源")).isVisible();
    }

    @Test
    void onAPhoneTheProductsAreASelectThatSubmitsItself() {
        Fixtures.Customer customer = fixtures.customer("0");
        fixtures.resource(customer, "ECS", 5);
        CloudResource database = fixtures.resource(customer, "RDS", 8);
        try (BrowserContext phone = newContext(390, 844)) {
            Page small = phone.newPage();
            ConsoleBrowser.logIn(small, customer);
            small.navigate("/renewals");
            assertThat(small.locator("nav.side")).isHidden();
            assertThat(small.getByTestId("product-select")).isVisible();
            small.getByLabel("产品").selectOption("RDS");
            assertThat(small).hasURL(Pattern.compile("/renewals\\?type=RDS$"));
            assertThat(small.getByRole(AriaRole.CHECKBOX, named(database.name))).isVisible();
            assertThat(small.getByTestId("batch-renew")).hasCSS("background-color", "rgb(255, 106, 0)");
        }
    }
}
