package io.billingconsole.finance;

import io.billingconsole.account.Role;
import io.billingconsole.shared.DomainException;
import io.billingconsole.support.Api;
import io.billingconsole.support.Fixtures;
import io.billingconsole.withdrawal.Withdrawal;
import io.billingconsole.withdrawal.WithdrawalError;
import io.billingconsole.withdrawal.WithdrawalService;
import io.billingconsole.withdrawal.WithdrawalStatus;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The finance API beside the operators' {@code /api/v1/admin}: the queue, approvals (two different
 * approvers above the limit, never one's own request), rejection and payout results that return the
 * money exactly once, and the audit entry of each action.
 */
@QuarkusTest
class FinanceApiTest {

    private static final String BASE = "/api/v1/admin/withdrawals";

    @Inject
    Fixtures fixtures;

    @Inject
    WithdrawalBooks books;

    @Inject
    WithdrawalService withdrawals;

    @Test
    void onlyFinanceReachesTheWithdrawalApiAndTheOperatorsAdminApiStillAnswers() {
        WithdrawalBooks.Withdrawer who = books.withdrawer("300", "6222000011112222");
        Withdrawal w = books.designated(who, "100", "alipay-payee-1234");
        String operator = fixtures.staff(Role.OPERATOR);
        String finance = fixtures.staff(Role.FINANCE);

        Api.as(who.customer()).get(BASE).then().statusCode(403);
        Api.as(who.customer()).post(BASE + "/" + w.id + "/approve").then().statusCode(403);
        Api.as(operator).get(BASE).then().statusCode(403);
        Api.as(operator).post(BASE + "/" + w.id + "/reject").then().statusCode(403);
        Api.as(finance).post("/api/v1/admin/accounts").then().statusCode(403);

        // both classes keep their own sub-paths under /api/v1/admin
        String username = "finapi" + System.nanoTime() % 1_000_000_000L;
        Api.as(operator).body(Map.of("username", username, "password", "long-enough-pass-1", "email", username + "@acme.example",
                        "displayName", "F API"))
                .post("/api/v1/admin/accounts").then().statusCode(201).body("username", equalTo(username));
        Api.as(operator).get("/api/v1/admin/audit").then().statusCode(200);
        Api.as(finance).get(BASE + "/" + w.id).then().statusCode(200).body("id", equalTo(w.id.intValue()));
        Api.as(finance).post(BASE + "/987654321/approve").then().statusCode(404)
                .body("code", equalTo("WITHDRAWAL_NOT_FOUND"));
        Api.as(finance).post(BASE + "/abc/approve").then().statusCode(404);
        Api.as(finance).queryParam("status", "NOPE").get(BASE).then().statusCode(400).body("code", equalTo("INVALID_INPUT"));
    }

    @Test
    void theQueueListsARequestUnderReviewWithItsPayeeMasked() {
        WithdrawalBooks.Withdrawer who = books.withdrawer("300", "6222000011113333");
        Withdrawal w = books.designated(who, "120.50", "alipay-payee-7788");
        String finance = fixtures.staff(Role.FINANCE);

        JsonPath page = Api.as(finance).queryParam("status", "UNDER_REVIEW").queryParam("size", "100")
                .queryParam("page", "1").get(BASE).then().statusCode(200).extract().jsonPath();
        int total = page.getInt("total");
        int pages = (total + 99) / 100;
        JsonPath last = pages <= 1 ? page : Api.as(finance).queryParam("status", "UNDER_REVIEW").queryParam("size", "100")
                .queryParam("page", String.valueOf(pages)).get(BASE).then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> items = last.getList("items");
        Map<String, Object> mine = items.stream().filter(i -> ((Number) i.get("id")).longValue() == w.id).findFirst()
                .orElseThrow(() -> new AssertionError("withdrawal " + w.id + " not on the last page of the queue"));
        assertEquals("120.50", mine.get("amount"));
        assertEquals("UNDER_REVIEW", mine.get("status"));
        assertEquals("DESIGNATED", mine.get("route"));
        assertEquals("RECHARGE", mine.get("kind"));
        assertEquals("ORIGINAL_ACCOUNT_CLOSED", mine.get("reason"));
        assertEquals(false, mine.get("needsTwoApprovals"));
        @SuppressWarnings("unchecked")
        Map<String, Object> payee = (Map<String, Object>) mine.get("payee");
        assertEquals("****7788", payee.get("account"));
        assertEquals(who.realName(), payee.get("name"));
        assertTrue(last.getList("items.status").stream().allMatch("UNDER_REVIEW"::equals));
    }

    @Test
    void aLargeRequestNeedsTwoDifferentApproversAndNobodyApprovesTwice() {
        WithdrawalBooks.Withdrawer who = books.withdrawer("8000", "6222000011114444");
        Withdrawal w = books.designated(who, "6000", "alipay-payee-4444");
        String first = fixtures.staff(Role.FINANCE);
        String second = fixtures.staff(Role.FINANCE);
        long firstId = books.userId(first);
        long secondId = books.userId(second);
        assertTrue(w.needsTwoApprovals);

        Api.as(first).post(BASE + "/" + w.id + "/approve").then().statusCode(200)
                .body("status", equalTo("UNDER_REVIEW"))
                .body("firstApprovedBy", equalTo((int) firstId))
                .body("approvedBy", nullValue());
        Api.as(first).post(BASE + "/" + w.id + "/approve").then().statusCode(409)
                .body("code", equalTo("ALREADY_APPROVED_BY_YOU"))
                .body("message", equalTo("您已审批过该申请，需由另一位财务人员复核"));
        Api.as(second).post(BASE + "/" + w.id + "/approve").then().statusCode(200)
                .body("status", equalTo("APPROVED_AWAITING_PAYOUT"))
                .body("firstApprovedBy", equalTo((int) firstId))
                .body("approvedBy", equalTo((int) secondId));
        // a stale form or a double submit
        Api.as(second).post(BASE + "/" + w.id + "/approve").then().statusCode(409).body("code", equalTo("NOT_UNDER_REVIEW"));
        Api.as(first).body(Map.of("reason", "late")).post(BASE + "/" + w.id + "/reject").then().statusCode(409)
                .body("code", equalTo("NOT_UNDER_REVIEW"));

        assertEquals(List.of("WITHDRAWAL_FIRST_APPROVAL " + first, "WITHDRAWAL_APPROVED " + second), books.audit(w));
    }

    @Test
    void nobodyApprovesTheirOwnRequest() {
        WithdrawalBooks.Withdrawer who = books.withdrawer("300", "6222000011115555");
        Withdrawal w = books.designated(who, "50", "alipay-payee-5555");

        DomainException refused = assertThrows(DomainException.class, () -> withdrawals.approve(w.id, who.userId()));
        assertEquals(WithdrawalError.OWN_REQUEST, refused.code());
        DomainException notRejected = assertThrows(DomainException.class,
                () -> withdrawals.reject(w.id, who.userId(), "mine"));
        assertEquals(WithdrawalError.OWN_REQUEST, notRejected.code());
        assertEquals(WithdrawalStatus.UNDER_REVIEW, books.reload(w.id).status);
    }

    @Test
    void aRejectionNeedsAReasonAndReturnsTheMoneyOnce() {
        WithdrawalBooks.Withdrawer who = books.withdrawer("300", "6222000011116666");
        Withdrawal w = books.designated(who, "80", "alipay-payee-6666");
        String finance = fixtures.staff(Role.FINANCE);
        assertEquals("220.00", books.cash(who.accountId()).toPlainString());

        Api.as(finance).body(Map.of("reason", "  ")).post(BASE + "/" + w.id + "/reject").then().statusCode(400)
                .body("code", equalTo("REJECT_REASON_REQUIRED"));
        Api.as(finance).post(BASE + "/" + w.id + "/reject").then().statusCode(400)
                .body("code", equalTo("REJECT_REASON_REQUIRED"));
        Api.as(finance).body(Map.of("reason", "证明文件不清晰")).post(BASE + "/" + w.id + "/reject").then().statusCode(200)
                .body("status", equalTo("REJECTED")).body("rejectReason", equalTo("证明文件不清晰"));
        Api.as(finance).body(Map.of("reason", "again")).post(BASE + "/" + w.id + "/reject").then().statusCode(409)
                .body("code", equalTo("NOT_UNDER_REVIEW"));
        Api.as(finance).post(BASE + "/" + w.id + "/approve").then().statusCode(409);

        assertEquals("300.00", books.cash(who.accountId()).toPlainString());
        assertEquals(1, books.entries(w.id, "WITHDRAWAL"));
        assertEquals(1, books.entries(w.id, "WITHDRAWAL_RETURN"));
        assertEquals(List.of("WITHDRAWAL_REJECTED " + finance), books.audit(w));
    }

    @Test
    void aPayoutResultIsRecordedOnceAndAFailureReturnsTheMoneyOnce() {
        WithdrawalBooks.Withdrawer who = books.withdrawer("300", "6222000011117777");
        Withdrawal w = books.designated(who, "90", "alipay-payee-7777");
        String finance = fixtures.staff(Role.FINANCE);
        String other = fixtures.staff(Role.FINANCE);

        Api.as(finance).body(Map.of("result", "FAILED", "failureCode", "BANK_INFO_WRONG"))
                .post(BASE + "/" + w.id + "/payout-result").then().statusCode(409).body("code", equalTo("NOT_AWAITING_PAYOUT"));
        Api.as(finance).post(BASE + "/" + w.id + "/approve").then().statusCode(200).body("status", equalTo("APPROVED_AWAITING_PAYOUT"));
        Api.as(other).body(Map.of("result", "FAILED")).post(BASE + "/" + w.id + "/payout-result").then().statusCode(400)
                .body("code", equalTo("FAILURE_CODE_REQUIRED"));
        Api.as(other).body(Map.of("result", "MAYBE")).post(BASE + "/" + w.id + "/payout-result").then().statusCode(400)
                .body("code", equalTo("INVALID_INPUT"));
        Api.as(other).body(Map.of("result", "FAILED", "failureCode", "NOT_A_CODE"))
                .post(BASE + "/" + w.id + "/payout-result").then().statusCode(400).body("code", equalTo("INVALID_INPUT"));
        Api.as(other).body(Map.of("result", "FAILED", "failureCode", "BANK_INFO_WRONG"))
                .post(BASE + "/" + w.id + "/payout-result").then().statusCode(200)
                .body("status", equalTo("FAILED")).body("failureCode", equalTo("BANK_INFO_WRONG"));
        Api.as(other).body(Map.of("result", "SUCCEEDED")).post(BASE + "/" + w.id + "/payout-result").then().statusCode(409)
                .body("code", equalTo("NOT_AWAITING_PAYOUT"));

        assertEquals("300.00", books.cash(who.accountId()).toPlainString());
        assertEquals(1, books.entries(w.id, "WITHDRAWAL_RETURN"));
        assertEquals(List.of("WITHDRAWAL_APPROVED " + finance, "WITHDRAWAL_PAYOUT_RECORDED " + other), books.audit(w));
    }

    @Test
    void aSucceededPayoutKeepsTheMoneyOut() {
        WithdrawalBooks.Withdrawer who = books.withdrawer("300", "6222000011118888");
        Withdrawal w = books.designated(who, "70", "alipay-payee-8888");
        String finance = fixtures.staff(Role.FINANCE);
        Api.as(finance).post(BASE + "/" + w.id + "/approve").then().statusCode(200);
        Api.as(finance).body(Map.of("result", "SUCCEEDED")).post(BASE + "/" + w.id + "/payout-result").then()
                .statusCode(200).body("status", equalTo("SUCCEEDED")).body("failureCode", nullValue());
        assertEquals("230.00", books.cash(who.accountId()).toPlainString());
        assertEquals(0, books.entries(w.id, "WITHDRAWAL_RETURN"));
    }
}
