package io.billingconsole.renewal;

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

import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.billingconsole.support.ConsoleBrowser.dateTime;
import static io.billingconsole.support.ConsoleBrowser.named;
import static io.billingconsole.support.ConsoleBrowser.namedWithin;
import static io.billingconsole.support.ConsoleBrowser.screenshot;
import static io.billingconsole.support.ConsoleBrowser.yuan;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 续费管理 in a real browser: find what expires, renew one resource or several, pay, see the new expiry. */
@QuarkusTest
class RenewalBrowserTest extends BrowserTest {

    private static final Pattern ORDER_URL = Pattern.compile("/orders/(\\d+)\\?done=created$");

    @Inject
    Fixtures fixtures;

    @Test
    void renewAnExpiringServerForThreeMonthsAndPayFromCash() {
        Fixtures.Customer customer = fixtures.customer("1000");
        CloudResource expiring = fixtures.resource(customer, "ECS", 5);
        CloudResource later = fixtures.resource(customer, "ECS", 20);
        Money price = expiring.monthlyPrice.times(3);
        String oldExpiry = dateTime(expiring.expiresAt);
        String newExpiry = dateTime(plusMonths(expiring.expiresAt, 3));

        page.navigate("/login");
        screenshot(page, "login");
        ConsoleBrowser.submitLogin(page, customer);
        assertThat(page.getByTestId("cash-balance")).hasText("¥1,000.00");
        assertThat(page.getByRole(AriaRole.CELL, named(expiring.name))).isVisible();
        screenshot(page, "overview");

        page.getByRole(AriaRole.LINK, named("续费管理")).click();
        page.getByLabel("到期时间").selectOption("7");
        page.getByRole(AriaRole.BUTTON, named("搜索")).click();
        assertThat(page).hasURL(Pattern.compile("expiring=7"));
        assertThat(row(later.name)).hasCount(0);
        assertThat(row(expiring.name)).containsText(oldExpiry);
        screenshot(page, "renewal-list");

        row(expiring.name).getByRole(AriaRole.LINK, namedWithin("续费")).click();
        assertThat(page.getByTestId("current-expiry")).hasText(oldExpiry);
        Locator threeMonths = page.getByLabel("3 个月", new Page.GetByLabelOptions().setExact(true));
        threeMonths.check();
        Locator option = page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHas(threeMonths));
        assertThat(option.getByRole(AriaRole.CELL).nth(1)).hasText(yuan(price));
        assertThat(option.getByRole(AriaRole.CELL).nth(2)).hasText(newExpiry);
        screenshot(page, "renew-form");

        page.getByRole(AriaRole.BUTTON, named("提交订单")).click();
        long orderId = orderIdFromUrl();
        assertThat(page.getByTestId("order-status")).hasText("待支付");
        assertThat(page.getByTestId("order-amount")).hasText(yuan(price));
        assertThat(page.getByText("订单已创建，请支付。")).isVisible();
        assertThat(page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(expiring.name)))
                .containsText("3 个月");
        screenshot(page, "order-unpaid");

        page.getByRole(AriaRole.BUTTON, named("支付 " + yuan(price))).click();
        assertThat(page.getByTestId("order-status")).hasText("已支付");
        assertThat(page.getByText("支付成功，资源已续费。")).isVisible();
        assertThat(page.getByTestId("expiry-change-" + expiring.id)).hasText(oldExpiry + " → " + newExpiry);
        assertThat(page.getByRole(AriaRole.BUTTON, named("支付 " + yuan(price)))).hasCount(0);
        screenshot(page, "order-paid");

        page.getByRole(AriaRole.LINK, named("续费管理")).click();
        assertThat(row(expiring.name)).containsText(newExpiry);
        assertThat(row(later.name)).containsText(dateTime(later.expiresAt));

        page.getByRole(AriaRole.LINK, named("概览")).click();
        assertThat(page.getByTestId("cash-balance")).hasText(yuan(Money.parse("1000").minus(price)));
        assertThat(page.getByRole(AriaRole.CELL, named(expiring.name))).hasCount(0);

        page.getByRole(AriaRole.LINK, named("订单管理")).click();
        Locator order = orderRow(orderId);
        assertThat(order).containsText("已支付");
        assertThat(order).containsText(yuan(price));
        screenshot(page, "order-list");

        page.getByRole(AriaRole.LINK, named("收支明细")).click();
        Locator payment = orderRow(orderId);
        assertThat(payment).containsText("消费");
        assertThat(payment.getByRole(AriaRole.CELL).nth(3)).hasText(yuan(price.negate()));
        assertThat(payment.getByRole(AriaRole.CELL).nth(4)).hasText(yuan(Money.parse("1000").minus(price)));
        screenshot(page, "transactions");
    }

    @Test
    void batchRenewTwoServersForOneDuration() {
        Fixtures.Customer customer = fixtures.customer("2000");
        CloudResource first = fixtures.resource(customer, "ECS", 10);
        CloudResource second = fixtures.resource(customer, "ECS", 12);
        Money total = first.monthlyPrice.times(6).plus(second.monthlyPrice.times(6));

        ConsoleBrowser.logIn(page, customer);
        page.getByRole(AriaRole.LINK, named("续费管理")).click();
        page.getByRole(AriaRole.CHECKBOX, named(first.name)).check();
        page.getByRole(AriaRole.CHECKBOX, named(second.name)).check();
        page.getByRole(AriaRole.BUTTON, named("批量续费")).click();

        assertThat(page.getByText("已选择 2 个资源")).isVisible();
        assertThat(page.getByLabel("统一续费时长")).isChecked();
        Locator duration = page.getByLabel("续费时长", new Page.GetByLabelOptions().setExact(true));
        duration.selectOption("6");
        assertThat(duration.getByRole(AriaRole.OPTION, namedWithin("6 个月 · 合计 " + yuan(total)))).hasCount(1);
        screenshot(page, "batch-form");

        page.getByRole(AriaRole.BUTTON, named("提交订单")).click();
        orderIdFromUrl();
        assertThat(page.getByTestId("order-amount")).hasText(yuan(total));
        page.getByRole(AriaRole.BUTTON, named("支付 " + yuan(total))).click();

        assertThat(page.getByTestId("order-status")).hasText("已支付");
        for (CloudResource renewed : new CloudResource[] {first, second}) {
            assertThat(page.getByTestId("expiry-change-" + renewed.id))
                    .hasText(dateTime(renewed.expiresAt) + " → " + dateTime(plusMonths(renewed.expiresAt, 6)));
        }
        page.getByRole(AriaRole.LINK, named("续费管理")).click();
        assertThat(row(first.name)).containsText(dateTime(plusMonths(first.expiresAt, 6)));
        assertThat(row(second.name)).containsText(dateTime(plusMonths(second.expiresAt, 6)));
    }

    @Test
    void batchRenewTwoServersWithADurationEach() {
        Fixtures.Customer customer = fixtures.customer("2000");
        CloudResource first = fixtures.resource(customer, "ECS", 3);
        CloudResource second = fixtures.resource(customer, "ECS", 25);
        Money firstPrice = first.monthlyPrice.times(1);
        Money secondPrice = second.monthlyPrice.times(6);
        Money total = firstPrice.plus(secondPrice);

        ConsoleBrowser.logIn(page, customer);
        page.getByRole(AriaRole.LINK, named("续费管理")).click();
        page.getByRole(AriaRole.CHECKBOX, named(first.name)).check();
        page.getByRole(AriaRole.CHECKBOX, named(second.name)).check();
        page.getByRole(AriaRole.BUTTON, named("批量续费")).click();

        page.getByLabel("为每个资源单独设置时长").check();
        page.getByLabel("续费时长 " + first.name, new Page.GetByLabelOptions().setExact(true)).selectOption("1");
        page.getByLabel("续费时长 " + second.name, new Page.GetByLabelOptions().setExact(true)).selectOption("6");
        page.getByRole(AriaRole.BUTTON, named("提交订单")).click();

        orderIdFromUrl();
        assertThat(page.getByTestId("order-amount")).hasText(yuan(total));
        Locator firstLine = row(first.name);
        assertThat(firstLine).containsText("1 个月");
        assertThat(firstLine).containsText(yuan(firstPrice));
        Locator secondLine = row(second.name);
        assertThat(secondLine).containsText("6 个月");
        assertThat(secondLine).containsText(yuan(secondPrice));

        page.getByRole(AriaRole.BUTTON, named("支付 " + yuan(total))).click();
        assertThat(page.getByTestId("order-status")).hasText("已支付");
        assertThat(page.getByTestId("expiry-change-" + first.id))
                .hasText(dateTime(first.expiresAt) + " → " + dateTime(plusMonths(first.expiresAt, 1)));
        assertThat(page.getByTestId("expiry-change-" + second.id))
                .hasText(dateTime(second.expiresAt) + " → " + dateTime(plusMonths(second.expiresAt, 6)));
    }

    /** The row of a resource (renewal list, order lines), found by the cell holding exactly its name. */
    private Locator row(String name) {
        return page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions()
                .setHas(page.getByRole(AriaRole.CELL, named(name))));
    }

    /** A row of the order list or the transactions that links to the order. */
    private Locator orderRow(long orderId) {
        return page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions()
                .setHas(page.getByRole(AriaRole.LINK, named("#" + orderId))));
    }

    private long orderIdFromUrl() {
        assertThat(page).hasURL(ORDER_URL);
        Matcher matcher = ORDER_URL.matcher(page.url());
        assertTrue(matcher.find(), page.url());
        return Long.parseLong(matcher.group(1));
    }

    /** The expected new expiry: calendar months added in the business zone, independent of the code under test. */
    private static Instant plusMonths(Instant expiry, int months) {
        return expiry.atZone(ConsoleBrowser.ZONE).plusMonths(months).toInstant();
    }
}
