package io.billingconsole.recharge;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.SelectOption;
import io.billingconsole.account.Role;
import io.billingconsole.clock.TestClock;
import io.billingconsole.support.BrowserTest;
import io.billingconsole.support.ConsoleBrowser;
import io.billingconsole.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.billingconsole.support.ConsoleBrowser.named;
import static io.billingconsole.support.ConsoleBrowser.screenshot;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A customer tops up through the sandbox gateway: pays and comes back to a paid recharge and a
 * larger cash balance; or the payment fails, or the payer abandons it, or the gateway's callback is
 * lost and the order expires. The pages fit a phone and a laptop in both languages.
 */
@QuarkusTest
class RechargeBrowserTest extends BrowserTest {

    private static final Pattern RECHARGE = Pattern.compile("/recharges/(\\d+)\\?from=gateway$");

    @Inject
    Fixtures fixtures;

    @Inject
    TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aCustomerTopsUpThroughOnlineBanking() {
        Fixtures.Customer customer = fixtures.customer("10");
        ConsoleBrowser.logIn(page, customer);
        startOnlineBanking("100.00");

        assertThat(page.getByRole(AriaRole.HEADING, named("沙箱支付网关"))).isVisible();
        assertThat(page.getByTestId("gateway-amount")).hasText("¥100.00");
        assertThat(page.getByText("中国工商银行 · 个人网银")).isVisible();
        screenshot(page, "recharge-sandbox-gateway");
        page.getByRole(AriaRole.BUTTON, named("确认支付")).click();

        assertThat(page).hasURL(RECHARGE);
        assertThat(page.getByTestId("recharge-status")).hasText("已支付");
        assertThat(page.getByTestId("withdrawable")).hasText("¥100.00");
        assertThat(page.getByTestId("payer-account")).hasText("****3445");
        screenshot(page, "recharge-paid");

        page.getByRole(AriaRole.LINK, named("概览")).click();
        assertThat(page.getByTestId("cash-balance")).hasText("¥110.00");
        page.navigate("/recharges");
        assertThat(page.getByRole(AriaRole.ROW).filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("¥100.00"))).containsText("已支付");
        screenshot(page, "recharge-records");
    }

    @Test
    void aFailedPaymentLeavesTheBalanceAlone() {
        Fixtures.Customer customer = fixtures.customer("10");
        ConsoleBrowser.logIn(page, customer);
        startOnlineBanking("20.00");
        page.getByRole(AriaRole.BUTTON, named("模拟支付失败")).click();

        assertThat(page).hasURL(RECHARGE);
        assertThat(page.getByTestId("recharge-status")).hasText("支付失败");
        assertThat(page.getByTestId("status-hint")).containsText("余额没有变化");
        screenshot(page, "recharge-failed");
        page.getByRole(AriaRole.LINK, named("概览")).click();
        assertThat(page.getByTestId("cash-balance")).hasText("¥10.00");
    }

    @Test
    void anAbandonedPaymentStaysPendingAndALostCallbackExpires() {
        Fixtures.Customer customer = fixtures.customer("10");
        ConsoleBrowser.logIn(page, customer);
        startOnlineBanking("30.00");
        page.getByRole(AriaRole.BUTTON, named("放弃支付")).click();
        assertThat(page).hasURL(RECHARGE);
        assertThat(page.getByTestId("recharge-status")).hasText("待支付");
        screenshot(page, "recharge-abandoned");

        // paid at the gateway, but its callback never arrives: the return page can only say "pending"
        startOnlineBanking("40.00");
        page.getByLabel(Pattern.compile("不通知商户")).check();
        page.getByRole(AriaRole.BUTTON, named("确认支付")).click();
        assertThat(page).hasURL(RECHARGE);
        assertThat(page.getByTestId("recharge-status")).hasText("待支付");
        String lost = page.url();

        clock.moveTo(clock.now().plus(Duration.ofMinutes(31)));
        page.navigate(lost);
        assertThat(page.getByTestId("recharge-status")).hasText("已过期");
        screenshot(page, "recharge-expired");
        page.getByRole(AriaRole.LINK, named("概览")).click();
        assertThat(page.getByTestId("cash-balance")).hasText("¥10.00");
    }

    @Test
    void thePagesFitAPhoneAndALaptopInBothLanguages() {
        Fixtures.Customer customer = fixtures.customer("10");
        String finance = fixtures.staff(Role.FINANCE);
        List<String> tooWide = new ArrayList<>();
        for (String lang : List.of("zh", "en")) {
            for (int width : List.of(390, 1366)) {
                try (BrowserContext sized = newContext(width, width < 1366 ? 844 : 900)) {
                    sized.addCookies(List.of(new Cookie("lang", lang).setUrl(base.toString())));
                    Page phone = sized.newPage();
                    ConsoleBrowser.logIn(phone, customer);
                    Map<String, Runnable> pages = new LinkedHashMap<>();
                    pages.put("form", () -> phone.navigate("/recharges/new"));
                    pages.put("offline", () -> phone.navigate("/recharges/new?channel=BANK_TRANSFER#offline"));
                    pages.put("gateway", () -> {
                        phone.navigate("/recharges/new");
                        phone.locator("input[name=amount]").fill("12.34");
                        phone.locator("input[name=channel][value=ONLINE_BANKING]").check();
                        phone.locator("select[name=bank]").selectOption("CMB");
                        phone.locator("input[name=accountType][value=ENTERPRISE]").check();
                        phone.locator("form.recharge-form button[type=submit]").click();
                        phone.waitForURL(Pattern.compile(".*/sandbox-gateway/pay\\?.*"));
                    });
                    pages.put("detail", () -> {
                        phone.locator("button[value=abandon]").click();
                        phone.waitForURL(RECHARGE);
                    });
                    pages.put("records", () -> phone.navigate("/recharges"));
                    for (Map.Entry<String, Runnable> entry : pages.entrySet()) {
                        entry.getValue().run();
                        check(phone, "recharge-" + width + "-" + lang + "-" + entry.getKey(), tooWide);
                    }
                }
                try (BrowserContext sized = newContext(width, width < 1366 ? 844 : 900)) {
                    sized.addCookies(List.of(new Cookie("lang", lang).setUrl(base.toString())));
                    Page office = sized.newPage();
                    office.navigate("/login");
                    office.getByLabel(Pattern.compile("^(用户名|Username)$")).fill(finance);
                    office.getByLabel(Pattern.compile("^(密码|Password)$")).fill(Fixtures.PASSWORD);
                    office.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                            .setName(Pattern.compile("^(登录|Log in)$"))).click();
                    office.waitForLoadState();
                    office.navigate("/finance/remittances");
                    check(office, "recharge-" + width + "-" + lang + "-remittances", tooWide);
                }
            }
        }
        assertEquals(List.of(), tooWide);
    }

    @Test
    void financeRecordsARemittanceInTheBackOffice() {
        Fixtures.Customer customer = fixtures.customer("0");
        String finance = fixtures.staff(Role.FINANCE);
        page.navigate("/login");
        page.getByLabel(Pattern.compile("^(用户名|Username)$")).fill(finance);
        page.getByLabel(Pattern.compile("^(密码|Password)$")).fill(Fixtures.PASSWORD);
        page.getByRole(AriaRole.BUTTON, named("登录")).click();
        page.navigate("/admin");
        page.getByTestId("remittances-link").click();

        page.getByLabel("客户账号 ID").fill(String.valueOf(customer.accountId()));
        page.getByLabel("金额（元）").fill("500");
        page.getByLabel("汇款银行").selectOption(new SelectOption().setLabel("招商银行"));
        page.getByLabel("汇款账号").fill("6225880012345678");
        page.getByLabel("汇款人户名").fill("王五");
        page.getByLabel("汇款日期").fill("2026-11-27");
        String note = "对公转账 " + System.nanoTime();
        page.getByLabel("备注").fill(note);
        page.getByRole(AriaRole.BUTTON, named("入账")).click();

        assertThat(page.getByTestId("remit-done")).containsText("已入账");
        // the list is everyone's, newest first: other tests may have booked at a later (test-clock) time
        Locator booked = page.locator("tbody tr").filter(new Locator.FilterOptions().setHasText(note));
        assertThat(booked).hasCount(1);
        assertThat(booked).containsText("¥500.00");
        assertThat(booked).containsText("王五");
        assertThat(booked).containsText("****5678");
        screenshot(page, "recharge-remittances");
    }

    /** Opens the recharge form and starts 网银 + 工商银行 + 个人网银 for the amount. */
    private void startOnlineBanking(String amount) {
        page.navigate("/recharges/new");
        page.getByLabel("充值金额（元）").fill(amount);
        page.getByLabel("网银", new Page.GetByLabelOptions().setExact(true)).check();
        page.locator("select[name=bank]").selectOption(new SelectOption().setLabel("中国工商银行"));
        page.getByLabel("个人网银", new Page.GetByLabelOptions().setExact(true)).check();
        screenshot(page, "recharge-form");
        page.getByRole(AriaRole.BUTTON, named("去支付")).click();
        assertThat(page).hasURL(Pattern.compile("/sandbox-gateway/pay\\?"));
    }

    private static void check(Page page, String name, List<String> tooWide) {
        screenshot(page, name);
        int documentWidth = ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue();
        int viewport = ((Number) page.evaluate("window.innerWidth")).intValue();
        if (documentWidth > viewport) {
            tooWide.add(name + " " + documentWidth + ">" + viewport);
        }
    }
}
