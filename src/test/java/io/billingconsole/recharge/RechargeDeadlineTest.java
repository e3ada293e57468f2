package io.billingconsole.recharge;

import io.billingconsole.account.Role;
import io.billingconsole.clock.TestClock;
import io.billingconsole.support.Api;
import io.billingconsole.support.Fixtures;
import io.billingconsole.support.Fixtures.Customer;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The original route of a recharge lasts its channel's and bank's window (SPEC 8): on day N of N it
 * is still available, on day N+1 not. The test clock moves through the days.
 */
@QuarkusTest
class RechargeDeadlineTest {

    /** 2025-01-06 10:00 in Shanghai: the recharges are paid on this business date. */
    private static final Instant PAID = OffsetDateTime.parse("2025-01-06T10:00:00+08:00").toInstant();

    @Inject
    Fixtures fixtures;

    @Inject
    TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private record Case(String name, Map<String, String> body, int days, String until) {
    }

    @Test
    void eachChannelAndBankKeepsItsWindowToTheDay() {
        String operator = fixtures.staff(Role.OPERATOR);
        Customer customer = fixtures.customer("0");
        List<Case> cases = List.of(
                new Case("ICBC personal", online("ICBC", "PERSONAL"), 30, "2025-02-05"),
                new Case("JSB enterprise", online("JSB", "ENTERPRISE"), 30, "2025-02-05"),
                new Case("ICBC enterprise", online("ICBC", "ENTERPRISE"), 180, "2025-07-05"),
                new Case("CMB personal", online("CMB", "PERSONAL"), 90, "2025-04-06"),
                new Case("CCB personal", online("CCB", "PERSONAL"), 180, "2025-07-05"),
                new Case("offline remittance", Map.of("amount", "10.00", "channel", "BANK_TRANSFER", "bank", "ICBC"),
                        180, "2025-07-05"),
                new Case("Alipay", Map.of("amount", "10.00", "channel", "ALIPAY"), 365, "2026-01-06"));

        clock.moveTo(PAID);
        Map<Case, Number> ids = new LinkedHashMap<>();
        for (Case c : cases) {
            ids.put(c, Api.as(operator).body(c.body()).post("/api/v1/admin/accounts/" + customer.accountId() + "/credit")
                    .then().statusCode(201).extract().path("rechargeId"));
        }
        for (Case c : cases) {
            Api.as(customer).get("/api/v1/recharges/" + ids.get(c)).then()
                    .body("originalRouteUntil", equalTo(c.until()))
                    .body("originalRouteAvailable", equalTo(true));
        }
        for (int day : new int[]{30, 31, 90, 91, 180, 181, 365, 366}) {
            clock.moveTo(PAID.plus(Duration.ofDays(day)));
            for (Case c : cases) {
                boolean available = Api.as(customer).get("/api/v1/recharges/" + ids.get(c)).then().statusCode(200)
                        .extract().path("originalRouteAvailable");
                assertEquals(day <= c.days(), available, c.name() + " on day " + day);
            }
        }
    }

    private static Map<String, String> online(String bank, String type) {
        return Map.of("amount", "10.00", "channel", "ONLINE_BANKING", "bank", bank, "accountType", type);
    }
}
