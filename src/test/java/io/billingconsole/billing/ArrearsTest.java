package io.billingconsole.billing;

import io.billingconsole.funds.FundsBooks;
import io.billingconsole.recharge.RechargeChannel;
import io.billingconsole.recharge.RechargeService;
import io.billingconsole.resource.CloudResource;
import io.billingconsole.shared.Money;
import io.billingconsole.support.Api;
import io.billingconsole.support.ConsoleSession;
import io.billingconsole.support.Fixtures;
import io.billingconsole.support.Fixtures.Customer;
import io.billingconsole.transfer.TransferService;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Arrears (SPEC 12): paid by hand oldest bill first (API and the overview button), by auto-repay when money arrives. */
@QuarkusTest
class ArrearsTest {

    @Inject
    Fixtures fixtures;

    @Inject
    FundsBooks funds;

    @Inject
    BillingBooks books;

    @Inject
    RechargeService recharges;

    @Inject
    Clock clock;

    @Inject
    TransferService transfers;

    /** A customer with auto-repay off and an unpaid bill of {@code amount} for last month. */
    private Customer inArrears(String amount) {
        Customer customer = fixtures.customer("0");
        books.autoRepay(customer, false);
        CloudResource server = fixtures.payg(customer, "ECS");
        books.lastMonthUsage(server, amount);
        books.closeMonth();
        return customer;
    }

    @Test
    void payingByHandPaysWhatTheCashCoversThenTheRestAndRefusesWhenNothingIsLeft() {
        Customer customer = inArrears("30.00");
        Api.as(customer).body("{}").post("/api/v1/arrears/pay").then().statusCode(409)
                .body("code", equalTo("NO_CASH_FOR_ARREARS")).body("message", containsString("30.00"));
        recharge(customer, "20.00");
        long billId = books.bills(customer.accountId()).get(0).id;
        Api.as(customer).body("{}").post("/api/v1/arrears/pay").then().statusCode(200)
                .body("paid", equalTo("20.00")).body("left", equalTo("10.00"))
                .body("bills[0].billId", equalTo((int) billId)).body("bills[0].unpaid", equalTo("10.00"));
        recharge(customer, "50.00");
        Api.as(customer).post("/api/v1/arrears/pay").then().statusCode(200)
                .body("paid", equalTo("10.00")).body("left", equalTo("0.00"));
        Api.as(customer).post("/api/v1/arrears/pay").then().statusCode(409).body("code", equalTo("NO_ARREARS"));
        Api.as(customer).get("/api/v1/account").then().body("cashBalance", equalTo("40.00"))
                .body("arrears", equalTo("0.00"));
        assertEquals(List.of("CASH -20.00", "CASH -10.00"), books.billPayments(billId));
    }

    @Test
    void theOldestBillIsPaidFirst() {
        Customer customer = fixtures.customer("0");
        books.autoRepay(customer, false);
        CloudResource server = fixtures.payg(customer, "ECS");
        // two months back and last month: two bills
        books.usageMonthsBack(server, 2, "5.00");
        books.lastMonthUsage(server, "7.00");
        books.closeMonth();
        List<Bill> bills = books.bills(customer.accountId());
        assertEquals(2, bills.size());
        recharge(customer, "6.00");
        Api.as(customer).post("/api/v1/arrears/pay").then().statusCode(200)
                .body("paid", equalTo("6.00")).body("left", equalTo("6.00"))
                .body("bills[0].billId", equalTo(bills.get(0).id.intValue())).body("bills[0].paid", equalTo("5.00"))
                .body("bills[1].billId", equalTo(bills.get(1).id.intValue())).body("bills[1].paid", equalTo("1.00"));
    }

    @Test
    void withAutoRepayOnARechargePaysTheArrearsAtOnceAndOffItDoesNot() {
        Customer customer = inArrears("25.00");
        recharge(customer, "10.00");
        Api.as(customer).get("/api/v1/account").then().body("arrears", equalTo("25.00"))
                .body("cashBalance", equalTo("10.00"));

        Api.as(customer).body(Map.of("autoRepay", true)).put("/api/v1/account/settings").then().statusCode(200)
                .body("autoRepay", equalTo(true));
        Api.as(customer).body(Map.of("autoRepay", "maybe")).put("/api/v1/account/settings").then().statusCode(400);
        Api.as(customer).body("{}").put("/api/v1/account/settings").then().statusCode(400);
        Api.as(customer).body(Map.of("autoRepay", 0)).put("/api/v1/account/settings").then().statusCode(400);
        recharge(customer, "20.00");
        Api.as(customer).get("/api/v1/account").then().body("arrears", equalTo("0.00"))
                .body("cashBalance", equalTo("5.00"));
        Bill bill = books.bills(customer.accountId()).get(0);
        assertTrue(bill.paidInFull());
    }

    @Test
    void withAutoRepayOnATransferInPaysTheArrearsFromTheTransferredFunds() {
        Customer master = funds.customerWithRecharge("500.00");
        Customer member = inArrears("45.00");
        funds.link(member, master);
        books.autoRepay(member, true);
        transfers.transfer(new TransferService.Command(master.accountId(), member.accountId(), Money.parse("60.00"),
                null, UUID.randomUUID().toString(), null));
        Api.as(member).get("/api/v1/account").then().body("arrears", equalTo("0.00"))
                .body("transferredIn", equalTo("15.00")).body("cashBalance", equalTo("15.00"));
        long billId = books.bills(member.accountId()).get(0).id;
        assertEquals(List.of("TRANSFERRED -45.00"), books.billPayments(billId));
    }

    @Test
    void theOverviewButtonPaysTheArrearsAndSaysSo() {
        Customer customer = inArrears("12.00");
        ConsoleSession session = ConsoleSession.loggedIn(customer.username(), customer.password());
        String overview = session.get("/").body().asString();
        assertTrue(overview.contains("data-testid=\"arrears-total\">¥12.00"), overview);
        assertTrue(overview.contains("action=\"/bills/pay-arrears\""), overview);

        Response noCash = session.post("/bills/pay-arrears", Map.of());
        assertEquals(303, noCash.statusCode());
        assertTrue(noCash.header("Location").endsWith("/?arrears=nocash"), noCash.header("Location"));
        assertTrue(session.get("/?arrears=nocash").body().asString().contains("现金余额不足"));

        recharge(customer, "100.00");
        // auto-repay is off: the arrears wait for the button
        Response paid = session.post("/bills/pay-arrears", Map.of());
        assertEquals(303, paid.statusCode());
        assertTrue(paid.header("Location").endsWith("/?arrears=paid"), paid.header("Location"));
        String after = session.get("/?arrears=paid").body().asString();
        assertTrue(after.contains("欠费已全部还清"), after);
        assertTrue(!after.contains("data-testid=\"arrears-total\""), after);

        Response none = session.post("/bills/pay-arrears", Map.of("back", "bills"));
        assertTrue(none.header("Location").endsWith("/bills?arrears=none"), none.header("Location"));
    }

    @Test
    void theBillsPagesShowTheBillsAndTheAutoRepaySwitch() {
        Customer customer = inArrears("9.99");
        long billId = books.bills(customer.accountId()).get(0).id;
        ConsoleSession session = ConsoleSession.loggedIn(customer.username(), customer.password());
        String list = session.get("/bills").body().asString();
        assertTrue(list.contains("data-bill=\"" + billId + "\""), list);
        assertTrue(list.contains("href=\"/usage\""), list);
        assertTrue(list.contains("href=\"/bills\""), "the header links the bills");
        assertTrue(list.contains("已关闭"), list);
        Response on = session.post("/bills/auto-repay", Map.of("autoRepay", "on"));
        assertEquals(303, on.statusCode());
        Api.as(customer).get("/api/v1/account/settings").then().body("autoRepay", equalTo(true));
        String detail = session.get("/bills/" + billId).body().asString();
        assertTrue(detail.contains("data-testid=\"bill-unpaid\">¥9.99"), detail);
        Customer other = fixtures.customer("0");
        ConsoleSession stranger = ConsoleSession.loggedIn(other.username(), other.password());
        assertEquals(404, stranger.get("/bills/" + billId).statusCode());
        assertEquals(200, session.get("/usage").statusCode());
    }

    private void recharge(Customer customer, String amount) {
        recharges.record(new RechargeService.Recorded(customer.accountId(), Money.parse(amount),
                RechargeChannel.BANK_TRANSFER, null, null, "6222000011112222", "Payer", LocalDate.now(clock),
                "test recharge", null));
    }
}
