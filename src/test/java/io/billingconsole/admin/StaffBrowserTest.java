package io.billingconsole.admin;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.billingconsole.account.AccountService;
import io.billingconsole.account.Role;
import io.billingconsole.account.StaffService;
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
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The staff accounts page and the own-password page in a browser, at 1366 px and at 390 px. */
@QuarkusTest
class StaffBrowserTest extends BrowserTest {

    @Inject
    Fixtures fixtures;

    @Inject
    AccountService accounts;

    @Inject
    StaffService staff;

    @Test
    void anOperatorCreatesAFinanceUserOnAWideAndANarrowScreen() {
        String operator = fixtures.staff(Role.OPERATOR);
        page.setViewportSize(1366, 900);
        logIn(operator, Fixtures.PASSWORD);
        page.getByRole(AriaRole.LINK, named("员工账号与操作日志")).click();
        assertThat(page.getByRole(AriaRole.HEADING, named("员工账号"))).isVisible();

        String name = "brw" + System.nanoTime() % 1_000_000_000L;
        page.getByLabel("用户名").fill(name);
        page.getByLabel("邮箱").fill(name + "@provider.example");
        page.getByLabel("角色").selectOption("FINANCE");
        page.getByLabel("初始密码（可选）").fill("browser-pass-1");
        page.getByRole(AriaRole.BUTTON, named("创建")).click();
        assertThat(page.getByText("员工账号已创建。")).isVisible();
        assertThat(page.locator("tr[data-user='" + name + "']")).containsText("财务");
        assertThat(page.locator("tr[data-audit='STAFF_CREATED']").first()).containsText(name);
        assertNoHorizontalScroll();
        screenshot(page, "staff-1366");

        page.setViewportSize(390, 844);
        page.reload();
        assertThat(page.getByRole(AriaRole.HEADING, named("员工账号"))).isVisible();
        assertNoHorizontalScroll();
        screenshot(page, "staff-390");

        // on a phone the header's links are behind the menu button
        page.getByRole(AriaRole.BUTTON, named("菜单")).click();
        page.getByRole(AriaRole.LINK, named("修改密码")).click();
        page.getByLabel("当前密码").fill(Fixtures.PASSWORD);
        page.getByLabel("新密码", new Page.GetByLabelOptions().setExact(true)).fill("operator-new-pass-1");
        page.getByLabel("再次输入新密码").fill("operator-new-pass-1");
        page.getByRole(AriaRole.BUTTON, named("保存新密码")).click();
        assertThat(page.locator("p.done")).containsText("密码已修改");
        assertNoHorizontalScroll();
        screenshot(page, "password-390");
    }

    @Test
    void theBackOfficeWarnsWhileADemoLoginKeepsItsPublishedPassword() {
        var demoFinance = accounts.createStaff("finance", "finance-pass-1", Role.FINANCE);
        try {
            String operator = fixtures.staff(Role.OPERATOR);
            logIn(operator, Fixtures.PASSWORD);
            assertThat(page.getByTestId("demo-warning")).containsText("finance");
            page.navigate("/admin/users");
            assertThat(page.getByTestId("demo-warning")).isVisible();
            screenshot(page, "staff-demo-warning");
        } finally {
            staff.resetPassword(demoFinance.id, "no-longer-published-1");
        }
        page.navigate("/admin");
        assertThat(page.getByTestId("demo-warning")).hasCount(0);
    }

    private void logIn(String username, String password) {
        page.navigate("/login");
        page.getByLabel(Pattern.compile("^(用户名|Username)$")).fill(username);
        page.getByLabel(Pattern.compile("^(密码|Password)$")).fill(password);
        page.getByRole(AriaRole.BUTTON, named("登录")).click();
        assertThat(page).hasURL(Pattern.compile("/admin$"));
    }

    private void assertNoHorizontalScroll() {
        Object fits = page.evaluate("document.documentElement.scrollWidth <= window.innerWidth");
        assertEquals(Boolean.TRUE, fits, "the page fits the window's width");
        assertTrue(page.locator("header.top").isVisible());
    }
}
