package io.billingconsole.recharge;

import io.billingconsole.account.Role;
import io.billingconsole.shared.Money;
import io.billingconsole.support.Api;
import io.billingconsole.support.Books;
import io.billingconsole.support.Fixtures;
import io.billingconsole.support.Fixtures.Customer;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** POST /api/v1/admin/accounts/{id}/credit books a recorded recharge (operators and finance). */
@QuarkusTest
class AdminCreditTest {

    @Inject
    Fixtures fixtures;

    @Inject
    Books books;

    @Test
    void aCreditIsARechargeTheCustomerSees() {
        String operator = fixtures.staff(Role.OPERATOR);
        Customer customer = fixtures.customer("5");
        Map<String, String> body = Map.of("amount", "200.00", "note", "remittance 30 Nov", "channel", "ONLINE_BANKING",
                "bank", "icbc", "accountType", "PERSONAL", "payerAccount", "6222000011112222", "payerName", "张三",
                "remittedOn", "2026-11-30");
        Number rechargeId = Api.as(operator).body(body).post(credit(customer)).then().statusCode(201)
                .body("entryId", notNullValue()).body("accountId", equalTo((int) customer.accountId()))
                .body("amount", equalTo("200.00")).body("cashBalance", equalTo("205.00"))
                .extract().path("rechargeId");

        Api.as(customer).get("/api/v1/recharges/" + rechargeId).then().statusCode(200)
                .body("status", equalTo("PAID")).body("channel", equalTo("ONLINE_BANKING")).body("bank", equalTo("ICBC"))
                .body("accountType", equalTo("PERSONAL")).body("payerAccount", equalTo("****2222"))
                .body("withdrawable", equalTo("200.00")).body("originalRouteAvailable", equalTo(true))
                .body("remittedOn", equalTo("2026-11-30")).body("paidAt", notNullValue());
        assertEquals(books.cashBalance(customer.accountId()), books.ledgerCashSum(customer.accountId()));
    }

    @Test
    void financeMayCreditAndTheChannelDefaultsToAnOfflineRemittance() {
        String finance = fixtures.staff(Role.FINANCE);
        Customer customer = fixtures.customer("0");
        Number rechargeId = Api.as(finance).body(Map.of("amount", "50.00")).post(credit(customer)).then()
                .statusCode(201).body("cashBalance", equalTo("50.00")).extract().path("rechargeId");
        Api.as(customer).get("/api/v1/recharges/" + rechargeId).then().body("channel", equalTo("BANK_TRANSFER"))
                .body("status", equalTo("PAID"));
        Api.as(customer).body(Map.of("amount", "50.00")).post(credit(customer)).then().statusCode(403);
    }

    @Test
    void badChannelsBanksAndTypesAreRefusedAndBookNothing() {
        String operator = fixtures.staff(Role.OPERATOR);
        Customer customer = fixtures.customer("0");
        refused(operator, customer, Map.of("amount", "10.00", "channel", "PAYPAL"), "CHANNEL_INVALID");
        refused(operator, customer, Map.of("amount", "10.00", "bank", "NOPE"), "BANK_UNKNOWN");
        refused(operator, customer, Map.of("amount", "10.00", "channel", "ONLINE_BANKING", "accountType", "PERSONAL"),
                "BANK_REQUIRED");
        refused(operator, customer, Map.of("amount", "10.00", "channel", "ONLINE_BANKING", "bank", "ICBC"),
                "ACCOUNT_TYPE_REQUIRED");
        refused(operator, customer, Map.of("amount", "10.00", "accountType", "FAMILY"), "INVALID_INPUT");
        refused(operator, customer, Map.of("amount", "10.00", "remittedOn", "yesterday"), "INVALID_INPUT");
        refused(operator, customer, Map.of("amount", "10.00", "remittedOn", "1999-12-31"), "DATE_OUT_OF_RANGE");
        refused(operator, customer, Map.of("amount", "10.00", "payerAccount", "1".repeat(41)), "TEXT_INVALID");
        Api.as(operator).body(Map.of("amount", "10.00")).post("/api/v1/admin/accounts/987654321/credit").then()
                .statusCode(404).body("code", equalTo("ACCOUNT_NOT_FOUND"));
        assertEquals(Money.ZERO, books.cashBalance(customer.accountId()));
        assertEquals(0, books.count("select count(*) from recharge where account_id = " + customer.accountId()));
    }

    private static void refused(String operator, Customer customer, Map<String, String> body, String code) {
        Api.as(operator).body(new HashMap<>(body)).post(credit(customer)).then().statusCode(400)
                .body("code", equalTo(code));
    }

    private static String credit(Customer customer) {
        return "/api/v1/admin/accounts/" + customer.accountId() + "/credit";
    }
}
