package io.billingconsole.refund;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.billingconsole.resource.CloudResource;
import io.billingconsole.support.Api;
import io.billingconsole.support.BrowserTest;
import io.billingconsole.support.ConsoleBrowser;
import io.billingconsole.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.billingconsole.support.ConsoleBrowser.named;
import static io.billingconsole.support.ConsoleBrowser.namedWithin;
import static io.billingconsole.support.ConsoleBrowser.screenshot;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** 退订 from the resource detail: the refund shown before confirming, the resource released, the money back. */
@QuarkusTest
class UnsubscribeBrowserTest extends BrowserTest {

    @Inject
    Fixtures fixtures;

    @Test
    void unsubscribingShowsTheRefundAndPutsTheMoneyBack() {
        Fixtures.Customer customer = fixtures.customer("1000");
        CloudResource server = fixtures.resource(customer, "ECS", 5);
        CloudResource domain = fixtures.resource(customer, "DOMAIN", 60);
        long order = Api.as(customer).body(Map.of("resourceIds", new long[]{server.id}, "months", 1))
                .post("/api/v1/renewals").then().statusCode(201).extract().<Integer>path("id").longValue();
        Api.as(customer).post("/api/v1/orders/" + order + "/pay").then().statusCode(200);   // 99.00 from cash

        ConsoleBrowser.logIn(page, customer);
        page.getByRole(AriaRole.LINK, named("概览")).click();
        assertThat(page.getByTestId("cash-balance")).hasText("¥901.00");

        page.getByRole(AriaRole.LINK, named("续费管理")).click();
        page.getByRole(AriaRole.LINK, named(domain.name)).click();
        assertThat(page.getByTestId("unsubscribe-refusal")).containsText("不支持退订");
        assertThat(page.getByRole(AriaRole.LINK, named("退订"))).hasCount(0);

        page.getByRole(AriaRole.LINK, named("续费管理")).click();
        page.getByRole(AriaRole.LINK, named(server.name)).click();
        page.getByRole(AriaRole.LINK, named("退订")).click();

        assertThat(page).hasURL(Pattern.compile("/renewals/" + server.id + "/unsubscribe$"));
        Locator line = page.getByTestId("refund-lines").getByRole(AriaRole.ROW).filter(
                new Locator.FilterOptions().setHasText("#" + order));
        assertThat(line).containsText("¥99.00");
        assertThat(page.getByTestId("refund-total")).containsText("退款合计 ¥99.00：现金 ¥99.00");
        screenshot(page, "unsubscribe-confirm");
        page.getByRole(AriaRole.BUTTON, named("确认退订")).click();

        assertThat(page).hasURL(Pattern.compile("/renewals/" + server.id + "\\?done=unsubscribed$"));
        assertThat(page.getByTestId("end-done")).containsText("已退订，资源已释放。退款合计 ¥99.00");
        assertThat(page.getByTestId("released")).containsText("退订");
        assertThat(page.getByRole(AriaRole.LINK, named("退订"))).hasCount(0);

        page.getByRole(AriaRole.LINK, named("收支明细")).click();
        Locator refund = page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("退款"));
        assertThat(refund).containsText("¥99.00");
        assertThat(refund.getByRole(AriaRole.LINK, namedWithin("#" + order))).isVisible();
        page.getByRole(AriaRole.LINK, named("概览")).click();
        assertThat(page.getByTestId("cash-balance")).hasText("¥1,000.00");
    }

    @Test
    void theEndPagesFitAPhone() {
        Fixtures.Customer customer = fixtures.customer("1000");
        CloudResource server = fixtures.resource(customer, "ECS", 5);
        CloudResource payg = fixtures.payg(customer, "ECS");
        BrowserContext phone = newContext(390, 844);
        try {
            Page small = phone.newPage();
            ConsoleBrowser.logIn(small, customer);
            for (String path : List.of("/renewals/" + payg.id, "/renewals/" + payg.id + "/release",
                    "/renewals/" + server.id + "/unsubscribe")) {
                small.navigate(path);
                int width = ((Number) small.evaluate("document.documentElement.scrollWidth")).intValue();
                assertEquals(390, width, path + " scrolls sideways");
            }
            small.navigate("/renewals/" + payg.id);
            assertThat(small.getByTestId("release-state")).hasText("未设置定时释放");
            screenshot(small, "release-390");
        } finally {
            phone.close();
        }
    }
}
