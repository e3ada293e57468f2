package io.billingconsole.withdrawal;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.billingconsole.account.Role;
import io.billingconsole.bank.BankAccountType;
import io.billingconsole.payout.PayoutJob;
import io.billingconsole.recharge.Recharge;
import io.billingconsole.support.BrowserTest;
import io.billingconsole.support.ConsoleBrowser;
import io.billingconsole.support.Fixtures;
import io.billingconsole.withdrawal.WithdrawalBooks.Holder;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.billingconsole.support.ConsoleBrowser.named;
import static io.billingconsole.support.ConsoleBrowser.screenshot;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The whole way of a withdrawal in real browsers: the customer asks for a designated-account
 * withdrawal with the SMS code and a proof (审批中), a finance user approves it in the back office
 * (待打款), the payout job pays it through the sandbox provider, and the customer's records show
 * 提现成功 — with the money gone from the balance exactly once.
 */
@QuarkusTest
class WithdrawalJourneyBrowserTest extends BrowserTest {

    @Inject
    WithdrawalBooks books;

    @Inject
    Fixtures fixtures;

    @Inject
    PayoutJob payouts;

    @Test
    void aCustomerWithdrawsFinanceApprovesThePayoutArrives() throws Exception {
        Holder h = books.holder();
        Recharge r = books.recharge(h, "800.00", "CCB", BankAccountType.PERSONAL);
        Path proof = Files.createTempFile("proof", ".png");
        Files.write(proof, WithdrawalApiTest.PNG);

        ConsoleBrowser.logIn(page, h.customer());
        page.navigate("/withdrawals/new/recharge/" + r.id);
        page.getByLabel("提现金额（元）").fill("250");
        page.locator("input[name=route][value=DESIGNATED]").check();
        page.getByLabel("提现原因").selectOption("COMPANY_DEREGISTERED");
        page.getByLabel("证明材料").setInputFiles(proof);
        page.locator("input[name=payeeType][value=ALIPAY]").check();
        page.getByLabel("收款账号").fill("pay-" + h.accountId() + "@example.com");
        page.getByLabel("收款人名称").fill(h.realName());
        page.getByRole(AriaRole.BUTTON, named("获取验证码")).click();
        assertThat(page.locator("[data-sms-status]")).containsText("验证码已发送至");
        page.getByLabel("短信验证码").fill(books.lastCode(h.phone()));
        page.getByRole(AriaRole.BUTTON, named("确认提现")).click();
        assertThat(page).hasURL(Pattern.compile("/withdrawals/\\d+\\?done=created$"));
        assertThat(page.getByTestId("withdrawal-status")).hasText("审批中");
        String detail = page.url().replaceAll("\\?.*$", "");
        long id = Long.parseLong(detail.replaceAll(".*/", ""));
        assertEquals("550.00", books.cash(h.accountId()).toPlainString(), "the amount leaves at confirmation");

        String finance = fixtures.staff(Role.FINANCE);
        try (BrowserContext office = newContext(1366, 900)) {
            Page f = office.newPage();
            f.navigate("/login");
            f.getByLabel(Pattern.compile("^(用户名|Username)$")).fill(finance);
            f.getByLabel(Pattern.compile("^(密码|Password)$")).fill(Fixtures.PASSWORD);
            f.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^(登录|Log in)$"))).click();
            f.getByRole(AriaRole.LINK, named("财务")).first().click();
            f.navigate("/finance/withdrawals/" + id);
            assertThat(f.getByTestId("withdrawal-status")).hasText("审批中");
            assertThat(f.locator("body")).containsText(proof.getFileName().toString());
            f.getByRole(AriaRole.BUTTON, named("审批通过")).click();
            assertThat(f.getByTestId("withdrawal-status")).hasText("业务执行成功，待打款");
            screenshot(f, "journey-finance-approved");
        }

        page.navigate(detail);
        assertThat(page.getByTestId("withdrawal-status")).hasText("业务执行成功，待打款");
        payouts.run();
        payouts.run();
        page.navigate("/withdrawals");
        assertThat(page.getByTestId("status-" + id)).containsText("提现成功");
        screenshot(page, "journey-customer-succeeded");
        assertEquals("550.00", books.cash(h.accountId()).toPlainString(), "paid once, nothing returned");
    }
}
