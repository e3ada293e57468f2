package io.billingconsole.transfer;

import io.billingconsole.funds.FundsBooks;
import io.billingconsole.shared.Money;
import io.billingconsole.support.Api;
import io.billingconsole.support.Fixtures;
import io.billingconsole.support.Fixtures.Customer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 资金划拨 over the API (SPEC 11): amounts, recalls, idempotency keys, concurrency and who may see what. */
@QuarkusTest
class TransferApiTest {

    @Inject
    Fixtures fixtures;

    @Inject
    FundsBooks books;

    @Test
    void aRecallRestoresTheMastersWithdrawableAmountAndRechargeRemainder() {
        Customer master = books.customerWithRecharge("1000.00");
        Customer member = fixtures.customer("0");
        books.link(member, master);
        long id = transfer(master, member, "500.00", key()).then().statusCode(201)
                .header("Location", containsString("/api/v1/transfers/"))
                .body("amount", equalTo("500.00")).body("remaining", equalTo("500.00"))
                .body("recalled", equalTo("0.00")).body("recallable", equalTo("500.00"))
                .extract().jsonPath().getLong("id");
        assertEquals("500.00", account(master).getString("withdrawable"));
        assertEquals("500.00", books.rechargeRemainders(master.accountId()).toPlainString());

        Api.as(master).body(Map.of("amount", "200.00")).post("/api/v1/transfers/" + id + "/recall").then()
                .statusCode(200).body("remaining", equalTo("300.00")).body("recalled", equalTo("200.00"))
                .body("recallable", equalTo("300.00"));
        assertEquals("700.00", account(master).getString("withdrawable"));
        assertEquals("700.00", books.rechargeRemainders(master.accountId()).toPlainString());
        assertEquals("300.00", account(member).getString("transferredIn"));

        Api.as(master).body(Map.of("amount", "300.01")).post("/api/v1/transfers/" + id + "/recall").then()
                .statusCode(409).body("code", equalTo("AMOUNT_OVER_RECALLABLE"));
        Api.as(master).body(Map.of("amount", "0")).post("/api/v1/transfers/" + id + "/recall").then()
                .statusCode(400);
        // the member sees the transfer, read-only: no recall, and no recallable amount
        Api.as(member).get("/api/v1/transfers/" + id).then().statusCode(200)
                .body("fromAccountId", equalTo((int) master.accountId())).body("recallable", equalTo(null));
        Api.as(member).body(Map.of("amount", "1.00")).post("/api/v1/transfers/" + id + "/recall").then()
                .statusCode(404);
        Api.as(member).get("/api/v1/transfers").then().statusCode(200).body("total", equalTo(1))
                .body("items[0].id", equalTo((int) id));
    }

    @Test
    void theSameKeyMovesMoneyOnceAndAnotherAmountWithItIsRefused() {
        Customer master = books.customerWithRecharge("1000.00");
        Customer member = fixtures.customer("0");
        books.link(member, master);
        String key = key();
        long first = transfer(master, member, "100.00", key).then().statusCode(201).extract().jsonPath().getLong("id");
        long again = transfer(master, member, "100.00", key).then().statusCode(201).extract().jsonPath().getLong("id");
        assertEquals(first, again);
        assertEquals("100.00", account(member).getString("transferredIn"));
        assertEquals("900.00", account(master).getString("cashBalance"));
        transfer(master, member, "150.00", key).then().statusCode(409).body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));
        transfer(master, member, "100.00", "").then().statusCode(400);
        assertEquals("100.00", account(member).getString("transferredIn"));
    }

    @Test
    void twoConcurrentTransfersNeverExceedTheTransferableAmount() throws Exception {
        Customer master = books.customerWithRecharge("1000.00");
        Customer first = fixtures.customer("0");
        Customer second = fixtures.customer("0");
        books.link(first, master);
        books.link(second, master);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (Customer to : List.of(first, second)) {
                Callable<Integer> call = () -> {
                    start.await();
                    return transfer(master, to, "600.00", key()).statusCode();
                };
                answers.add(pool.submit(call));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            statuses.sort(null);
            assertEquals(List.of(201, 409), statuses);
        } finally {
            pool.shutdownNow();
        }
        assertEquals("400.00", account(master).getString("cashBalance"));
        assertEquals(Money.parse("600.00"), Money.parse(account(first).getString("transferredIn"))
                .plus(Money.parse(account(second).getString("transferredIn"))), "one of them got 600.00");
        transfer(master, first, "400.01", key()).then().statusCode(409).body("code", equalTo("AMOUNT_OVER_TRANSFERABLE"));
    }

    @Test
    void noAccountOutsideTheEnterpriseIsReachable() {
        Customer master = books.customerWithRecharge("1000.00");
        Customer member = books.customerWithRecharge("300.00");
        Customer otherMember = fixtures.customer("0");
        Customer stranger = books.customerWithRecharge("300.00");
        books.link(member, master);
        books.link(otherMember, master);
        long id = transfer(master, member, "100.00", key()).then().statusCode(201).extract().jsonPath().getLong("id");

        // a member cannot pass funds on, not even to another member of its master, nor back
        transfer(member, otherMember, "10.00", key()).then().statusCode(404).body("code", equalTo("ACCOUNT_NOT_FOUND"));
        transfer(member, master, "10.00", key()).then().statusCode(404);
        // a customer who is not the master does not see the other account
        transfer(stranger, member, "10.00", key()).then().statusCode(404);
        transfer(master, stranger, "10.00", key()).then().statusCode(404);
        transfer(master, master, "10.00", key()).then().statusCode(404);
        // another account's transfer
        Api.as(stranger).get("/api/v1/transfers/" + id).then().statusCode(404).body("code", equalTo("TRANSFER_NOT_FOUND"));
        Api.as(stranger).body(Map.of("amount", "1.00")).post("/api/v1/transfers/" + id + "/recall").then().statusCode(404);
        Api.as(master).get("/api/v1/transfers/abc").then().statusCode(404);
        Api.as(stranger).get("/api/v1/transfers").then().statusCode(200).body("total", equalTo(0));
        assertEquals("300.00", account(stranger).getString("cashBalance"));
        assertEquals("100.00", account(member).getString("transferredIn"));
    }

    @Test
    void badBodiesAreRefusedWithA400() {
        Customer master = books.customerWithRecharge("100.00");
        Customer member = fixtures.customer("0");
        books.link(member, master);
        Api.as(master).body("{}").post("/api/v1/transfers").then().statusCode(400);
        Api.as(master).body(Map.of("toAccountId", member.accountId(), "amount", "1.001", "idempotencyKey", key()))
                .post("/api/v1/transfers").then().statusCode(400);
        Api.as(master).body(Map.of("toAccountId", member.accountId(), "amount", "-5", "idempotencyKey", key()))
                .post("/api/v1/transfers").then().statusCode(400);
        Api.as(master).body(Map.of("toAccountId", member.accountId(), "amount", "5", "idempotencyKey", "k".repeat(65)))
                .post("/api/v1/transfers").then().statusCode(400);
        assertEquals("100.00", account(master).getString("cashBalance"));
    }

    @Test
    void junkNeverAnswersAServerError() {
        Customer master = books.customerWithRecharge("100.00");
        Customer member = fixtures.customer("0");
        books.link(member, master);
        long id = transfer(master, member, "10.00", key()).then().statusCode(201).extract().jsonPath().getLong("id");
        List<String> bodies = List.of("not json", "[]", "null", "{\"toAccountId\":\"abc\"}",
                "{\"toAccountId\":" + member.accountId() + ",\"amount\":{},\"idempotencyKey\":\"k\"}",
                "{\"toAccountId\":99999999999999999999,\"amount\":\"1\",\"idempotencyKey\":\"k\"}",
                "{\"toAccountId\":" + member.accountId() + ",\"amount\":\"99999999999999\",\"idempotencyKey\":\"k\"}",
                "{\"toAccountId\":" + member.accountId() + ",\"amount\":\"1\",\"note\":\"a\\u0000b\",\"idempotencyKey\":\"k\"}",
                "{\"toAccountId\":" + member.accountId() + ",\"amount\":\"1\",\"idempotencyKey\":\"\\u0000\"}");
        for (String body : bodies) {
            int status = Api.as(master).body(body).post("/api/v1/transfers").statusCode();
            assertTrue(status >= 400 && status < 500, body + " -> " + status);
        }
        for (String body : List.of("not json", "[]", "null", "{\"amount\":{}}", "{\"amount\":\"abc\"}",
                "{\"amount\":\"99999999999999\"}", "{\"amount\":\"1.001\"}", "{\"amount\":\"-1\"}")) {
            int recall = Api.as(master).body(body).post("/api/v1/transfers/" + id + "/recall").statusCode();
            assertTrue(recall >= 400 && recall < 500, body + " -> " + recall);
        }
        for (String query : List.of("?page=-1", "?page=abc&size=100000", "?size=0")) {
            Api.as(master).get("/api/v1/transfers" + query).then().statusCode(200);
        }
        assertEquals("90.00", account(master).getString("cashBalance"));
    }

    static Response transfer(Customer from, Customer to, String amount, String key) {
        return Api.as(from).body(Map.of("toAccountId", to.accountId(), "amount", amount, "note", "budget",
                "idempotencyKey", key)).post("/api/v1/transfers");
    }

    static JsonPath account(Customer customer) {
        return Api.as(customer).get("/api/v1/account").then().statusCode(200).extract().jsonPath();
    }

    static String key() {
        return UUID.randomUUID().toString();
    }
}
