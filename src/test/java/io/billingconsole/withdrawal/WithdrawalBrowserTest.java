package io.billingconsole.withdrawal;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import io.billingconsole.bank.BankAccountType;
import io.billingconsole.recharge.Recharge;
import io.billingconsole.support.BrowserTest;
import io.billingconsole.support.ConsoleBrowser;
import io.billingconsole.withdrawal.WithdrawalBooks.Holder;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.billingconsole.support.ConsoleBrowser.named;
import static io.billingconsole.support.ConsoleBrowser.screenshot;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Withdrawing in a real browser: by recharge order with the SMS code, to a designated bank card with a proof, and the layout. */
@QuarkusTest
class WithdrawalBrowserTest extends BrowserTest {

    @Inject
    WithdrawalBooks books;

    @Test
    void aRechargeOrderIsWithdrawnWithTheSmsCodeAndShowsInTheRecords() {
        Holder h = books.holder();
        Recharge r = books.recharge(h, "1000.00", "ICBC", BankAccountType.PERSONAL);
        ConsoleBrowser.logIn(page, h.customer());
        page.navigate("/withdrawals/new");
        assertThat(page.getByTestId("route-" + r.id)).containsText(r.routeUntil + " 前提现可原路退回至 中国工商银行");
        screenshot(page, "withdrawal-options");
        page.locator("tr[data-recharge='" + r.id + "']").getByRole(AriaRole.LINK).click();
        page.getByLabel("提现金额（元）").fill("120");
        page.getByRole(AriaRole.BUTTON, named("获取验证码")).click();
        assertThat(page.locator("[data-sms-status]")).containsText("验证码已发送至");
        assertThat(page.locator("[data-sms-send]")).isDisabled();
        page.getByLabel("短信验证码").fill(books.lastCode(h.phone()));
        screenshot(page, "withdrawal-form");
        page.getByRole(AriaRole.BUTTON, named("确认提现")).click();

        assertThat(page).hasURL(Pattern.compile("/withdrawals/\\d+\\?done=created$"));
        assertThat(page.getByTestId("withdrawal-status")).hasText("业务执行成功，待打款");
        assertThat(page.getByTestId("withdrawal-amount")).hasText("¥120.00");
        page.getByRole(AriaRole.LINK, named("提现记录")).click();
        assertThat(page.getByTestId("withdrawals")).containsText("¥120.00");
        assertThat(page.getByTestId("withdrawals")).containsText("业务执行成功，待打款");
        screenshot(page, "withdrawal-records");
    }

    @Test
    void aDesignatedBankCardIsFoundByBranchSearchAndTakesAProof() throws Exception {
        Holder h = books.holder();
        Recharge r = books.recharge(h, "500.00", "CCB", BankAccountType.PERSONAL);
        Path proof = Files.createTempFile("proof", ".png");
        Files.write(proof, WithdrawalApiTest.PNG);
        ConsoleBrowser.logIn(page, h.customer());
        page.navigate("/withdrawals/new/recharge/" + r.id);
        page.getByLabel("提现金额（元）").fill("200");
        page.locator("input[name=route][value=DESIGNATED]").check();
        page.getByLabel("提现原因").selectOption("ORIGINAL_ACCOUNT_CLOSED");
        page.getByLabel("证明材料").setInputFiles(proof);
        page.locator("input[name=payeeType][value=BANK_CARD]").check();
        page.getByLabel("收款账号").fill("6222021234567890");
        page.getByLabel("收款人名称").fill(h.realName());
        page.locator("[data-branch-query]").fill("工商银行 杭州");
        page.locator("[data-branch-matches] li").first().click();
        assertThat(page.locator("[data-branch-city]")).hasValue("杭州");
        page.getByRole(AriaRole.BUTTON, named("获取验证码")).click();
        assertThat(page.locator("[data-sms-status]")).containsText("验证码已发送至");
        page.getByLabel("短信验证码").fill(books.lastCode(h.phone()));
        screenshot(page, "withdrawal-designated-form");
        page.getByRole(AriaRole.BUTTON, named("确认提现")).click();

        assertThat(page).hasURL(Pattern.compile("/withdrawals/\\d+\\?done=created$"));
        assertThat(page.getByTestId("withdrawal-status")).hasText("审批中");
        assertThat(page.getByTestId("withdrawal-payee")).containsText("****7890");
        assertThat(page.getByTestId("withdrawal-payee")).containsText("杭州");
        assertThat(page.getByTestId("proofs")).containsText(proof.getFileName().toString());
        screenshot(page, "withdrawal-detail");
    }

    @Test
    void thePagesFitAPhoneAndALaptopInBothLanguages() {
        Holder h = books.holder();
        Recharge r = books.recharge(h, "300.00", "CMB", BankAccountType.PERSONAL);
        List<String> tooWide = new ArrayList<>();
        for (String lang : List.of("zh", "en")) {
            for (int width : List.of(390, 1366)) {
                try (BrowserContext context = newContext(width, 844)) {
                    context.addCookies(List.of(new Cookie("lang", lang).setUrl(base.toString())));
                    Page p = context.newPage();
                    ConsoleBrowser.logIn(p, h.customer());
                    for (String path : List.of("/withdrawals/new", "/withdrawals/new/recharge/" + r.id, "/withdrawals")) {
                        p.navigate(path);
                        if ("en".equals(lang) && path.equals("/withdrawals/new")) {
                            assertThat(p.getByTestId("route-" + r.id)).containsText("withdraw by " + r.routeUntil
                                    + " to get it back to China Merchants Bank");
                        }
                        screenshot(p, "withdrawal-" + width + "-" + lang + path.replace('/', '-'));
                        int documentWidth = ((Number) p.evaluate("document.documentElement.scrollWidth")).intValue();
                        int viewport = ((Number) p.evaluate("window.innerWidth")).intValue();
                        if (documentWidth > viewport) {
                            tooWide.add(path + " " + lang + " " + documentWidth + ">" + viewport);
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), tooWide);
    }
}
