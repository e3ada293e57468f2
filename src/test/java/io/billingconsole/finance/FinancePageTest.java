package io.billingconsole.finance;

import io.billingconsole.account.Role;
import io.billingconsole.support.Api;
import io.billingconsole.support.ConsoleSession;
import io.billingconsole.support.Fixtures;
import io.billingconsole.support.PageText;
import io.billingconsole.withdrawal.Withdrawal;
import io.billingconsole.withdrawal.WithdrawalStatus;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The finance pages: only finance gets in; the queue, a request's detail with its proofs; approve,
 * reject and payout-result forms with their refusals shown in the user's language (409/400, never a
 * 500); the audit log of finance actions.
 */
@QuarkusTest
class FinancePageTest {

    private static final byte[] PDF = "%PDF-1.4\n% finance page test\n".getBytes();

    @Inject
    Fixtures fixtures;

    @Inject
    WithdrawalBooks books;

    @Test
    void onlyFinanceOpensTheFinancePages() {
        WithdrawalBooks.Withdrawer who = books.withdrawer("300", "6222000022221111");
        Withdrawal w = books.designated(who, "10", "alipay-page-1111");
        ConsoleSession customer = ConsoleSession.loggedIn(who.customer().username(), Fixtures.PASSWORD);
        ConsoleSession operator = ConsoleSession.loggedIn(fixtures.staff(Role.OPERATOR), Fixtures.PASSWORD);
        for (String path : List.of("/finance", "/finance/withdrawals", "/finance/withdrawals/" + w.id, "/finance/audit")) {
            assertEquals(403, customer.get(path).statusCode(), path);
            assertEquals(403, operator.get(path).statusCode(), path);
        }
        assertEquals(403, customer.post("/finance/withdrawals/" + w.id + "/approve", Map.of()).statusCode());
        assertEquals(403, operator.post("/finance/withdrawals/" + w.id + "/reject", Map.of("reason", "x")).statusCode());
        assertEquals(WithdrawalStatus.UNDER_REVIEW, books.reload(w.id).status);

        ConsoleSession finance = ConsoleSession.loggedIn(fixtures.staff(Role.FINANCE), Fixtures.PASSWORD);
        Response home = finance.get("/finance");
        assertEquals(200, home.statusCode());
        assertTrue(home.asString().contains("财务工作台"));
        assertTrue(home.asString().contains("href=\"/finance/withdrawals?status=UNDER_REVIEW\""));
        assertTrue(home.asString().contains("href=\"/finance/audit\""));
        assertTrue(home.asString().contains("href=\"/finance/remittances\""));
        assertEquals(404, finance.get("/finance/withdrawals/987654321").statusCode());
        assertEquals(404, finance.get("/finance/withdrawals/x1").statusCode());
    }

    @Test
    void theQueueMasksThePayeeAndTheDetailShowsItWithTheProofsAndTheRisk() {
        WithdrawalBooks.Withdrawer who = books.withdrawer("500", "6222000022222222");
        books.sameNameOverdue(who);
        Withdrawal w = books.designated(who, "123.45", "alipay-page-2222");
        long proof = books.proof(who, w, "营业执照 scan.pdf", PDF);
        String financeUser = fixtures.staff(Role.FINANCE);
        ConsoleSession finance = ConsoleSession.loggedIn(financeUser, Fixtures.PASSWORD);

        String list = finance.get("/finance/withdrawals?status=UNDER_REVIEW&page=" + lastQueuePage(financeUser)).asString();
        String row = PageText.row(list, "data-withdrawal", w.id);
        assertTrue(row.contains("¥123.45"), row);
        assertTrue(row.contains("****2222"), row);
        assertFalse(row.contains("alipay-page-2222"), row);
        assertTrue(row.contains("class=\"badge risk\""), row);
        assertTrue(row.contains("同名账户欠费逾期"), row);
        assertTrue(row.contains("0/1 人已审批"), row);
        assertTrue(row.contains("审批中"), row);

        String detail = finance.get("/finance/withdrawals/" + w.id).asString();
        assertTrue(detail.contains("alipay-page-2222"), "the full payee account for finance");
        assertTrue(detail.contains(who.realName()));
        assertTrue(detail.contains("营业执照 scan.pdf"));
        assertTrue(detail.contains("href=\"/finance/withdrawals/" + w.id + "/proofs/" + proof + "\""));
        assertTrue(detail.contains("同名账户欠费逾期"));
        assertTrue(detail.contains("原充值账户已注销或无法收款"));
        assertTrue(detail.contains("data-testid=\"withdrawable\"><strong>¥376.55</strong>"), "balance parts");
        assertTrue(PageText.hasRow(detail, "data-recent", w.id));
        assertTrue(detail.contains("action=\"/finance/withdrawals/" + w.id + "/approve\""));
        assertTrue(detail.contains("name=\"csrf_token\""));

        Response download = finance.get("/finance/withdrawals/" + w.id + "/proofs/" + proof);
        assertEquals(200, download.statusCode());
        assertEquals("application/pdf", download.contentType());
        String disposition = download.header("Content-Disposition");
        assertTrue(disposition.startsWith("attachment; filename=\"proof-" + proof + ".pdf\""), disposition);
        assertTrue(disposition.contains("filename*=UTF-8''%E8%90%A5%E4%B8%9A%E6%89%A7%E7%85%A7%20scan.pdf"), disposition);
        assertEquals("nosniff", download.header("X-Content-Type-Options"));
        assertArrayEquals(PDF, download.asByteArray());
        assertEquals(404, finance.get("/finance/withdrawals/" + w.id + "/proofs/987654321").statusCode());
        Withdrawal other = books.designated(books.withdrawer("100", "6222000022229999"), "5", "alipay-other-9999");
        assertEquals(404, finance.get("/finance/withdrawals/" + other.id + "/proofs/" + proof).statusCode());
        ConsoleSession owner = ConsoleSession.loggedIn(who.customer().username(), Fixtures.PASSWORD);
        assertEquals(403, owner.get("/finance/withdrawals/" + w.id + "/proofs/" + proof).statusCode());
    }

    @Test
    void approvingTwiceIsAStaleFormAndSaysSo() {
        WithdrawalBooks.Withdrawer who = books.withdrawer("300", "6222000022223333");
        Withdrawal w = books.designated(who, "30", "alipay-page-3333");
        ConsoleSession finance = ConsoleSession.loggedIn(fixtures.staff(Role.FINANCE), Fixtures.PASSWORD);

        Response approved = finance.post("/finance/withdrawals/" + w.id + "/approve", Map.of());
        assertEquals(303, approved.statusCode());
        assertEquals("/finance/withdrawals/" + w.id + "?done=approved", approved.header("Location"));
        String after = finance.get("/finance/withdrawals/" + w.id + "?done=approved").asString();
        assertTrue(after.contains("已审批通过，等待打款。"));
        assertTrue(after.contains("业务执行成功，待打款"));
        assertTrue(after.contains("action=\"/finance/withdrawals/" + w.id + "/payout-result\""));

        Response again = finance.post("/finance/withdrawals/" + w.id + "/approve", Map.of());
        assertEquals(409, again.statusCode());
        assertTrue(again.asString().contains("提现申请 " + w.id + " 已不在审批中"), again.asString());
        Response late = finance.post("/finance/withdrawals/" + w.id + "/reject", Map.of("reason", "太晚了"));
        assertEquals(409, late.statusCode());
        assertTrue(late.asString().contains("已不在审批中"));

        assertEquals(303, finance.post("/language", Map.of("lang", "en")).statusCode());
        Response english = finance.post("/finance/withdrawals/" + w.id + "/approve", Map.of());
        assertEquals(409, english.statusCode());
        assertTrue(english.asString().contains("Withdrawal " + w.id + " is no longer under review"), english.asString());
        assertEquals(1, books.audit(w).size());
    }

    @Test
    void aSecondApprovalMustComeFromSomebodyElse() {
        WithdrawalBooks.Withdrawer who = books.withdrawer("9000", "6222000022224444");
        Withdrawal w = books.designated(who, "5000.01", "alipay-page-4444");
        ConsoleSession first = ConsoleSession.loggedIn(fixtures.staff(Role.FINANCE), Fixtures.PASSWORD);
        ConsoleSession second = ConsoleSession.loggedIn(fixtures.staff(Role.FINANCE), Fixtures.PASSWORD);

        assertTrue(first.get("/finance/withdrawals/" + w.id).asString().contains("金额超过 ¥5000.00，须由两位不同的财务人员审批。"));
        Response one = first.post("/finance/withdrawals/" + w.id + "/approve", Map.of());
        assertEquals("/finance/withdrawals/" + w.id + "?done=first_approval", one.header("Location"));
        Response twice = first.post("/finance/withdrawals/" + w.id + "/approve", Map.of());
        assertEquals(409, twice.statusCode());
        assertTrue(twice.asString().contains("您已审批过该申请，需由另一位财务人员复核"));
        assertTrue(twice.asString().contains("1/2 人已审批"));
        Response two = second.post("/finance/withdrawals/" + w.id + "/approve", Map.of());
        assertEquals("/finance/withdrawals/" + w.id + "?done=approved", two.header("Location"));
        assertEquals(WithdrawalStatus.APPROVED_AWAITING_PAYOUT, books.reload(w.id).status);
    }

    @Test
    void aRejectionWithoutAReasonIsShownAgainAndWithOneReturnsTheMoney() {
        WithdrawalBooks.Withdrawer who = books.withdrawer("300", "6222000022225555");
        Withdrawal w = books.designated(who, "40", "alipay-page-5555");
        ConsoleSession finance = ConsoleSession.loggedIn(fixtures.staff(Role.FINANCE), Fixtures.PASSWORD);

        Response blank = finance.post("/finance/withdrawals/" + w.id + "/reject", Map.of("reason", " "));
        assertEquals(400, blank.statusCode());
        assertTrue(blank.asString().contains("请填写拒绝原因"));
        Response tooLong = finance.post("/finance/withdrawals/" + w.id + "/reject", Map.of("reason", "长".repeat(501)));
        assertEquals(400, tooLong.statusCode());
        Response rejected = finance.post("/finance/withdrawals/" + w.id + "/reject", Map.of("reason", "Payee differs from the real name"));
        assertEquals("/finance/withdrawals/" + w.id + "?done=rejected", rejected.header("Location"));
        String page = finance.get("/finance/withdrawals/" + w.id + "?done=rejected").asString();
        assertTrue(page.contains("已拒绝，金额已退回客户余额。"));
        assertTrue(page.contains("Payee differs from the real name"));
        assertFalse(page.contains("/finance/withdrawals/" + w.id + "/approve"), "no forms on a finished request");
        assertEquals("300.00", books.cash(who.accountId()).toPlainString());
        assertEquals(1, books.entries(w.id, "WITHDRAWAL_RETURN"));
    }

    @Test
    void aPayoutResultIsRecordedByHandAndShownInTheAuditLog() {
        WithdrawalBooks.Withdrawer who = books.withdrawer("300", "6222000022226666");
        Withdrawal w = books.designated(who, "60", "alipay-page-6666");
        String financeUser = fixtures.staff(Role.FINANCE);
        ConsoleSession finance = ConsoleSession.loggedIn(financeUser, Fixtures.PASSWORD);
        assertEquals(303, finance.post("/finance/withdrawals/" + w.id + "/approve", Map.of()).statusCode());

        Response noCode = finance.post("/finance/withdrawals/" + w.id + "/payout-result", Map.of("result", "FAILED", "failureCode", ""));
        assertEquals(400, noCode.statusCode());
        assertTrue(noCode.asString().contains("请选择打款失败原因"));
        Response noResult = finance.post("/finance/withdrawals/" + w.id + "/payout-result", Map.of("failureCode", "NAME_MISMATCH"));
        assertEquals(400, noResult.statusCode());
        Response failed = finance.post("/finance/withdrawals/" + w.id + "/payout-result",
                Map.of("result", "FAILED", "failureCode", "NAME_MISMATCH"));
        assertEquals("/finance/withdrawals/" + w.id + "?done=payout_recorded", failed.header("Location"));
        String page = finance.get("/finance/withdrawals/" + w.id).asString();
        assertTrue(page.contains("收款人姓名与账户不符"));
        assertTrue(page.contains("提现失败"));
        Response again = finance.post("/finance/withdrawals/" + w.id + "/payout-result", Map.of("result", "SUCCEEDED"));
        assertEquals(409, again.statusCode());
        assertTrue(again.asString().contains("不在待打款状态"));
        assertEquals(1, books.entries(w.id, "WITHDRAWAL_RETURN"));
        assertEquals("300.00", books.cash(who.accountId()).toPlainString());

        String audit = finance.get("/finance/audit").asString();
        String target = "withdrawal " + w.id + " account " + who.accountId();
        List<String> rows = Arrays.stream(audit.split("<tr ")).filter(r -> r.contains(target)).toList();
        assertEquals(2, rows.size(), audit);
        assertTrue(rows.get(0).startsWith("data-audit=\"WITHDRAWAL_PAYOUT_RECORDED\""), "newest first: " + rows.get(0));
        assertTrue(rows.get(0).contains(financeUser));
        assertTrue(rows.get(0).contains("打款结果已记录") || rows.get(0).contains("FAILED NAME_MISMATCH"), rows.get(0));
        assertTrue(rows.get(1).startsWith("data-audit=\"WITHDRAWAL_APPROVED\""), rows.get(1));
    }

    /** The last page of the queue under review (oldest first: a new request is at the end). */
    private static int lastQueuePage(String financeUser) {
        int total = Api.as(financeUser).queryParam("status", "UNDER_REVIEW").get("/api/v1/admin/withdrawals")
                .then().statusCode(200).extract().jsonPath().getInt("total");
        return Math.max(1, (total + 19) / 20);
    }
}
