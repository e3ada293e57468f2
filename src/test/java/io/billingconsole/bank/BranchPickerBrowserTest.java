package io.billingconsole.bank;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import io.billingconsole.support.BrowserTest;
import io.billingconsole.support.ConsoleBrowser;
import io.billingconsole.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.billingconsole.support.ConsoleBrowser.named;
import static io.billingconsole.support.ConsoleBrowser.screenshot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The branch picker on the lookup page, driven by keyboard as a user types: search as you type, pick
 * with the arrow keys and Enter, province, city and bank filled in; on a wide screen and a phone.
 */
@QuarkusTest
class BranchPickerBrowserTest extends BrowserTest {

    private static final String ICBC_XIHU = "中国工商银行杭州西湖支行";

    @Inject
    Fixtures fixtures;

    @Test
    void picksABranchWithTheKeyboardOnAWideScreen() {
        try (BrowserContext wide = newContext(1366, 800)) {
            Page page = wide.newPage();
            pickXihuWithTheKeyboard(page, "branch-picker-1366");
        }
    }

    @Test
    void picksABranchWithTheKeyboardOnAPhone() {
        try (BrowserContext phone = newContext(390, 844)) {
            Page page = phone.newPage();
            pickXihuWithTheKeyboard(page, "branch-picker-390");
            assertEquals(Boolean.TRUE, page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"),
                    "the page does not scroll sideways at 390 px");
        }
    }

    @Test
    void showsTheBankInEnglishAndSaysWhenNothingMatches() {
        try (BrowserContext phone = newContext(390, 844)) {
            Page page = phone.newPage();
            ConsoleBrowser.logIn(page, fixtures.customer("0"));
            phone.addCookies(List.of(new Cookie("lang", "en").setUrl(base.toString())));
            page.navigate("/banks/branches");
            assertThat(page.getByRole(AriaRole.HEADING, named("Bank branch lookup"))).isVisible();
            Locator search = page.getByRole(AriaRole.COMBOBOX, named("Bank branch"));
            search.pressSequentially("没有这种支行");
            assertThat(page.getByTestId("branchId-status")).containsText("No branch matches");
            assertThat(page.getByRole(AriaRole.OPTION)).hasCount(0);

            search.fill("");
            search.pressSequentially("Hangzhou ICBC Xihu");
            Locator first = page.getByRole(AriaRole.OPTION).first();
            assertThat(first).containsText(ICBC_XIHU);
            first.click();
            assertThat(page.getByLabel("Bank", new Page.GetByLabelOptions().setExact(true)))
                    .hasValue("Industrial and Commercial Bank of China");
            assertThat(page.getByLabel("Province")).hasValue("浙江");
            page.getByRole(AriaRole.BUTTON, named("Look up")).click();
            assertThat(page.getByTestId("chosen-bank")).hasText("Industrial and Commercial Bank of China");
            assertThat(page.getByLabel("Bank", new Page.GetByLabelOptions().setExact(true)))
                    .hasValue("Industrial and Commercial Bank of China");
            screenshot(page, "branch-picker-390-en");
        }
    }

    private void pickXihuWithTheKeyboard(Page page, String shot) {
        ConsoleBrowser.logIn(page, fixtures.customer("0"));
        page.navigate("/banks/branches");
        assertThat(page.getByRole(AriaRole.HEADING, named("开户支行查询"))).isVisible();

        Locator search = page.getByRole(AriaRole.COMBOBOX, named("开户支行"));
        search.click();
        search.pressSequentially("西湖", new Locator.PressSequentiallyOptions().setDelay(50));
        Locator listbox = page.getByRole(AriaRole.LISTBOX, named("匹配的支行"));
        assertThat(listbox).isVisible();
        Locator options = listbox.getByRole(AriaRole.OPTION);
        assertThat(options.first()).isVisible();
        List<String> texts = options.allTextContents();
        int icbc = -1;
        for (int i = 0; i < texts.size(); i++) {
            assertTrue(texts.get(i).contains("西湖"), texts.get(i));
            if (texts.get(i).startsWith(ICBC_XIHU)) {
                icbc = i;
            }
        }
        assertTrue(icbc >= 0, "the 工商 match is listed: " + texts);
        assertThat(page.getByTestId("branchId-status")).containsText("找到 " + texts.size() + " 个匹配的支行");

        for (int i = 0; i <= icbc; i++) {
            search.press("ArrowDown");
        }
        assertThat(options.nth(icbc)).hasAttribute("aria-selected", "true");
        assertThat(search).hasAttribute("aria-activedescendant", options.nth(icbc).getAttribute("id"));
        screenshot(page, shot + "-list");
        search.press("Enter");

        assertThat(listbox).isHidden();
        assertThat(search).hasValue(ICBC_XIHU);
        assertThat(page.getByLabel("开户省份")).hasValue("浙江");
        assertThat(page.getByLabel("开户城市")).hasValue("杭州");
        assertThat(page.getByLabel("开户银行")).hasValue("中国工商银行");
        assertThat(page.locator("input[type=hidden][name=branchId]")).hasValue(Pattern.compile("^\\d+$"));
        assertThat(page).hasURL(Pattern.compile("/banks/branches$"), new com.microsoft.playwright.assertions
                .PageAssertions.HasURLOptions().setTimeout(1000));

        // typing again forgets the pick until another one is made
        search.press("End");
        search.press("Backspace");
        assertThat(page.getByLabel("开户省份")).hasValue("");
        assertThat(page.locator("input[type=hidden][name=branchId]")).hasValue("");
        search.press("Escape");
        search.fill(ICBC_XIHU.substring(0, ICBC_XIHU.length() - 1));
        Locator again = listbox.getByRole(AriaRole.OPTION).first();
        assertThat(again).containsText(ICBC_XIHU);
        search.press("ArrowDown");
        search.press("Enter");
        assertThat(page.getByLabel("开户城市")).hasValue("杭州");

        page.getByRole(AriaRole.BUTTON, named("查询")).click();
        assertThat(page).hasURL(Pattern.compile("/banks/branches\\?.*branchId=\\d+"));
        assertThat(page.getByTestId("chosen-name")).hasText(ICBC_XIHU);
        assertThat(page.getByTestId("chosen-province")).hasText("浙江");
        assertThat(page.getByTestId("chosen-city")).hasText("杭州");
        assertThat(page.getByTestId("chosen-bank")).hasText("中国工商银行");
        assertThat(page.getByTestId("chosen-cnaps")).hasText(Pattern.compile("^\\d{12}$"));
        // the picker shows the chosen branch again
        assertThat(search).hasValue(ICBC_XIHU);
        assertThat(page.getByLabel("开户银行")).hasValue("中国工商银行");
        screenshot(page, shot);
    }
}
