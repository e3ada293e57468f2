package io.billingconsole.invoice;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.billingconsole.account.Role;
import io.billingconsole.support.BrowserTest;
import io.billingconsole.support.ConsoleBrowser;
import io.billingconsole.support.Fixtures;
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
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The invoice journey in a browser: the customer applies on 发票 (from the header), finance issues on
 * 发票审核, the customer sees 已开具 and downloads the PDF; the debt page has no dead end.
 */
@QuarkusTest
class InvoiceBrowserTest extends BrowserTest {

    @Inject
    Fixtures fixtures;

    @Inject
    InvoiceBooks books;

    @Test
    void applyIssueAndDownload() throws Exception {
        Fixtures.Customer c = fixtures.customer("0");
        books.personalTitle(c);
        long order = books.paidOrder(c, "66.60", "0", "0", 10);
        String finance = fixtures.staff(Role.FINANCE);

        ConsoleBrowser.logIn(page, c);
        page.getByRole(AriaRole.NAVIGATION).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("发票"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, named("发票")).first()).isVisible();
        page.locator("input[name=item][value=O" + order + "]").check();
        page.getByTestId("apply-submit").click();
        assertThat(page.getByTestId("invoice-done")).hasText("已提交开票申请");
        Locator row = page.locator("tr[data-invoice]").first();
        String invoiceId = row.getAttribute("data-invoice");
        assertThat(page.getByTestId("invoice-status-" + invoiceId)).containsText("待审核");
        assertThat(row).containsText("¥66.60");
        screenshot(page, "invoice-applied");

        BrowserContext back = newContext(390, 900);
        try {
            Page f = back.newPage();
            f.navigate("/login");
            f.getByLabel(Pattern.compile("^(用户名|Username)$")).fill(finance);
            f.getByLabel(Pattern.compile("^(密码|Password)$")).fill(Fixtures.PASSWORD);
            f.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^(登录|Log in)$"))).click();
            f.navigate("/finance");
            f.getByRole(AriaRole.LINK, named("发票审核")).click();
            assertThat(f.getByRole(AriaRole.HEADING, named("发票审核"))).isVisible();
            Locator mine = f.locator("tr[data-invoice='" + invoiceId + "']");
            assertThat(mine).containsText("¥66.60");
            screenshot(f, "invoice-finance-390");
            f.getByTestId("issue-" + invoiceId).click();
            assertThat(f.getByTestId("finance-invoice-done")).hasText("已开具");
            assertEquals(0, f.locator("tr[data-invoice='" + invoiceId + "']").count());
        } finally {
            back.close();
        }

        page.reload();
        assertThat(page.getByTestId("invoice-status-" + invoiceId)).containsText("已开具");
        Download download = page.waitForDownload(() -> page.getByTestId("download-" + invoiceId).click());
        Path file = download.path();
        byte[] pdf = Files.readAllBytes(file);
        assertTrue(new String(pdf, 0, 4, java.nio.charset.StandardCharsets.ISO_8859_1).equals("%PDF"));
        assertTrue(download.suggestedFilename().startsWith("invoice-"), download.suggestedFilename());
        screenshot(page, "invoice-issued");

        page.getByRole(AriaRole.LINK, named("欠票处理")).first().click();
        assertThat(page.getByTestId("no-debt")).hasText("没有欠票");
        page.getByRole(AriaRole.LINK, named("发票")).last().click();
        assertThat(page).hasURL(Pattern.compile("/invoices$"));
    }

    @Test
    void addATitleThenClearADebtByOffsetOnTheDebtPageInEnglishOnAPhone() {
        Fixtures.Customer c = fixtures.customer("0");
        String finance = fixtures.staff(Role.FINANCE);
        long title = books.personalTitle(c);
        long order = books.paidOrder(c, "300", "0", "0", 60);
        long invoiceId = io.billingconsole.support.Api.as(c)
                .body(InvoiceApiTest.apply(title, "GENERAL_E", order, false, "browser-debt")).post("/api/v1/invoices")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        io.billingconsole.support.Api.as(finance).post("/api/v1/admin/invoices/" + invoiceId + "/issue").then()
                .statusCode(200);
        books.refund(c, order, "200", "0");
        long fresh = books.paidOrder(c, "250", "0", "0", 5);

        BrowserContext phone = newContext(390, 844);
        try {
            phone.addCookies(java.util.List.of(new com.microsoft.playwright.options.Cookie("lang", "en")
                    .setUrl(base.toString())));
            Page p = phone.newPage();
            ConsoleBrowser.logIn(p, c);
            p.navigate("/invoices/titles");
            p.getByLabel("Name").fill("Acme Hangzhou Ltd");
            p.getByLabel("Tax id (unified social credit code)").fill("91110108551385082A");
            p.getByRole(AriaRole.BUTTON, named("Add title")).click();
            assertThat(p.getByTestId("title-error")).containsText("not a valid 18-character unified social credit code");
            p.getByLabel("Tax id (unified social credit code)").fill("91110108551385082Q");
            p.getByRole(AriaRole.BUTTON, named("Add title")).click();
            assertThat(p.locator("[data-testid=titles]")).containsText("91110108551385082Q");

            p.navigate("/funds");
            assertThat(p.getByTestId("invoice-debt")).hasText("¥200.00");
            p.getByTestId("invoice-debt-link").click();
            assertThat(p.getByTestId("debt-total")).containsText("¥200.00");
            p.navigate("/invoices");
            assertThat(p.getByTestId("debt-banner")).containsText("¥200.00");
            p.getByTestId("debt-banner").getByRole(AriaRole.LINK).click();
            assertThat(p.getByTestId("debt-total")).containsText("¥200.00");
            Locator debtRow = p.locator("tr[data-debt]").first();
            assertThat(debtRow).containsText("#" + order);
            assertThat(debtRow).containsText("Issued");
            screenshot(p, "invoice-debt-390-en");
            p.locator("input[name=item][value=O" + fresh + "]").check();
            p.getByTestId("offset-submit").click();
            assertThat(p.getByTestId("no-debt")).hasText("No invoice debt");
        } finally {
            phone.close();
        }
        io.billingconsole.support.Api.as(c).get("/api/v1/invoices/invoiceable").then()
                .body("total", org.hamcrest.Matchers.equalTo("50.00"));
    }
}
