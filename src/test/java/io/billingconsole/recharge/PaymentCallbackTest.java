package io.billingconsole.recharge;

import io.billingconsole.shared.Money;
import io.billingconsole.support.Api;
import io.billingconsole.support.Books;
import io.billingconsole.support.Fixtures;
import io.billingconsole.support.Fixtures.Customer;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The gateway's signed callback: applied once (a replay answers "success" and changes nothing);
 * a bad signature, another amount or an unknown order is refused with 400, recorded in
 * gateway_callback_refusal and changes no balance.
 */
@QuarkusTest
class PaymentCallbackTest {

    @Inject
    Fixtures fixtures;

    @Inject
    Books books;

    @Inject
    RechargeService recharges;

    @Test
    void aSignedPaymentTopsUpOnceAndAReplayChangesNothing() {
        Customer customer = fixtures.customer("10");
        Recharge recharge = start(customer, "100.00");

        Gateway.post(Gateway.signed(Gateway.paid(recharge.gatewayRef, "100.00"))).then().statusCode(200)
                .body(equalTo("success"));
        assertEquals(Money.parse("110.00"), books.cashBalance(customer.accountId()));
        assertEquals(books.cashBalance(customer.accountId()), books.ledgerCashSum(customer.accountId()));

        for (int i = 0; i < 3; i++) {
            Gateway.post(Gateway.signed(Gateway.paid(recharge.gatewayRef, "100.00"))).then().statusCode(200)
                    .body(equalTo("success"));
        }
        assertEquals(Money.parse("110.00"), books.cashBalance(customer.accountId()));
        assertEquals(books.cashBalance(customer.accountId()), books.ledgerCashSum(customer.accountId()));
        assertEquals(1, books.count("select count(*) from ledger_entry where recharge_id = " + recharge.id));
        Api.as(customer).get("/api/v1/recharges/" + recharge.id).then().statusCode(200)
                .body("status", equalTo("PAID")).body("withdrawable", equalTo("100.00"))
                .body("payerAccount", equalTo("****3445"));
        assertEquals(0, refusals(recharge.gatewayRef, null));
    }

    @Test
    void aBadSignatureIsRefusedRecordedAndChangesNothing() {
        Customer customer = fixtures.customer("10");
        Recharge recharge = start(customer, "100.00");
        Map<String, String> forged = Gateway.paid(recharge.gatewayRef, "100.00");
        forged.put("sign", "0".repeat(64));
        Gateway.post(forged).then().statusCode(400).body(equalTo("fail"));

        Map<String, String> unsigned = Gateway.paid(recharge.gatewayRef, "100.00");
        Gateway.post(unsigned).then().statusCode(400);

        Map<String, String> tampered = Gateway.signed(Gateway.paid(recharge.gatewayRef, "1.00"));
        tampered.put("amount", "100.00");
        tampered.put("payerName", "someone else");
        Gateway.post(tampered).then().statusCode(400);

        assertEquals(3, refusals(recharge.gatewayRef, "BAD_SIGNATURE"));
        unchanged(customer, recharge);
    }

    @Test
    void anotherAmountIsRefusedRecordedAndChangesNothing() {
        Customer customer = fixtures.customer("10");
        Recharge recharge = start(customer, "100.00");
        Gateway.post(Gateway.signed(Gateway.paid(recharge.gatewayRef, "1000.00"))).then().statusCode(400);
        Gateway.post(Gateway.signed(Gateway.paid(recharge.gatewayRef, "99.99"))).then().statusCode(400);
        Gateway.post(Gateway.signed(Gateway.failed(recharge.gatewayRef, "1.00"))).then().statusCode(400);
        assertEquals(3, refusals(recharge.gatewayRef, "AMOUNT_MISMATCH"));
        unchanged(customer, recharge);

        // the right amount afterwards still goes through, once
        Gateway.post(Gateway.signed(Gateway.paid(recharge.gatewayRef, "100"))).then().statusCode(200);
        assertEquals(Money.parse("110.00"), books.cashBalance(customer.accountId()));
    }

    @Test
    void anUnknownOrderIsRefusedAndRecorded() {
        String ref = "RC" + System.nanoTime();
        long before = books.count("select coalesce(sum(cash_balance_fen), 0) from account");
        Gateway.post(Gateway.signed(Gateway.paid(ref, "100.00"))).then().statusCode(400).body(equalTo("fail"));
        Gateway.post(Gateway.signed(Gateway.failed(ref, "100.00"))).then().statusCode(400);
        assertEquals(2, refusals(ref, "UNKNOWN_ORDER"));
        assertEquals(before, books.count("select coalesce(sum(cash_balance_fen), 0) from account"));
    }

    @Test
    void aFailedPaymentFailsTheOrderAndALaterPaymentForItIsRefused() {
        Customer customer = fixtures.customer("10");
        Recharge recharge = start(customer, "50.00");
        Gateway.post(Gateway.signed(Gateway.failed(recharge.gatewayRef, "50.00"))).then().statusCode(200)
                .body(equalTo("success"));
        Gateway.post(Gateway.signed(Gateway.failed(recharge.gatewayRef, "50.00"))).then().statusCode(200);
        Api.as(customer).get("/api/v1/recharges/" + recharge.id).then().body("status", equalTo("FAILED"));

        Gateway.post(Gateway.signed(Gateway.paid(recharge.gatewayRef, "50.00"))).then().statusCode(400);
        assertEquals(1, refusals(recharge.gatewayRef, "NOT_PENDING"));
        assertEquals(Money.parse("10.00"), books.cashBalance(customer.accountId()));
        assertEquals(books.cashBalance(customer.accountId()), books.ledgerCashSum(customer.accountId()));
    }

    @Test
    void theCallbackNeedsNoLoginButOnlyAForm() {
        Customer customer = fixtures.customer("0");
        Recharge recharge = start(customer, "20.00");
        io.restassured.RestAssured.given().contentType("application/json").body("{\"ref\":\"" + recharge.gatewayRef + "\"}")
                .post("/api/v1/payments/callback").then().statusCode(415);
        Gateway.post(Gateway.signed(Gateway.paid(recharge.gatewayRef, "20.00"))).then().statusCode(200);
        assertEquals(Money.parse("20.00"), books.cashBalance(customer.accountId()));
    }

    private Recharge start(Customer customer, String amount) {
        long id = ((Number) Api.as(customer).body(Map.of("amount", amount, "channel", "ONLINE_BANKING", "bank", "ICBC",
                        "accountType", "PERSONAL"))
                .post("/api/v1/recharges").then().statusCode(201).body("status", equalTo("PENDING"))
                .extract().path("id")).longValue();
        return recharges.find(customer.accountId(), id);
    }

    private void unchanged(Customer customer, Recharge recharge) {
        assertEquals(Money.parse("10.00"), books.cashBalance(customer.accountId()));
        assertEquals(books.cashBalance(customer.accountId()), books.ledgerCashSum(customer.accountId()));
        assertEquals(0, books.count("select count(*) from ledger_entry where recharge_id = " + recharge.id));
        Api.as(customer).get("/api/v1/recharges/" + recharge.id).then().body("status", equalTo("PENDING"))
                .body("withdrawable", equalTo("0.00"));
    }

    private long refusals(String ref, String reason) {
        return books.count("select count(*) from gateway_callback_refusal where gateway_ref = '" + ref + "'"
                + (reason == null ? "" : " and reason = '" + reason + "'"));
    }
}
