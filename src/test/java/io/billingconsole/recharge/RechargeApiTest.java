package io.billingconsole.recharge;

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

import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The recharge API: start an online recharge, list and read one's own recharges; others' are not found. */
@QuarkusTest
class RechargeApiTest {

    @Inject
    Fixtures fixtures;

    @Inject
    Books books;

    @Test
    void anOnlineRechargeStartsPendingWithWhereToPay() {
        Customer customer = fixtures.customer("0");
        Number id = Api.as(customer).body(Map.of("amount", "88.80", "channel", "ALIPAY"))
                .post("/api/v1/recharges").then().statusCode(201)
                .body("status", equalTo("PENDING"))
                .body("payUrl", startsWith("http://localhost:"))
                .extract().path("id");
        Api.as(customer).body(Map.of("amount", "88.80", "channel", "ALIPAY")).post("/api/v1/recharges").then()
                .header("Location", endsWith("/api/v1/recharges/" + (id.longValue() + 1)));

        Api.as(customer).get("/api/v1/recharges/" + id).then().statusCode(200)
                .body("id", equalTo(id.intValue())).body("amount", equalTo("88.80")).body("channel", equalTo("ALIPAY"))
                .body("bank", nullValue()).body("status", equalTo("PENDING")).body("paidAt", nullValue())
                .body("withdrawable", equalTo("0.00")).body("originalRouteUntil", nullValue())
                .body("originalRouteAvailable", equalTo(false)).body("payerAccount", nullValue());
        assertEquals(Money.ZERO, books.cashBalance(customer.accountId()));
    }

    @Test
    void theListIsPagedNewestFirstAndShowsOnlyOwnRecharges() {
        Customer customer = fixtures.customer("0");
        Customer other = fixtures.customer("0");
        for (String amount : new String[]{"1.00", "2.00", "3.00"}) {
            Api.as(customer).body(Map.of("amount", amount, "channel", "WECHAT_PAY")).post("/api/v1/recharges")
                    .then().statusCode(201);
        }
        Number foreign = Api.as(other).body(Map.of("amount", "9.00", "channel", "ONLINE_BANKING", "bank", "CMB",
                "accountType", "ENTERPRISE")).post("/api/v1/recharges").then().statusCode(201).extract().path("id");

        Api.as(customer).get("/api/v1/recharges?size=2").then().statusCode(200)
                .body("total", equalTo(3)).body("page", equalTo(1)).body("size", equalTo(2))
                .body("items.size()", equalTo(2)).body("items[0].amount", equalTo("3.00"));
        Api.as(customer).get("/api/v1/recharges?size=2&page=2").then().body("items.size()", equalTo(1))
                .body("items[0].amount", equalTo("1.00"));
        Api.as(customer).get("/api/v1/recharges/" + foreign).then().statusCode(404)
                .body("code", equalTo("RECHARGE_NOT_FOUND"));
        Api.as(customer).get("/api/v1/recharges/abc").then().statusCode(404);
        Api.as(other).get("/api/v1/recharges/" + foreign).then().statusCode(200)
                .body("bank", equalTo("CMB")).body("accountType", equalTo("ENTERPRISE"));
    }

    @Test
    void badInputIsRefusedWithItsCodeAndOpensNothing() {
        Customer customer = fixtures.customer("0");
        refused(customer, Map.of("channel", "ALIPAY"), "INVALID_AMOUNT");
        refused(customer, Map.of("amount", "0", "channel", "ALIPAY"), "INVALID_AMOUNT");
        refused(customer, Map.of("amount", "1.001", "channel", "ALIPAY"), "INVALID_AMOUNT");
        refused(customer, Map.of("amount", "10.00"), "CHANNEL_INVALID");
        refused(customer, Map.of("amount", "10.00", "channel", "PAYPAL"), "CHANNEL_INVALID");
        refused(customer, Map.of("amount", "10.00", "channel", "BANK_TRANSFER"), "CHANNEL_INVALID");
        refused(customer, Map.of("amount", "10.00", "channel", "ONLINE_BANKING", "accountType", "PERSONAL"),
                "BANK_REQUIRED");
        refused(customer, Map.of("amount", "10.00", "channel", "ONLINE_BANKING", "bank", "NOPE",
                "accountType", "PERSONAL"), "BANK_UNKNOWN");
        refused(customer, Map.of("amount", "10.00", "channel", "ONLINE_BANKING", "bank", "ICBC"),
                "ACCOUNT_TYPE_REQUIRED");
        refused(customer, Map.of("amount", "10.00", "channel", "ONLINE_BANKING", "bank", "ICBC",
                "accountType", "FAMILY"), "INVALID_INPUT");
        refused(customer, Map.of("amount", "1000000.01", "channel", "ALIPAY"), "AMOUNT_ABOVE_LIMIT");
        Api.as(customer).body("{\"amount\": 12.5, \"channel\": \"ALIPAY\"}").post("/api/v1/recharges")
                .then().statusCode(400);
        Api.as(customer).get("/api/v1/recharges").then().body("total", equalTo(0));
    }

    @Test
    void staffHaveNoRecharges() {
        String operator = fixtures.staff(io.billingconsole.account.Role.OPERATOR);
        Api.as(operator).get("/api/v1/recharges").then().statusCode(403);
    }

    private static void refused(Customer customer, Map<String, String> body, String code) {
        Api.as(customer).header("Accept-Language", "en").body(new HashMap<>(body)).post("/api/v1/recharges")
                .then().statusCode(400).body("code", equalTo(code));
    }
}
