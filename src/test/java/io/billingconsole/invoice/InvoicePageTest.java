package io.billingconsole.invoice;

import io.billingconsole.account.Role;
import io.billingconsole.support.Api;
import io.billingconsole.support.Fixtures;
import io.billingconsole.support.RawFormSession;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The invoice forms without a browser: refusals show the page again with the reason (and change
 * nothing), a double submit of one form applies once, the customer's cancel and return, finance's
 * reject, return confirm and refusal, and another account's ids answer 404.
 */
@QuarkusTest
class InvoicePageTest {

    @Inject
    Fixtures fixtures;

    @Inject
    InvoiceBooks books;

    @Test
    void customerFormsRefuseWithTheReasonAndApplyOnce() {
        Fixtures.Customer c = fixtures.customer("0");
        long title = books.personalTitle(c);
        long order = books.paidOrder(c, "45", "0", "0", 5);
        RawFormSession session = RawFormSession.loggedIn(c.username(), Fixtures.PASSWORD);
        assertEquals(200, session.get("/invoices").statusCode());

        Response none = session.post("/invoices", "titleId=" + title + "&kind=GENERAL_E&email=a%40b.example&idempotencyKey=f1");
        assertEquals(400, none.statusCode());
        assertTrue(none.asString().contains("请勾选可开票项目，或填写开票金额（二选一）"), none.asString());
        Response badKind = session.post("/invoices", "titleId=" + title + "&kind=PAPER&item=O" + order
                + "&email=a%40b.example&idempotencyKey=f2");
        assertEquals(400, badKind.statusCode());
        Response badTick = session.post("/invoices", "titleId=" + title + "&kind=GENERAL_E&item=X" + order
                + "&email=a%40b.example&idempotencyKey=f3");
        assertEquals(400, badTick.statusCode());
        assertEquals(0, books.count("select count(*) from invoice where account_id = ?1", c.accountId()));

        String form = "titleId=" + title + "&kind=GENERAL_E&item=O" + order + "&email=a%40b.example&idempotencyKey=same";
        Response applied = session.post("/invoices", form);
        assertEquals(303, applied.statusCode());
        assertTrue(applied.header("Location").endsWith("/invoices?done=applied"), applied.header("Location"));
        assertEquals(303, session.post("/invoices", form).statusCode());
        assertEquals(1, books.count("select count(*) from invoice where account_id = ?1", c.accountId()));
        long invoiceId = books.count("select max(id) from invoice where account_id = ?1", c.accountId());

        Fixtures.Customer other = fixtures.customer("0");
        RawFormSession stranger = RawFormSession.loggedIn(other.username(), Fixtures.PASSWORD);
        stranger.get("/invoices");
        assertEquals(404, stranger.post("/invoices/" + invoiceId + "/cancel", "").statusCode());
        assertEquals(404, stranger.get("/invoices/" + invoiceId + "/pdf").statusCode());
        assertEquals(404, stranger.post("/invoices/titles/" + title + "/delete", "").statusCode());

        session.get("/invoices");
        assertEquals(303, session.post("/invoices/" + invoiceId + "/cancel", "").statusCode());
        Response again = session.post("/invoices/" + invoiceId + "/cancel", "");
        assertEquals(409, again.statusCode());
        assertTrue(again.asString().contains("已不在待审核状态"), again.asString());

        session.get("/invoices/titles");
        Response badTitle = session.post("/invoices/titles", "type=ENTERPRISE&name=Acme&taxId=123");
        assertEquals(400, badTitle.statusCode());
        assertTrue(badTitle.asString().contains("不是有效的 18 位统一社会信用代码"), badTitle.asString());
        assertTrue(badTitle.asString().contains("value=\"Acme\""), "the typed name stays");
        assertEquals(303, session.post("/invoices/titles", "type=ENTERPRISE&name=Acme&taxId=91110108551385082Q")
                .statusCode());

        session.get("/invoices/debt");
        Response nothing = session.post("/invoices/debt/offset", "item=O" + order);
        assertEquals(409, nothing.statusCode());
        assertTrue(nothing.asString().contains("没有需要抵扣的欠票"), nothing.asString());
    }

    @Test
    void financeRejectsConfirmsAndRefusesReturnsOnThePage() {
        Fixtures.Customer c = fixtures.customer("0");
        long title = books.personalTitle(c);
        long a = books.paidOrder(c, "20", "0", "0", 10);
        long b = books.paidOrder(c, "30", "0", "0", 5);
        long toReject = Api.as(c).body(InvoiceApiTest.apply(title, "GENERAL_E", a, false, "p1")).post("/api/v1/invoices")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        long toReturn = Api.as(c).body(InvoiceApiTest.apply(title, "GENERAL_E", b, false, "p2")).post("/api/v1/invoices")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        String finance = fixtures.staff(Role.FINANCE);
        RawFormSession desk = RawFormSession.loggedIn(finance, Fixtures.PASSWORD);
        Response list = desk.get("/finance/invoices");
        assertEquals(200, list.statusCode());
        assertTrue(list.asString().contains("data-invoice=\"" + toReject + "\""));
        assertTrue(desk.get("/finance").asString().contains("href=\"/finance/invoices\""));

        Response noReason = desk.post("/finance/invoices/" + toReject + "/reject", "reason=");
        assertEquals(400, noReason.statusCode());
        assertTrue(noReason.asString().contains("请填写原因"));
        Response rejected = desk.post("/finance/invoices/" + toReject + "/reject", "reason=amount+is+wrong");
        assertEquals(303, rejected.statusCode(), rejected.asString());
        Api.as(c).get("/api/v1/invoices/" + toReject).then().body("status", equalTo("REJECTED"))
                .body("rejectReason", equalTo("amount is wrong"));

        desk.get("/finance/invoices");
        assertEquals(303, desk.post("/finance/invoices/" + toReturn + "/issue", "").statusCode());
        assertEquals(200, desk.get("/finance/invoices/" + toReturn + "/pdf").statusCode());
        RawFormSession session = RawFormSession.loggedIn(c.username(), Fixtures.PASSWORD);
        session.get("/invoices");
        Response pdf = session.get("/invoices/" + toReturn + "/pdf");
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.contentType());
        assertEquals(303, session.post("/invoices/" + toReturn + "/return", "reason=wrong").statusCode());
        desk.get("/finance/invoices");
        assertEquals(303, desk.post("/finance/invoices/" + toReturn + "/return/refuse", "reason=no").statusCode());
        Api.as(c).get("/api/v1/invoices/" + toReturn).then().body("status", equalTo("ISSUED"))
                .body("returnRefusal", equalTo("no"));
        session.get("/invoices");
        assertEquals(303, session.post("/invoices/" + toReturn + "/return", "reason=wrong").statusCode());
        desk.get("/finance/invoices");
        assertEquals(303, desk.post("/finance/invoices/" + toReturn + "/return/confirm", "").statusCode());
        Api.as(c).get("/api/v1/invoices/" + toReturn).then().body("status", equalTo("RETURNED"));
        Response stale = desk.post("/finance/invoices/" + toReturn + "/return/confirm", "");
        assertEquals(409, stale.statusCode());
        assertEquals(404, desk.post("/finance/invoices/987654321/issue", "").statusCode());
    }
}
