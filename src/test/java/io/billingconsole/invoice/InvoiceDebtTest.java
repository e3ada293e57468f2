package io.billingconsole.invoice;

import io.billingconsole.account.Role;
import io.billingconsole.funds.FundsService;
import io.billingconsole.shared.Money;
import io.billingconsole.support.Api;
import io.billingconsole.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Invoice debt (SPEC 14): a refund of an invoiced order records the invoiced part no longer consumed
 * as debt (frozen in the balance parts); offsets clear it and use the items up; a new application
 * offsets first and invoices only the rest, or is refused when its items do not cover the debt;
 * returning the invoice clears what it carried; finance undoes an offset within its month only.
 */
@QuarkusTest
class InvoiceDebtTest {

    private static final String INVOICES = "/api/v1/invoices";

    @Inject
    Fixtures fixtures;

    @Inject
    InvoiceBooks books;

    @Inject
    FundsService funds;

    /** A customer with an issued invoice for a paid order of 300 (cash). */
    private record Invoiced(Fixtures.Customer c, long title, long order, long invoiceId) {
    }

    private Invoiced invoiced(String finance) {
        Fixtures.Customer c = fixtures.customer("1000");
        long title = books.personalTitle(c);
        long order = books.paidOrder(c, "300", "0", "0", 60);
        long invoiceId = Api.as(c).body(InvoiceApiTest.apply(title, "GENERAL_E", order, false, "base"))
                .post(INVOICES).then().statusCode(201).extract().jsonPath().getLong("id");
        Api.as(finance).post("/api/v1/admin/invoices/" + invoiceId + "/issue").then().statusCode(200);
        return new Invoiced(c, title, order, invoiceId);
    }

    @Test
    void aRefundOfAnInvoicedOrderIsDebtAndAnOffsetClearsItAndUsesTheItemsUp() {
        String finance = fixtures.staff(Role.FINANCE);
        Invoiced x = invoiced(finance);
        Fixtures.Customer c = x.c();
        long refundId = books.refund(c, x.order(), "200", "0");

        JsonPath debt = Api.as(c).get("/api/v1/invoice-debt").then().statusCode(200).extract().jsonPath();
        assertEquals("200.00", debt.getString("total"));
        assertEquals(1, debt.getList("items").size());
        assertEquals(x.invoiceId(), debt.getLong("items[0].invoiceId"));
        assertEquals(x.order(), debt.getLong("items[0].orderId"));
        assertEquals(refundId, debt.getLong("items[0].refundId"));
        assertEquals("200.00", debt.getString("items[0].amount"));
        assertEquals("200.00", debt.getString("items[0].remaining"));
        assertEquals(Money.parse("200"), funds.parts(c.accountId()).invoiceDebt());
        // a second refund of the same order adds only what is new
        books.refund(c, x.order(), "50", "0");
        Api.as(c).get("/api/v1/invoice-debt").then().body("total", equalTo("250.00")).body("items", hasSize(2));

        // new consumption: 180 + 100; offsetting uses the oldest first, only what the debt needs
        long n1 = books.paidOrder(c, "180", "0", "0", 30);
        long n2 = books.paidOrder(c, "100", "0", "0", 20);
        Api.as(c).body(Map.of("items", List.of(Map.of("orderId", n2), Map.of("orderId", n1))))
                .post("/api/v1/invoice-debt/offset").then().statusCode(200)
                .body("offset", equalTo("250.00")).body("total", equalTo("0.00"));
        Api.as(c).get("/api/v1/invoice-debt").then().body("total", equalTo("0.00")).body("items", hasSize(0));
        assertEquals(Money.ZERO, funds.parts(c.accountId()).invoiceDebt());
        JsonPath left = Api.as(c).get(INVOICES + "/invoiceable").then().extract().jsonPath();
        assertEquals(List.of("30.00"), left.getList("items.amount"));
        assertEquals(n2, left.getLong("items[0].orderId"));
        Api.as(c).body(Map.of("items", List.of(Map.of("orderId", n2)))).post("/api/v1/invoice-debt/offset").then()
                .statusCode(409).body("code", equalTo("NOTHING_TO_OFFSET"));
    }

    @Test
    void aNewApplicationOffsetsTheDebtFirstAndIsRefusedWhenItsItemsDoNotCoverIt() {
        String finance = fixtures.staff(Role.FINANCE);
        Invoiced x = invoiced(finance);
        Fixtures.Customer c = x.c();
        books.refund(c, x.order(), "200", "0");
        long small = books.paidOrder(c, "150", "0", "0", 30);
        long big = books.paidOrder(c, "120", "0", "0", 20);
        long exact = books.paidOrder(c, "10", "0", "0", 10);

        // 150 does not cover 200: refused, nothing written
        Api.as(c).body(InvoiceApiTest.apply(x.title(), "GENERAL_E", small, false, "short")).post(INVOICES).then()
                .statusCode(409).body("code", equalTo("INVOICE_DEBT_OPEN"))
                .body("message", org.hamcrest.Matchers.containsString("/invoices/debt"));
        Api.as(c).get("/api/v1/invoice-debt").then().body("total", equalTo("200.00"));
        // by amount: needs the debt plus the amount from the oldest items
        Api.as(c).body(Map.of("titleId", x.title(), "kind", "GENERAL_E", "amount", "80.01", "email", "a@b.example",
                "idempotencyKey", "too-much")).post(INVOICES).then().statusCode(409)
                .body("code", equalTo("AMOUNT_OVER_INVOICEABLE"));

        // 150 + 120 = 270: 200 offsets the debt, 70 is invoiced
        JsonPath applied = Api.as(c).body(Map.of("titleId", x.title(), "kind", "GENERAL_E",
                        "items", List.of(Map.of("orderId", small), Map.of("orderId", big)), "email", "a@b.example",
                        "idempotencyKey", "cover")).post(INVOICES).then().statusCode(201)
                .body("offset", equalTo("200.00")).body("amount", equalTo("70.00")).extract().jsonPath();
        assertEquals(List.of("70.00"), applied.getList("invoice.items.amount"));
        assertEquals(big, applied.getLong("invoice.items[0].orderId"));
        long invoiceId = applied.getLong("id");
        assertEquals(200_00, books.count("select coalesce(sum(amount_fen), 0) from invoice_debt_offset where invoice_id = ?1",
                invoiceId));
        Api.as(c).get("/api/v1/invoice-debt").then().body("total", equalTo("0.00"));

        // when the items exactly cover a new debt, nothing is left and no invoice is made
        long invoiced2 = books.paidOrder(c, "40", "0", "0", 5);
        long second = Api.as(c).body(InvoiceApiTest.apply(x.title(), "GENERAL_E", invoiced2, false, "second"))
                .post(INVOICES).then().statusCode(201).extract().jsonPath().getLong("id");
        Api.as(finance).post("/api/v1/admin/invoices/" + second + "/issue").then().statusCode(200);
        books.refund(c, invoiced2, "10", "0");
        Api.as(c).get("/api/v1/invoice-debt").then().body("total", equalTo("10.00"));
        Api.as(c).body(InvoiceApiTest.apply(x.title(), "GENERAL_E", exact, false, "exact")).post(INVOICES).then()
                .statusCode(200).body("id", nullValue()).body("offset", equalTo("10.00")).body("amount", equalTo("0.00"));
        Api.as(c).get("/api/v1/invoice-debt").then().body("total", equalTo("0.00"));
    }

    @Test
    void returningTheInvoiceClearsTheDebtItCarried() {
        String finance = fixtures.staff(Role.FINANCE);
        Invoiced x = invoiced(finance);
        Fixtures.Customer c = x.c();
        books.refund(c, x.order(), "200", "0");
        long fresh = books.paidOrder(c, "60", "0", "0", 10);
        Api.as(c).body(Map.of("items", List.of(Map.of("orderId", fresh)))).post("/api/v1/invoice-debt/offset").then()
                .statusCode(200).body("total", equalTo("140.00"));
        Api.as(c).get(INVOICES + "/invoiceable").then().body("total", equalTo("0.00"));
        Api.as(c).body(Map.of("reason", "退订后重开")).post(INVOICES + "/" + x.invoiceId() + "/return").then()
                .statusCode(200);
        Api.as(c).get("/api/v1/invoice-debt").then().body("total", equalTo("140.00"));
        Api.as(finance).post("/api/v1/admin/invoices/" + x.invoiceId() + "/return/confirm").then().statusCode(200)
                .body("status", equalTo("RETURNED"));
        Api.as(c).get("/api/v1/invoice-debt").then().body("total", equalTo("0.00"));
        assertEquals(Money.ZERO, funds.parts(c.accountId()).invoiceDebt());
        assertEquals(1, books.count("select count(*) from invoice_debt where invoice_id = ?1 and cleared_by = 'RETURN'"
                + " and remaining_fen = 0 and cleared_at is not null", x.invoiceId()));
        // what was really consumed (300 - 200) can be invoiced again, and the offset is released
        Api.as(c).get(INVOICES + "/invoiceable").then().body("total", equalTo("160.00"));
        long offsetId = books.lastOffsetOf(c.accountId());
        Api.as(fixtures.staff(Role.FINANCE)).post("/api/v1/admin/invoice-debt/offsets/" + offsetId + "/undo").then()
                .statusCode(409).body("code", equalTo("DEBT_OFFSET_ALREADY_UNDONE"));
    }

    @Test
    void financeUndoesAnOffsetWithinItsMonthOnlyWithAnAuditEntry() {
        String finance = fixtures.staff(Role.FINANCE);
        Invoiced x = invoiced(finance);
        Fixtures.Customer c = x.c();
        books.refund(c, x.order(), "100", "0");
        long fresh = books.paidOrder(c, "60", "0", "0", 10);
        Api.as(c).body(Map.of("items", List.of(Map.of("orderId", fresh)))).post("/api/v1/invoice-debt/offset").then()
                .statusCode(200).body("offset", equalTo("60.00")).body("total", equalTo("40.00"));
        long offsetId = books.lastOffsetOf(c.accountId());

        Api.as(c).post("/api/v1/admin/invoice-debt/offsets/" + offsetId + "/undo").then().statusCode(403);
        Api.as(finance).get("/api/v1/admin/invoice-debt/offsets").then().statusCode(200);
        Api.as(finance).post("/api/v1/admin/invoice-debt/offsets/" + offsetId + "/undo").then().statusCode(200)
                .body("amount", equalTo("60.00"));
        Api.as(c).get("/api/v1/invoice-debt").then().body("total", equalTo("100.00"));
        Api.as(c).get(INVOICES + "/invoiceable").then().body("items[0].orderId", equalTo((int) fresh))
                .body("items[0].amount", equalTo("60.00"));
        Api.as(finance).post("/api/v1/admin/invoice-debt/offsets/" + offsetId + "/undo").then().statusCode(409)
                .body("code", equalTo("DEBT_OFFSET_ALREADY_UNDONE"));
        assertEquals(1, books.count("select count(*) from audit_log where action = 'INVOICE_DEBT_OFFSET_UNDONE'"
                + " and target = 'invoice debt offset ' || ?1 || ' account " + c.accountId() + "'", offsetId));

        // an offset from last month stays
        Api.as(c).body(Map.of("items", List.of(Map.of("orderId", fresh)))).post("/api/v1/invoice-debt/offset").then()
                .statusCode(200);
        long older = books.lastOffsetOf(c.accountId());
        books.backdateOffset(older, 40);
        Api.as(finance).post("/api/v1/admin/invoice-debt/offsets/" + older + "/undo").then().statusCode(409)
                .body("code", equalTo("DEBT_OFFSET_MONTH_CLOSED"));
        Api.as(finance).post("/api/v1/admin/invoice-debt/offsets/987654321/undo").then().statusCode(404);
        Api.as(c).get("/api/v1/invoice-debt").then().body("total", equalTo("40.00"));
    }
}
