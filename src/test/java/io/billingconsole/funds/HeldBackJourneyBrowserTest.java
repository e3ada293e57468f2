package io.billingconsole.funds;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import io.billingconsole.account.Role;
import io.billingconsole.billing.BillingBooks;
import io.billingconsole.invoice.InvoiceBooks;
import io.billingconsole.resource.CloudResource;
import io.billingconsole.support.Api;
import io.billingconsole.support.BrowserTest;
import io.billingconsole.support.ConsoleBrowser;
import io.billingconsole.support.Fixtures;
import io.billingconsole.support.Fixtures.Customer;
import io.billingconsole.support.LedgerInvariants;
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

/**
 * Issue 11's journey in a browser, one customer from start to end: pay the arrears from the
 * overview, apply for an invoice for a renewal, unsubscribe that invoiced resource (invoice debt),
 * clear the debt on 欠票处理 with the paid bill, and see the withdrawable amount rise on the funds page.
 */
@QuarkusTest
class HeldBackJourneyBrowserTest extends BrowserTest {

    @Inject
    Fixtures fixtures;

    @Inject
    FundsBooks funds;

    @Inject
    BillingBooks billing;

    @Inject
    InvoiceBooks invoices;

    @Inject
    LedgerInvariants invariants;

    @Test
    void arrearsPaidInvoiceDebtClearedByOffsetAndTheWithdrawableAmountRises() {
        // 2000 recharged; a 5-month ECS renewal (495.00) paid; last month's PAYG usage of 600.00 billed with
        // auto-repay off: cash 1505, arrears 600, reserve 100 → withdrawable 805
        Customer c = funds.customerWithRecharge("2000.00");
        CloudResource server = fixtures.resource(c, "ECS", 5);
        long order = ((Number) Api.as(c).body(Map.of("resourceIds", List.of(server.id), "months", 5))
                .post("/api/v1/renewals").then().statusCode(201).extract().path("id")).longValue();
        Api.as(c).post("/api/v1/orders/" + order + "/pay").then().statusCode(200);
        invoices.personalTitle(c);
        billing.autoRepay(c, false);
        CloudResource payg = fixtures.payg(c, "ECS");
        billing.lastMonthUsage(payg, "600.00");
        billing.closeMonth();
        String finance = fixtures.staff(Role.FINANCE);

        ConsoleBrowser.logIn(page, c);
        page.navigate("/funds");
        assertThat(page.getByTestId("withdrawable")).hasText("¥805.00");
        assertThat(page.getByTestId("arrears")).hasText("¥600.00");

        // 1. pay the arrears on the overview
        page.getByRole(AriaRole.NAVIGATION).getByRole(AriaRole.LINK, namedWithin("概览")).click();
        page.getByRole(AriaRole.BUTTON, named("还清欠费")).click();
        assertThat(page.getByTestId("arrears-outcome")).containsText("欠费已全部还清");
        assertThat(page.getByTestId("cash-balance")).hasText("¥905.00");

        // 2. apply for an invoice for the renewal order; finance issues it
        page.getByRole(AriaRole.NAVIGATION).getByRole(AriaRole.LINK, namedWithin("发票")).click();
        page.locator("input[name=item][value=O" + order + "]").check();
        page.getByTestId("apply-submit").click();
        assertThat(page.getByTestId("invoice-done")).hasText("已提交开票申请");
        String invoiceId = page.locator("tr[data-invoice]").first().getAttribute("data-invoice");
        Api.as(finance).post("/api/v1/admin/invoices/" + invoiceId + "/issue").then().statusCode(200);
        page.reload();
        assertThat(page.getByTestId("invoice-status-" + invoiceId)).containsText("已开具");

        // 3. unsubscribe the invoiced server: 495.00 back to cash, the invoiced 495.00 becomes invoice debt
        page.navigate("/renewals/" + server.id);
        page.getByRole(AriaRole.LINK, named("退订")).click();
        assertThat(page.getByTestId("refund-total")).containsText("¥495.00");
        page.getByRole(AriaRole.BUTTON, named("确认退订")).click();
        assertThat(page.getByTestId("end-done")).containsText("¥495.00");
        page.getByRole(AriaRole.NAVIGATION).getByRole(AriaRole.LINK, namedWithin("资金账户")).click();
        assertThat(page.getByTestId("invoice-debt")).hasText("¥495.00");
        assertThat(page.getByTestId("withdrawable")).hasText("¥805.00");
        screenshot(page, "held-back-invoice-debt");

        // 4. the funds page leads to 欠票处理, where the paid bill offsets the debt
        page.locator("tr[data-part=invoice_debt]").getByRole(AriaRole.LINK, namedWithin("欠票处理")).click();
        assertThat(page.getByTestId("debt-total")).containsText("¥495.00");
        Locator billItem = page.locator("input[name=item][value^=B]");
        assertThat(billItem).hasCount(1);
        billItem.check();
        page.getByTestId("offset-submit").click();
        assertThat(page.getByTestId("no-debt")).hasText("没有欠票");

        // 5. the withdrawable amount has risen by the cleared debt
        page.getByRole(AriaRole.NAVIGATION).getByRole(AriaRole.LINK, namedWithin("资金账户")).click();
        assertThat(page.getByTestId("invoice-debt")).hasText("¥0.00");
        assertThat(page.getByTestId("withdrawable")).hasText("¥1,300.00");
        assertThat(page).hasURL(Pattern.compile("/funds$"));
        screenshot(page, "held-back-cleared");
        assertEquals(List.of(), invariants.broken(c.accountId()));
    }
}
