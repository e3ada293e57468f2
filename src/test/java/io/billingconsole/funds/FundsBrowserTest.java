package io.billingconsole.funds;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import io.billingconsole.account.Role;
import io.billingconsole.autorenew.AutoRenewService;
import io.billingconsole.resource.CloudResource;
import io.billingconsole.support.BrowserTest;
import io.billingconsole.support.ConsoleBrowser;
import io.billingconsole.support.Fixtures;
import io.billingconsole.support.Fixtures.Customer;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.billingconsole.support.ConsoleBrowser.named;
import static io.billingconsole.support.ConsoleBrowser.namedWithin;
import static io.billingconsole.support.ConsoleBrowser.screenshot;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The funds, transfer and account pages in a real browser: reached from the overview, a transfer made
 * through the form, and every page at 390 px and 1366 px in Chinese and English without sideways scrolling.
 */
@QuarkusTest
class FundsBrowserTest extends BrowserTest {

    private static final int PHONE = 390;
    private static final int LAPTOP = 1366;

    @Inject
    Fixtures fixtures;

    @Inject
    FundsBooks books;

    @Inject
    AutoRenewService autoRenew;

    @Test
    void aMasterTransfersThroughTheFormAndTheMemberSeesWhyItIsNotWithdrawable() {
        Customer master = books.customerWithRecharge("1000.00");
        Customer member = books.customerWithRecharge("200.00");
        books.link(member, master);

        ConsoleBrowser.logIn(page, master);
        page.getByRole(AriaRole.MAIN).getByRole(AriaRole.LINK, namedWithin("资金账户")).click();
        assertThat(page).hasURL(Pattern.compile("/funds$"));
        assertThat(page.getByTestId("withdrawable")).hasText("¥1,000.00");
        assertThat(page.getByRole(AriaRole.LINK, named("提现")).first()).hasAttribute("href", "/withdrawals/new");
        page.navigate("/transfers");
        page.getByLabel("转入账号").selectOption(String.valueOf(member.accountId()));
        page.getByLabel("划拨金额（元）").fill("300");
        page.getByLabel("备注").fill("budget");
        page.getByRole(AriaRole.BUTTON, named("确认划拨")).click();
        assertThat(page.locator("p.done")).hasText("划拨成功。");
        assertThat(page.getByTestId("transferable")).hasText("¥700.00");
        screenshot(page, "transfers-master");

        try (BrowserContext other = newContext()) {
            Page memberPage = other.newPage();
            ConsoleBrowser.logIn(memberPage, member);
            memberPage.navigate("/funds");
            assertThat(memberPage.getByTestId("withdrawable")).hasText("¥200.00");
            assertThat(memberPage.locator("tr[data-part=transferred_in]")).containsText("¥300.00");
            screenshot(memberPage, "funds-member");
        }
    }

    @Test
    void thePagesFitThePhoneAndTheLaptopInBothLanguages() {
        Customer master = books.customerWithRecharge("1000.00");
        Customer member = books.customerWithRecharge("200.00");
        books.link(member, master);
        fixtures.payg(member, "ECS");
        CloudResource server = fixtures.resource(member, "ECS", "a-rather-long-cloud-server-name-for-the-phone", 20);
        autoRenew.set(member.accountId(), server.id, 1);
        String operator = fixtures.staff(Role.OPERATOR);

        List<String> tooWide = new ArrayList<>();
        for (String lang : List.of("zh", "en")) {
            for (int width : List.of(PHONE, LAPTOP)) {
                try (BrowserContext sized = sized(width, lang)) {
                    Page p = sized.newPage();
                    ConsoleBrowser.logIn(p, master);
                    p.navigate("/transfers");
                    p.getByRole(AriaRole.BUTTON, named("zh".equals(lang) ? "确认划拨" : "Transfer")).click();
                    check(p, width, lang, "transfers-master-error", tooWide);
                    p.navigate("/funds");
                    check(p, width, lang, "funds-master", tooWide);
                }
                try (BrowserContext sized = sized(width, lang)) {
                    Page p = sized.newPage();
                    ConsoleBrowser.logIn(p, member);
                    p.navigate("/funds");
                    assertThat(p.getByTestId("outlook")).containsText("a-rather-long-cloud-server-name-for-the-phone");
                    assertThat(p.locator("tr[data-part=payg_reserve]")).isVisible();
                    check(p, width, lang, "funds-member", tooWide);
                    p.navigate("/transfers");
                    check(p, width, lang, "transfers-member", tooWide);
                    p.navigate("/");
                    assertThat(p.getByTestId("overview-withdraw")).isVisible();
                    check(p, width, lang, "overview-links", tooWide);
                }
                try (BrowserContext sized = sized(width, lang)) {
                    Page p = sized.newPage();
                    p.navigate("/login");
                    p.locator("input[name=username]").fill(operator);
                    p.locator("input[name=password]").fill(Fixtures.PASSWORD);
                    p.locator("form[action=\"/login\"] button[type=submit]").click();
                    p.navigate("/admin/accounts/" + master.accountId());
                    check(p, width, lang, "admin-account", tooWide);
                }
            }
        }
        assertEquals(List.of(), tooWide, "pages wider than the screen (page, document width, viewport)");
    }

    private void check(Page p, int width, String lang, String name, List<String> tooWide) {
        screenshot(p, "funds-" + width + "-" + lang + "-" + name);
        int documentWidth = ((Number) p.evaluate("document.documentElement.scrollWidth")).intValue();
        int viewport = ((Number) p.evaluate("window.innerWidth")).intValue();
        if (documentWidth > viewport) {
            tooWide.add(name + " " + lang + " " + width + ": " + documentWidth + ">" + viewport);
        }
    }

    private BrowserContext sized(int width, String lang) {
        BrowserContext sized = newContext(width, width < LAPTOP ? 844 : 900);
        sized.addCookies(List.of(new Cookie("lang", lang).setUrl(base.toString())));
        return sized;
    }
}
