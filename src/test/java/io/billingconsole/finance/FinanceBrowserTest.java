package io.billingconsole.finance;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import io.billingconsole.account.Role;
import io.billingconsole.support.Api;
import io.billingconsole.support.BrowserTest;
import io.billingconsole.support.Fixtures;
import io.billingconsole.withdrawal.Withdrawal;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.billingconsole.support.ConsoleBrowser.named;
import static io.billingconsole.support.ConsoleBrowser.screenshot;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The finance review in a browser, at 1366 px and 390 px, in Chinese and English: the queue with its
 * highlighted risk, a request's detail, approving it and recording a failed payout, and rejecting
 * another with a reason; then the audit log of those actions.
 */
@QuarkusTest
class FinanceBrowserTest extends BrowserTest {

    /** The texts the test looks for, per language. */
    private record Words(String queue, String underReview, String approve, String approved, String failed,
                         String result, String failureCode, String save, String recorded, String rejectReason,
                         String reject, String rejected, String risk, String auditTitle) {
    }

    private static final Map<String, Words> WORDS = Map.of(
            "zh", new Words("提现审核", "审批中", "审批通过", "已审批通过，等待打款。", "打款失败", "结果",
                    "失败原因（打款失败时必选）", "保存结果", "已记录打款结果。", "拒绝原因（必填，会告知客户）", "拒绝申请",
                    "已拒绝，金额已退回客户余额。", "同名账户欠费逾期", "财务操作日志"),
            "en", new Words("Withdrawal review", "Under review", "Approve", "Approved; waiting for the payout.",
                    "Payout failed", "Result", "Failure reason (required when failed)", "Save result",
                    "Payout result recorded.", "Reason for rejection (required; the customer sees it)", "Reject",
                    "Rejected; the amount is back in the customer's balance.", "An account with the same name is overdue",
                    "Finance audit log"));

    @Inject
    Fixtures fixtures;

    @Inject
    WithdrawalBooks books;

    @Test
    void reviewOnAWideScreenInChinese() {
        review(1366, "zh");
    }

    @Test
    void reviewOnAPhoneInEnglish() {
        review(390, "en");
    }

    @Test
    void reviewOnAPhoneInChinese() {
        review(390, "zh");
    }

    @Test
    void reviewOnAWideScreenInEnglish() {
        review(1366, "en");
    }

    private void review(int width, String lang) {
        Words words = WORDS.get(lang);
        WithdrawalBooks.Withdrawer risky = books.withdrawer("500", "6222000055551111");
        books.sameNameOverdue(risky);
        Withdrawal toApprove = books.designated(risky, "88.80", "alipay-browser-1111");
        WithdrawalBooks.Withdrawer plain = books.withdrawer("300", "6222000055552222");
        Withdrawal toReject = books.designated(plain, "66.60", "alipay-browser-2222");
        String finance = fixtures.staff(Role.FINANCE);
        String name = "finance-" + width + "-" + lang;

        BrowserContext screen = newContext(width, 900);
        try {
            Page p = screen.newPage();
            logIn(p, finance);
            screen.addCookies(List.of(new Cookie("lang", lang).setUrl(base.toString())));

            p.getByTestId("finance-link").click();
            p.getByRole(AriaRole.LINK, named(words.underReview())).click();
            assertThat(p.getByRole(AriaRole.HEADING, named(words.queue()))).isVisible();
            p.navigate("/finance/withdrawals?status=UNDER_REVIEW&page=" + lastQueuePage(finance));
            Locator row = p.locator("tr[data-withdrawal='" + toApprove.id + "']");
            assertThat(row).containsText("¥88.80");
            assertThat(row).containsText("****1111");
            assertThat(row.locator(".badge.risk")).hasText(words.risk());
            fits(p);
            screenshot(p, name + "-queue");

            row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("#" + toApprove.id)).click();
            assertThat(p.getByTestId("payee-account")).hasText("alipay-browser-1111");
            assertThat(p.getByTestId("risk")).hasText(words.risk());
            fits(p);
            assertEquals(Boolean.TRUE, p.evaluate("[...document.querySelectorAll('.card')].every(c => c.scrollWidth <= c.clientWidth)"),
                    "no card scrolls sideways");
            screenshot(p, name + "-detail");
            p.getByRole(AriaRole.BUTTON, named(words.approve())).click();
            assertThat(p.getByTestId("done")).hasText(words.approved());

            p.getByLabel(words.failed(), new Page.GetByLabelOptions().setExact(true)).check();
            p.getByLabel(words.failureCode()).selectOption("ACCOUNT_INFO_WRONG");
            p.getByRole(AriaRole.BUTTON, named(words.save())).click();
            assertThat(p.getByTestId("done")).hasText(words.recorded());
            assertThat(p.getByTestId("failure")).isVisible();
            fits(p);
            screenshot(p, name + "-payout-failed");

            p.navigate("/finance/withdrawals/" + toReject.id);
            p.getByLabel(words.rejectReason()).fill("Proof unreadable / 证明不清晰");
            p.onceDialog(dialog -> dialog.accept());
            p.getByRole(AriaRole.BUTTON, named(words.reject())).click();
            assertThat(p.getByTestId("done")).hasText(words.rejected());
            assertThat(p.getByTestId("reject-reason")).hasText("Proof unreadable / 证明不清晰");

            p.navigate("/finance/audit");
            assertThat(p.getByRole(AriaRole.HEADING, named(words.auditTitle()))).isVisible();
            assertThat(p.locator("tr[data-audit='WITHDRAWAL_REJECTED']").first())
                    .containsText("withdrawal " + toReject.id + " account " + plain.accountId());
            fits(p);
            screenshot(p, name + "-audit");
        } finally {
            screen.close();
        }
        assertEquals("300.00", books.cash(plain.accountId()).toPlainString());
        assertEquals("500.00", books.cash(risky.accountId()).toPlainString());
    }

    private static void logIn(Page p, String username) {
        p.navigate("/login");
        p.getByLabel(Pattern.compile("^(用户名|Username)$")).fill(username);
        p.getByLabel(Pattern.compile("^(密码|Password)$")).fill(Fixtures.PASSWORD);
        p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^(登录|Log in)$"))).click();
        assertThat(p).hasURL(Pattern.compile("/admin$"));
    }

    private static void fits(Page p) {
        Object fits = p.evaluate("document.documentElement.scrollWidth <= window.innerWidth");
        assertEquals(Boolean.TRUE, fits, "the page fits the window's width");
    }

    private static int lastQueuePage(String financeUser) {
        int total = Api.as(financeUser).queryParam("status", "UNDER_REVIEW").get("/api/v1/admin/withdrawals")
                .then().statusCode(200).extract().jsonPath().getInt("total");
        return Math.max(1, (total + 19) / 20);
    }
}
