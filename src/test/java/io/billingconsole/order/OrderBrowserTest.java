package io.billingconsole.order;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.billingconsole.resource.CloudResource;
import io.billingconsole.shared.Money;
import io.billingconsole.support.BrowserTest;
import io.billingconsole.support.ConsoleBrowser;
import io.billingconsole.support.Fixtures;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.billingconsole.support.ConsoleBrowser.dateTime;
import static io.billingconsole.support.ConsoleBrowser.named;
import static io.billingconsole.support.ConsoleBrowser.namedWithin;
import static io.billingconsole.support.ConsoleBrowser.screenshot;
import static io.billingconsole.support.ConsoleBrowser.yuan;

/** An order the balance cannot cover: the missing amount, no way to pay, and voiding it instead. */
@QuarkusTest
class OrderBrowserTest extends BrowserTest {

    @Inject
    Fixtures fixtures;

    @Test
    void shortBalanceShowsWhatIsMissingAndCannotBePaid() {
        Fixtures.Customer customer = fixtures.customer("50");
        CloudResource server = fixtures.resource(customer, "ECS", 5);
        Money price = server.monthlyPrice;
        Money missing = price.minus(Money.parse("50"));

        ConsoleBrowser.logIn(page, customer);
        page.getByRole(AriaRole.LINK, named("续费管理")).click();
        row(server.name).getByRole(AriaRole.LINK, namedWithin("续费")).click();
        page.getByLabel("1 个月", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByRole(AriaRole.BUTTON, named("提交订单")).click();

        assertThat(page).hasURL(Pattern.compile("/orders/\\d+\\?done=created$"));
        assertThat(page.getByTestId("order-status")).hasText("待支付");
        assertThat(page.getByTestId("missing")).hasText("余额不足，还差 " + yuan(missing) + "。请充值后再支付。");
        assertThat(page.getByRole(AriaRole.BUTTON, named("支付 " + yuan(price)))).isDisabled();
        screenshot(page, "order-short-balance");

        page.getByRole(AriaRole.LINK, named("续费管理")).click();
        assertThat(row(server.name)).containsText("已有待支付订单");
        assertThat(row(server.name).getByRole(AriaRole.LINK, namedWithin("续费"))).hasCount(0);
        row(server.name).getByRole(AriaRole.LINK, namedWithin("去支付")).click();

        page.onceDialog(dialog -> dialog.accept());
        page.getByRole(AriaRole.BUTTON, named("作废订单")).click();
        assertThat(page.getByTestId("order-status")).hasText("已作废");
        assertThat(page.getByTestId("void-reason")).hasText("您手动作废了此订单");
        assertThat(page.getByRole(AriaRole.BUTTON, named("支付 " + yuan(price)))).hasCount(0);

        page.getByRole(AriaRole.LINK, named("续费管理")).click();
        assertThat(row(server.name)).containsText(dateTime(server.expiresAt));
        assertThat(row(server.name).getByRole(AriaRole.LINK, namedWithin("续费"))).isVisible();
        page.getByRole(AriaRole.LINK, named("概览")).click();
        assertThat(page.getByTestId("cash-balance")).hasText("¥50.00");
    }

    private Locator row(String name) {
        return page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions()
                .setHas(page.getByRole(AriaRole.CELL, named(name))));
    }
}
