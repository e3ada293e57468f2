package io.billingconsole.transfer;

import io.billingconsole.account.Role;
import io.billingconsole.funds.FundsBooks;
import io.billingconsole.support.Api;
import io.billingconsole.support.ConsoleSession;
import io.billingconsole.support.Fixtures;
import io.billingconsole.support.Fixtures.Customer;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The operator's account administration: real name, status, phone and the master account, by API and page. */
@QuarkusTest
class AccountAdminTest {

    @Inject
    Fixtures fixtures;

    @Inject
    FundsBooks books;

    @Test
    void anOperatorUpdatesAnAccountPartiallyAndEveryChangeIsAudited() {
        String operator = fixtures.staff(Role.OPERATOR);
        Customer customer = fixtures.customer("10.00");
        String path = "/api/v1/admin/accounts/" + customer.accountId();

        Api.as(operator).body(Map.of("realNameVerified", true)).put(path).then().statusCode(400);
        Api.as(operator).body(Map.of("realNameVerified", true, "realName", "张三")).put(path).then().statusCode(200)
                .body("id", equalTo((int) customer.accountId())).body("realNameVerified", equalTo(true))
                .body("realName", equalTo("张三")).body("status", equalTo("NORMAL")).body("masterAccountId", nullValue());
        Api.as(operator).body(Map.of("status", "FROZEN", "phone", "13800000000")).put(path).then().statusCode(200)
                .body("status", equalTo("FROZEN")).body("phone", equalTo("13800000000"))
                .body("realName", equalTo("张三")).body("realNameVerified", equalTo(true));
        Api.as(operator).body(Map.of("status", "SLEEPING")).put(path).then().statusCode(400);
        Api.as(operator).body(Map.of("phone", "not a phone")).put(path).then().statusCode(400);
        Api.as(operator).body(Map.of("status", "NORMAL")).put("/api/v1/admin/accounts/999999999").then().statusCode(404);
        Api.as(customer).body(Map.of("status", "NORMAL")).put(path).then().statusCode(403);
        Api.as(fixtures.staff(Role.FINANCE)).body(Map.of("status", "NORMAL")).put(path).then().statusCode(403);
        Api.as(operator).get("/api/v1/admin/audit?limit=100").then().statusCode(200)
                .body("action", hasItem("ACCOUNT_UPDATED"))
                .body("target", hasItem("account " + customer.accountId()));
        // the existing endpoints still work
        Api.as(operator).body(Map.of("creditLine", "50.00")).put(path + "/credit-line").then().statusCode(200)
                .body("creditLine", equalTo("50.00"));
        Api.as(operator).body(Map.of("amount", "5.00", "note", "adj")).post(path + "/credit").then().statusCode(201)
                .body("cashBalance", equalTo("15.00"));
    }

    @Test
    void anOperatorLinksAndUnlinksAMemberAndBadLinksAreRefused() {
        String operator = fixtures.staff(Role.OPERATOR);
        Customer master = fixtures.customer("0");
        Customer member = fixtures.customer("0");
        String path = "/api/v1/admin/accounts/" + member.accountId() + "/master";

        Api.as(operator).body(Map.of("masterAccountId", master.accountId())).put(path).then().statusCode(200)
                .body("masterAccountId", equalTo((int) master.accountId()));
        Api.as(operator).body(Map.of("masterAccountId", member.accountId())).put(path).then().statusCode(409)
                .body("code", equalTo("MASTER_LINK_INVALID"));
        Api.as(operator).body(Map.of("masterAccountId", member.accountId()))
                .put("/api/v1/admin/accounts/" + master.accountId() + "/master").then().statusCode(409);
        Api.as(operator).body(Map.of("masterAccountId", 999999999L)).put(path).then().statusCode(404);
        Api.as(member).body(Map.of("masterAccountId", master.accountId())).put(path).then().statusCode(403);
        Api.as(operator).get("/api/v1/admin/audit?limit=100").then().statusCode(200)
                .body("action", hasItem("MASTER_LINKED"));
        Map<String, Object> unlink = new HashMap<>();
        unlink.put("masterAccountId", null);
        Api.as(operator).body(unlink).put(path).then().statusCode(200).body("masterAccountId", nullValue());
    }

    @Test
    void theBackOfficeAccountPageChangesTheFieldsAndTheMaster() {
        String operator = fixtures.staff(Role.OPERATOR);
        Customer master = fixtures.customer("0");
        Customer member = fixtures.customer("0");
        ConsoleSession session = ConsoleSession.loggedIn(operator, Fixtures.PASSWORD);
        assertTrue(session.get("/admin").asString().contains("href=\"/admin/accounts/"), "the accounts table links");
        String page = "/admin/accounts/" + member.accountId();
        session.get(page).then().statusCode(200).body(containsString("name=\"realName\""));

        assertEquals(303, session.post(page, Map.of("status", "FROZEN", "realName", "Li Si", "realNameVerified", "on",
                "phone", "")).statusCode());
        session.post(page, Map.of("status", "NORMAL", "realName", "", "realNameVerified", "on", "phone", ""))
                .then().statusCode(400).body(containsString("realName"));
        session.post(page, Map.of("status", "WHATEVER", "realName", "", "phone", "")).then().statusCode(400);
        assertEquals(303, session.post(page + "/master", Map.of("masterAccountId", String.valueOf(master.accountId())))
                .statusCode());
        session.post(page + "/master", Map.of("masterAccountId", String.valueOf(member.accountId())))
                .then().statusCode(409);
        Api.as(operator).body(Map.of()).put("/api/v1/admin/accounts/" + member.accountId()).then().statusCode(200)
                .body("status", equalTo("FROZEN")).body("realName", equalTo("Li Si"))
                .body("masterAccountId", equalTo((int) master.accountId()));
        session.get("/admin/accounts/" + master.accountId()).then().statusCode(200)
                .body(containsString("href=\"/admin/accounts/" + member.accountId() + "\""));
        ConsoleSession finance = ConsoleSession.loggedIn(fixtures.staff(Role.FINANCE), Fixtures.PASSWORD);
        assertEquals(403, finance.get(page).statusCode());
        assertTrue(List.of(403, 303).contains(ConsoleSession.loggedIn(member.username(), member.password())
                .get(page).statusCode()));
    }

    @Test
    void junkNeverAnswersAServerError() {
        String operator = fixtures.staff(Role.OPERATOR);
        Customer customer = fixtures.customer("0");
        String path = "/api/v1/admin/accounts/" + customer.accountId();
        List<String> junk = List.of("not json", "[]", "null", "{\"masterAccountId\":\"abc\"}",
                "{\"masterAccountId\":99999999999999999999}", "{\"status\":5}", "{\"realNameVerified\":\"maybe\"}",
                "{\"realName\":\"a\\u0000b\",\"realNameVerified\":true}", "{\"realName\":\"" + "x".repeat(101) + "\"}",
                "{\"phone\":\"" + "1".repeat(40) + "\"}", "{\"status\":\"GONE\"}");
        for (int i = 0; i < junk.size(); i++) {
            String body = junk.get(i);
            List<String> targets = i < 5 ? List.of(path + "/master", "/api/v1/admin/accounts/abc/master")
                    : List.of(path, "/api/v1/admin/accounts/abc");
            for (String target : targets) {
                int status = Api.as(operator).body(body).put(target).statusCode();
                assertTrue(status >= 400 && status < 500, target + " " + body + " -> " + status);
            }
        }
        Api.as(operator).body(Map.of()).put(path).then().statusCode(200).body("realNameVerified", equalTo(false))
                .body("status", equalTo("NORMAL"));
    }
}
