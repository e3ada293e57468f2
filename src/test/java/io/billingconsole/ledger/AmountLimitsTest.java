package io.billingconsole.ledger;

import io.billingconsole.account.Role;
import io.billingconsole.support.Api;
import io.billingconsole.support.Fixtures;
import io.billingconsole.support.Fixtures.Customer;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.hamcrest.Matchers.equalTo;

/** The amount limits are settings: a provider who lowers them gets refusals at the lower amounts. */
@QuarkusTest
@TestProfile(AmountLimitsTest.LowLimits.class)
class AmountLimitsTest {

    public static class LowLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("billing.limits.top-up-max", "500.00", "billing.limits.credit-line-max", "300.00",
                    "billing.limits.voucher-max", "20.00", "billing.limits.monthly-price-max", "99.00");
        }
    }

    @Inject
    Fixtures fixtures;

    @Test
    void eachAmountIsRefusedAboveItsConfiguredLimitAndTakenAtIt() {
        String operator = fixtures.staff(Role.OPERATOR);
        Customer owner = fixtures.customer("0");
        String account = "/api/v1/admin/accounts/" + owner.accountId();

        Api.as(operator).header("Accept-Language", "en").body(Map.of("amount", "500.01")).post(account + "/credit")
                .then().statusCode(400).body("code", equalTo("AMOUNT_ABOVE_LIMIT"))
                .body("message", equalTo("Amount ¥500.01 is above the limit of ¥500.00 at a time"));
        Api.as(operator).body(Map.of("amount", "500.00")).post(account + "/credit")
                .then().statusCode(201).body("cashBalance", equalTo("500.00"));

        Api.as(operator).body(Map.of("creditLine", "300.01")).put(account + "/credit-line")
                .then().statusCode(400).body("code", equalTo("AMOUNT_ABOVE_LIMIT"));
        Api.as(operator).body(Map.of("creditLine", "300.00")).put(account + "/credit-line")
                .then().statusCode(200).body("creditLine", equalTo("300.00"));

        Api.as(operator).body(Map.of("name", "gift", "amount", "20.01", "expiresAt", "2030-05-01T00:00:00+08:00"))
                .post(account + "/vouchers").then().statusCode(400).body("code", equalTo("AMOUNT_ABOVE_LIMIT"));
        Api.as(operator).body(Map.of("name", "gift", "amount", "20.00", "expiresAt", "2030-05-01T00:00:00+08:00"))
                .post(account + "/vouchers").then().statusCode(201).body("faceValue", equalTo("20.00"));

        Api.as(operator).body(Map.of("accountId", owner.accountId(), "productType", "ECS", "name", "dear-1",
                        "expiresAt", "2030-05-01T00:00:00+08:00", "billingMethod", "SUBSCRIPTION",
                        "monthlyPrice", "99.01"))
                .post("/api/v1/admin/resources").then().statusCode(400).body("code", equalTo("AMOUNT_ABOVE_LIMIT"));
        Api.as(operator).body(Map.of("accountId", owner.accountId(), "productType", "ECS", "name", "dear-2",
                        "expiresAt", "2030-05-01T00:00:00+08:00", "billingMethod", "SUBSCRIPTION",
                        "monthlyPrice", "99.00"))
                .post("/api/v1/admin/resources").then().statusCode(201).body("monthlyPrice", equalTo("99.00"));
    }
}
