package io.billingconsole.withdrawal;

import io.billingconsole.account.AccountStatus;
import io.billingconsole.account.Role;
import io.billingconsole.bank.BankAccountType;
import io.billingconsole.bank.BranchSearch;
import io.billingconsole.clock.TestClock;
import io.billingconsole.recharge.Recharge;
import io.billingconsole.shared.Money;
import io.billingconsole.support.Api;
import io.billingconsole.support.Fixtures;
import io.billingconsole.transfer.TransferService;
import io.billingconsole.withdrawal.WithdrawalBooks.Holder;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The customer's withdrawal API (SPEC 8) against the real database: the routes and their windows,
 * the SMS code, idempotency, concurrency, the remainders, proofs, members, refusals and the mails.
 */
@QuarkusTest
class WithdrawalApiTest {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R'};

    @Inject
    WithdrawalBooks books;

    @Inject
    Fixtures fixtures;

    @Inject
    TestClock clock;

    @Inject
    ZoneId zone;

    @Inject
    BranchSearch branches;

    @Inject
    TransferService transfers;

    @Inject
    WithdrawalService withdrawals;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    static Map<String, Object> original(long rechargeId, String amount, String code) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "RECHARGE");
        body.put("rechargeId", rechargeId);
        body.put("amount", amount);
        body.put("route", "ORIGINAL");
        body.put("smsCode", code);
        body.put("idempotencyKey", WithdrawalBooks.key());
        return body;
    }

    Map<String, Object> designated(Holder h, long rechargeId, String amount, String code) {
        Map<String, Object> body = original(rechargeId, amount, code);
        body.put("route", "DESIGNATED");
        body.put("reason", "OUTSIDE_ROUTE_WINDOW");
        body.put("payee", Map.of("type", "BANK_CARD", "account", "6222 0212 3456 7890", "name", h.realName(),
                "branchId", branches.search("工商银行 杭州", 1).get(0).id()));
        return body;
    }

    @Test
    void anOriginalRouteWithdrawalGoesStraightToPayoutAndMovesTheMoneyOnce() {
        Holder h = books.holder();
        Recharge r = books.recharge(h, "1000.00", "ICBC", BankAccountType.PERSONAL);

        Response options = Api.as(h.customer()).get("/api/v1/withdrawals/options");
        options.then().statusCode(200).body("withdrawable", equalTo("1000.00"))
                .body("realName", equalTo(h.realName()))
                .body("maskedPhone", equalTo(h.phone().substring(0, 3) + "****" + h.phone().substring(7)))
                .body("recharges[0].rechargeId", equalTo(r.id.intValue()))
                .body("recharges[0].withdrawable", equalTo("1000.00"))
                .body("recharges[0].originalRouteAvailable", equalTo(true))
                .body("recharges[0].originalRouteUntil", equalTo(r.routeUntil.toString()))
                .body("recharges[0].expectedArrival", equalTo("WITHIN_1_HOUR"))
                .body("reasons.RECHARGE", hasItem("OUTSIDE_ROUTE_WINDOW"))
                .body("reasons.NON_RECHARGE", hasItem("BILL_ADJUSTMENT"));

        String code = books.code(h);
        Response created = Api.as(h.customer()).body(original(r.id, "300.00", code)).post("/api/v1/withdrawals");
        created.then().statusCode(201).body("status", equalTo("APPROVED_AWAITING_PAYOUT")).body("amount", equalTo("300.00"));
        long id = ((Number) created.path("id")).longValue();

        assertEquals(Money.parse("700.00"), books.remainder(r.id));
        assertEquals(Money.parse("700.00"), books.cash(h.accountId()));
        assertEquals(1, books.ledgerWithdrawals(h.accountId()));
        Api.as(h.customer()).get("/api/v1/withdrawals/" + id).then().statusCode(200)
                .body("route", equalTo("ORIGINAL")).body("expectedArrival", equalTo("WITHIN_1_HOUR"));
        Api.as(h.customer()).get("/api/v1/withdrawals").then().statusCode(200).body("total", equalTo(1))
                .body("items[0].id", equalTo((int) id));

        // the mail of the status, in the account's language, through the outbox
        List<String> subjects = books.mailSubjects(h.accountId());
        assertEquals(1, subjects.size(), subjects.toString());
        assertTrue(subjects.get(0).contains("业务执行成功，待打款"), subjects.get(0));
        assertTrue(books.mailTexts(h.accountId()).get(0).contains("/withdrawals/" + id));

        // the payout fails: the money comes back, and the mail says why
        withdrawals.recordPayout(id, false, PayoutFailure.ACCOUNT_INFO_WRONG, null);
        assertEquals(Money.parse("1000.00"), books.cash(h.accountId()));
        assertEquals(Money.parse("1000.00"), books.remainder(r.id));
        subjects = books.mailSubjects(h.accountId());
        assertEquals(2, subjects.size());
        assertTrue(subjects.get(1).contains("提现失败"), subjects.get(1));
        assertTrue(books.mailTexts(h.accountId()).get(1).contains("收款账户信息有误"));
        Api.as(h.customer()).get("/api/v1/withdrawals/" + id).then().body("failureCode", equalTo("ACCOUNT_INFO_WRONG"));
    }

    @Test
    void aDesignatedWithdrawalWaitsForReviewAndTakesProofs() {
        Holder h = books.holder();
        Recharge r = books.recharge(h, "500.00", "CCB", BankAccountType.PERSONAL);
        Response created = Api.as(h.customer()).body(designated(h, r.id, "200.00", books.code(h)))
                .post("/api/v1/withdrawals");
        created.then().statusCode(201).body("status", equalTo("UNDER_REVIEW"));
        long id = ((Number) created.path("id")).longValue();
        Api.as(h.customer()).get("/api/v1/withdrawals/" + id).then().statusCode(200)
                .body("payee.type", equalTo("BANK_CARD")).body("payee.account", equalTo("****7890"))
                .body("payee.bank", equalTo("ICBC")).body("payee.city", equalTo("杭州"))
                .body("expectedArrival", equalTo("BUSINESS_DAYS_7_15"));
        assertEquals(Money.parse("300.00"), books.cash(h.accountId()));

        String proofs = "/api/v1/withdrawals/" + id + "/proofs";
        Response proof = upload(h, proofs, "scan.png", PNG);
        proof.then().statusCode(201).body("contentType", equalTo("image/png")).body("name", equalTo("scan.png"));
        long proofId = ((Number) proof.path("id")).longValue();
        upload(h, proofs, "x.pdf", "just text, not a pdf".getBytes()).then().statusCode(415)
                .body("code", equalTo("PROOF_TYPE"));
        byte[] big = new byte[ProofFiles.MAX_BYTES + 1];
        System.arraycopy(PNG, 0, big, 0, PNG.length);
        upload(h, proofs, "big.png", big).then().statusCode(413).body("code", equalTo("PROOF_TOO_LARGE"));
        for (int i = 0; i < 4; i++) {
            upload(h, proofs, "p" + i + ".png", PNG).then().statusCode(201);
        }
        upload(h, proofs, "sixth.png", PNG).then().statusCode(409).body("code", equalTo("PROOF_TOO_MANY"));

        Response download = Api.as(h.customer()).get(proofs + "/" + proofId);
        download.then().statusCode(200).header("Content-Disposition", containsString("attachment"))
                .header("X-Content-Type-Options", equalTo("nosniff")).header("Content-Type", containsString("image/png"));

        Holder other = books.holder();
        Api.as(other.customer()).get(proofs + "/" + proofId).then().statusCode(404);
        Api.as(other.customer()).get("/api/v1/withdrawals/" + id).then().statusCode(404);
        upload(other, proofs, "mine.png", PNG).then().statusCode(404);

        // a rejection returns the money and says why in the mail
        withdrawals.reject(id, financeUserId(), "材料不全");
        assertEquals(Money.parse("500.00"), books.cash(h.accountId()));
        List<String> texts = books.mailTexts(h.accountId());
        assertEquals(2, texts.size());
        assertTrue(texts.get(1).contains("审批拒绝") && texts.get(1).contains("材料不全"), texts.get(1));
    }

    @Test
    void theOriginalRouteEndsWithTheBanksWindow() {
        window("ICBC", BankAccountType.PERSONAL, 30);
        window("CMB", BankAccountType.PERSONAL, 90);
        window("JSB", BankAccountType.ENTERPRISE, 30);
        window("CCB", BankAccountType.PERSONAL, 180);
    }

    /** Day N after the recharge the original route works, day N+1 it is refused but a designated account is not. */
    private void window(String bank, BankAccountType type, int days) {
        LocalDate today = LocalDate.now(java.time.Clock.systemUTC().withZone(zone));
        for (int age : new int[] {days, days + 1}) {
            Holder h = books.holder();
            clock.moveTo(today.minusDays(age).atTime(12, 0).atZone(zone).toInstant());
            Recharge r = books.recharge(h, "100.00", bank, type);
            clock.reset();
            String code = books.code(h);
            Response answer = Api.as(h.customer()).body(original(r.id, "10.00", code)).post("/api/v1/withdrawals");
            if (age == days) {
                answer.then().statusCode(201);
            } else {
                answer.then().statusCode(409).body("code", equalTo("ORIGINAL_ROUTE_EXPIRED"));
                assertEquals(Money.parse("100.00"), books.cash(h.accountId()), bank + " day " + age);
                Api.as(h.customer()).get("/api/v1/withdrawals/options").then()
                        .body("recharges[0].originalRouteAvailable", equalTo(false));
                // the code was not used by the refusal: it still confirms the designated withdrawal
                Api.as(h.customer()).body(designated(h, r.id, "10.00", code)).post("/api/v1/withdrawals")
                        .then().statusCode(201).body("status", equalTo("UNDER_REVIEW"));
            }
        }
    }

    @Test
    void twoWithdrawalsAtOnceNeverTakeMoreThanIsWithdrawable() throws Exception {
        Holder h = books.holder();
        Recharge r = books.recharge(h, "100.00", "CCB", BankAccountType.PERSONAL);
        String code = books.code(h);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                calls.add(() -> Api.as(h.customer()).body(original(r.id, "60.00", code)).post("/api/v1/withdrawals")
                        .statusCode());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(calls)) {
                statuses.add(f.get());
            }
            assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
            assertEquals(1, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(Money.parse("40.00"), books.cash(h.accountId()));
        assertEquals(Money.parse("40.00"), books.remainder(r.id));
        assertEquals(1, books.withdrawals(h.accountId()));
    }

    @Test
    void theSameKeyTwiceIsOneWithdrawalAndARechargeGivesNoMoreThanItsRemainder() {
        Holder h = books.holder();
        Recharge first = books.recharge(h, "100.00", "CCB", BankAccountType.PERSONAL);
        books.recharge(h, "100.00", "CCB", BankAccountType.PERSONAL);
        Map<String, Object> body = original(first.id, "80.00", books.code(h));
        long id = ((Number) Api.as(h.customer()).body(body).post("/api/v1/withdrawals").then().statusCode(201)
                .extract().path("id")).longValue();
        Api.as(h.customer()).body(body).post("/api/v1/withdrawals").then().statusCode(201).body("id", equalTo((int) id));
        assertEquals(1, books.withdrawals(h.accountId()));
        assertEquals(Money.parse("120.00"), books.cash(h.accountId()));

        // 120 is withdrawable, but the first recharge has only 20 left
        clock.moveTo(clock.now().plusSeconds(61));
        Api.as(h.customer()).body(original(first.id, "20.01", books.code(h))).post("/api/v1/withdrawals").then()
                .statusCode(409).body("code", equalTo("AMOUNT_OVER_WITHDRAWABLE"));
        assertEquals(Money.parse("20.00"), books.remainder(first.id));
        assertEquals(Money.parse("120.00"), books.cash(h.accountId()));
    }

    @Test
    void withoutTheRightCodeNothingMoves() {
        Holder h = books.holder();
        Recharge r = books.recharge(h, "100.00", "CCB", BankAccountType.PERSONAL);
        Api.as(h.customer()).body(original(r.id, "10.00", null)).post("/api/v1/withdrawals").then()
                .statusCode(409).body("code", equalTo("SMS_CODE_NOT_SENT"));
        String code = books.code(h);
        String wrong = code.equals("000000") ? "111111" : "000000";
        Api.as(h.customer()).body(original(r.id, "10.00", wrong)).post("/api/v1/withdrawals").then()
                .statusCode(409).body("code", equalTo("SMS_CODE_INVALID"));
        assertEquals(0, books.withdrawals(h.accountId()));
        assertEquals(Money.parse("100.00"), books.cash(h.accountId()));
        assertEquals(Money.parse("100.00"), books.remainder(r.id));
        assertEquals(0, books.ledgerWithdrawals(h.accountId()));
    }

    @Test
    void anUnverifiedOrFrozenAccountCannotWithdraw() {
        Holder h = books.holder();
        Recharge r = books.recharge(h, "100.00", "CCB", BankAccountType.PERSONAL);
        String code = books.code(h);
        books.verify(h.accountId(), null);
        Api.as(h.customer()).body(original(r.id, "10.00", code)).post("/api/v1/withdrawals").then()
                .statusCode(409).body("code", equalTo("REAL_NAME_REQUIRED"));
        books.verify(h.accountId(), h.realName());
        books.status(h.accountId(), AccountStatus.FROZEN);
        Api.as(h.customer()).body(original(r.id, "10.00", code)).post("/api/v1/withdrawals").then()
                .statusCode(409).body("code", equalTo("ACCOUNT_FROZEN"));
        assertEquals(0, books.withdrawals(h.accountId()));
        assertEquals(Money.parse("100.00"), books.cash(h.accountId()));
    }

    @Test
    void badValuesAreRefusedWith400() {
        Holder h = books.holder();
        Recharge r = books.recharge(h, "100.00", "CCB", BankAccountType.PERSONAL);
        for (String field : List.of("kind", "route", "reason")) {
            Map<String, Object> body = original(r.id, "10.00", "123456");
            body.put(field, "NONSENSE");
            Api.as(h.customer()).body(body).post("/api/v1/withdrawals").then().statusCode(400)
                    .body("code", equalTo("INVALID_INPUT"));
        }
        Map<String, Object> body = designated(h, r.id, "10.00", "123456");
        body.put("payee", Map.of("type", "BANK_CARD", "account", "6222021234567890", "name", h.realName(),
                "branchId", 999_999_999));
        Api.as(h.customer()).body(body).post("/api/v1/withdrawals").then().statusCode(400);
        body.put("payee", Map.of("type", "CASH", "account", "x", "name", h.realName()));
        Api.as(h.customer()).body(body).post("/api/v1/withdrawals").then().statusCode(400);
        Map<String, Object> amount = original(r.id, "ten", "123456");
        Api.as(h.customer()).body(amount).post("/api/v1/withdrawals").then().statusCode(400);
        Api.as(h.customer()).body("{\"kind\":").post("/api/v1/withdrawals").then().statusCode(400);
        Api.as(h.customer()).get("/api/v1/withdrawals/abc").then().statusCode(404);
        assertEquals(0, books.withdrawals(h.accountId()));
    }

    @Test
    void aMasterSeesAndWithdrawsAMembersBalanceAndNobodyElseDoes() {
        Holder master = books.holder();
        Holder member = books.holder();
        Holder stranger = books.holder();
        transfers.link(member.accountId(), master.accountId());
        Recharge r = books.recharge(member, "100.00", "CCB", BankAccountType.PERSONAL);

        Api.as(master.customer()).queryParam("accountId", member.accountId()).get("/api/v1/withdrawals/options")
                .then().statusCode(200).body("withdrawable", equalTo("100.00")).body("realName", equalTo(member.realName()));
        Api.as(stranger.customer()).queryParam("accountId", member.accountId()).get("/api/v1/withdrawals/options")
                .then().statusCode(404);
        Api.as(member.customer()).queryParam("accountId", master.accountId()).get("/api/v1/withdrawals/options")
                .then().statusCode(404);

        // the code goes to the member's own security phone
        Api.as(master.customer()).body(Map.of("accountId", member.accountId())).post("/api/v1/withdrawals/sms-code")
                .then().statusCode(201);
        Map<String, Object> body = original(r.id, "30.00", books.lastCode(member.phone()));
        body.put("accountId", member.accountId());
        Map<String, Object> strangers = new HashMap<>(body);
        Api.as(stranger.customer()).body(strangers).post("/api/v1/withdrawals").then().statusCode(404);
        long id = ((Number) Api.as(master.customer()).body(body).post("/api/v1/withdrawals").then().statusCode(201)
                .extract().path("id")).longValue();
        assertEquals(Money.parse("70.00"), books.cash(member.accountId()));
        Api.as(master.customer()).get("/api/v1/withdrawals/" + id).then().statusCode(200)
                .body("accountId", equalTo((int) member.accountId()));
        Api.as(master.customer()).queryParam("accountId", member.accountId()).get("/api/v1/withdrawals").then()
                .statusCode(200).body("total", equalTo(1));
        Api.as(stranger.customer()).get("/api/v1/withdrawals/" + id).then().statusCode(404);
    }

    private static Response upload(Holder h, String path, String name, byte[] content) {
        return io.restassured.RestAssured.given().auth().preemptive().basic(h.username(), Fixtures.PASSWORD)
                .accept("application/json").multiPart("file", name, content, "application/octet-stream").post(path);
    }

    long financeUserId() {
        return books.userId(fixtures.staff(Role.FINANCE));
    }
}
