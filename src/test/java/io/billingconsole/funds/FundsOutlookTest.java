package io.billingconsole.funds;

import io.billingconsole.autorenew.AutoRenewService;
import io.billingconsole.resource.CloudResource;
import io.billingconsole.shared.Money;
import io.billingconsole.support.ConsoleSession;
import io.billingconsole.support.Fixtures;
import io.billingconsole.support.Fixtures.Customer;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The funds page's next 30 days of auto-renewals, and the warning when a full withdrawal would leave one unpaid. */
@QuarkusTest
class FundsOutlookTest {

    @Inject
    Fixtures fixtures;

    @Inject
    FundsBooks books;

    @Inject
    FundsOutlook outlook;

    @Inject
    AutoRenewService autoRenew;

    @Test
    void aDueAutoRenewalIsListedAndAFullWithdrawalWouldLeaveItUnpaid() {
        Customer customer = books.customerWithRecharge("150.00");
        CloudResource due = fixtures.resource(customer, "ECS", "server-due-soon", 20);
        CloudResource later = fixtures.resource(customer, "ECS", "server-due-later", 60);
        autoRenew.set(customer.accountId(), due.id, 1);
        autoRenew.set(customer.accountId(), later.id, 1);

        FundsOutlook.Outlook found = outlook.outlook(customer.accountId());
        assertEquals(1, found.renewals().size(), "only the charge within 30 days: " + found.renewals());
        FundsOutlook.DueRenewal row = found.renewals().get(0);
        assertEquals(due.id, row.resourceId());
        assertEquals(Money.parse("99.00"), row.amount());
        assertFalse(row.paidAfterFullWithdrawal());
        assertEquals(Money.parse("51.00"), found.withdrawableAfter());
        assertEquals(Money.parse("51.00"), found.safeWithdrawal());
        assertTrue(found.withdrawalLeavesRenewalUnpaid());

        String page = ConsoleSession.loggedIn(customer.username(), customer.password()).get("/funds").then()
                .statusCode(200).extract().asString();
        assertTrue(page.contains("<tr data-resource=\"" + due.id + "\">"), page);
        assertTrue(page.contains("server-due-soon"), page);
        assertFalse(page.contains("server-due-later"), page);
        assertTrue(page.contains("全部扣款后剩余可提现金额：¥51.00"), page);
        assertTrue(page.contains("data-testid=\"outlook-warning\""), page);
        assertTrue(page.contains("建议最多提现 ¥51.00"), page);
    }

    @Test
    void enoughCreditKeepsTheRenewalsPaidAndNoWarningShows() {
        Customer customer = books.customerWithRecharge("150.00");
        fixtures.fund(customer, "500.00", "0");
        CloudResource due = fixtures.resource(customer, "ECS", 20);
        autoRenew.set(customer.accountId(), due.id, 2);

        FundsOutlook.Outlook found = outlook.outlook(customer.accountId());
        assertEquals(Money.parse("198.00"), found.dueTotal());
        assertTrue(found.renewals().get(0).paidAfterFullWithdrawal());
        assertFalse(found.withdrawalLeavesRenewalUnpaid());
        assertEquals(Money.ZERO, found.withdrawableAfter(), "the charges take more than the cash");
        String page = ConsoleSession.loggedIn(customer.username(), customer.password()).get("/funds").asString();
        assertFalse(page.contains("data-testid=\"outlook-warning\""), page);
    }

    @Test
    void withoutAutoRenewalsTheSectionSaysSo() {
        Customer customer = books.customerWithRecharge("10.00");
        fixtures.resource(customer, "ECS", 20);
        String page = ConsoleSession.loggedIn(customer.username(), customer.password()).get("/funds").asString();
        assertTrue(page.contains("未来 30 天内没有到期扣款的自动续费。"), page);
        assertFalse(page.contains("data-testid=\"reasons\""), "all the cash is withdrawable: " + page);
    }

    @Test
    void theWithdrawableAmountAfterChargesSpendsTransferredInFundsFirst() {
        BalanceParts parts = new BalanceParts(1, Money.parse("1500"), Money.parse("500"), Money.parse("100"),
                Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO);
        assertEquals(Money.parse("900"), parts.withdrawable());
        assertEquals(Money.parse("900"), FundsOutlook.withdrawableAfter(parts, Money.parse("300")));
        assertEquals(Money.parse("700"), FundsOutlook.withdrawableAfter(parts, Money.parse("700")));
        assertEquals(Money.ZERO, FundsOutlook.withdrawableAfter(parts, Money.parse("2000")));
    }
}
