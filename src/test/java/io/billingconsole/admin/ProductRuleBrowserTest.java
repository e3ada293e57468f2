package io.billingconsole.admin;

import com.microsoft.playwright.options.AriaRole;
import io.billingconsole.account.Role;
import io.billingconsole.catalog.ProductCatalog;
import io.billingconsole.catalog.ProductRule;
import io.billingconsole.catalog.ProductRuleService;
import io.billingconsole.support.BrowserTest;
import io.billingconsole.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.billingconsole.support.ConsoleBrowser.named;
import static io.billingconsole.support.ConsoleBrowser.screenshot;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The product rule edit form in a browser, at 1366 px and at 390 px. */
@QuarkusTest
class ProductRuleBrowserTest extends BrowserTest {

    @Inject
    Fixtures fixtures;

    @Inject
    ProductCatalog catalog;

    @Inject
    ProductRuleService service;

    @Test
    void anOperatorEditsTheRdsRulesOnAWideAndANarrowScreen() {
        ProductRule rds = catalog.require("RDS");
        try {
            String operator = fixtures.staff(Role.OPERATOR);
            page.setViewportSize(1366, 900);
            page.navigate("/login");
            page.getByLabel(Pattern.compile("^(用户名|Username)$")).fill(operator);
            page.getByLabel(Pattern.compile("^(密码|Password)$")).fill(Fixtures.PASSWORD);
            page.getByRole(AriaRole.BUTTON, named("登录")).click();
            assertThat(page).hasURL(Pattern.compile("/admin$"));
            page.getByTestId("edit-rule-RDS").click();
            assertThat(page.locator("h1")).containsText("编辑 云数据库 RDS 的规则");
            fits();
            screenshot(page, "product-rule-1366");

            page.setViewportSize(390, 844);
            page.getByLabel("到期后可续费天数").fill("-1");
            page.getByRole(AriaRole.BUTTON, named("保存规则")).click();
            assertThat(page.getByTestId("rule-error")).containsText("renewWindowDays 须为 0 到 3650 之间的整数");
            fits();
            screenshot(page, "product-rule-390-refused");

            page.getByLabel("到期后可续费天数").fill("16");
            page.getByRole(AriaRole.BUTTON, named("保存规则")).click();
            assertThat(page.getByTestId("rule-saved")).containsText("已保存 云数据库 RDS 的规则");
            assertEquals(16, catalog.require("RDS").renewWindowDays);
        } finally {
            service.edit("RDS", new ProductRuleService.RuleEdit(rds.renewWindowDays, rds.afterWindow,
                    rds.autoRenewLeadDays, rds.autoRenewChangeMinDays, rds.autoRenewBlockedWithinDays,
                    rds.autoRenewForResellerAndApi, rds.allowedMonthList(), rds.perResourceDuration, rds.monthlyPrice,
                    rds.unsubscribable, rds.paygGraceDays, rds.paygOverdueReleaseDays, service.version()));
        }
        assertEquals(rds.renewWindowDays, catalog.require("RDS").renewWindowDays);
    }

    private void fits() {
        assertEquals(Boolean.TRUE, page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"),
                "the page fits the window's width");
    }
}
