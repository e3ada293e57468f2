package io.billingconsole.invoice;

import io.billingconsole.account.Role;
import io.billingconsole.support.Api;
import io.billingconsole.support.Fixtures;
import io.billingconsole.support.MailServer;
import io.billingconsole.support.Outbox;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Invoices through the API (SPEC 14): titles and their validation, what is invoiceable (orders, bills,
 * refunds, vouchers left out), applications by items and by amount, two applications at once,
 * cancel, finance issue (number, PDF), reject and return, mails, and other accounts' ids.
 */
@QuarkusTest
class InvoiceApiTest {

    private static final String INVOICES = "/api/v1/invoices";
    private static final String ADMIN = "/api/v1/admin/invoices";

    @Inject
    Fixtures fixtures;

    @Inject
    InvoiceBooks books;

    @Inject
    Outbox outbox;

    @Test
    void titlesAreValidatedAndSpecialInvoicesNeedAFullEnterpriseTitle() {
        Fixtures.Customer c = fixtures.customer("0");
        Api.as(c).body(Map.of("type", "ENTERPRISE", "name", "某某公司", "taxId", "91110108551385082A"))
                .post("/api/v1/invoice-titles").then().statusCode(400).body("code", equalTo("TAX_ID_INVALID"));
        Api.as(c).body(Map.of("type", "ENTERPRISE", "name", "某某公司"))
                .post("/api/v1/invoice-titles").then().statusCode(400).body("code", equalTo("TAX_ID_INVALID"));
        Api.as(c).body(Map.of("type", "COMPANY", "name", "x")).post("/api/v1/invoice-titles").then().statusCode(400)
                .body("code", equalTo("INVALID_INPUT"));
        Api.as(c).body(Map.of("type", "PERSONAL", "name", " ")).post("/api/v1/invoice-titles").then().statusCode(400)
                .body("code", equalTo("INVOICE_TITLE_NAME_REQUIRED"));
        Api.as(c).body(Map.of("name", "x")).post("/api/v1/invoice-titles").then().statusCode(400)
                .body("code", equalTo("INVOICE_TITLE_TYPE_REQUIRED"));
        Api.as(c).body(Map.of("type", "PERSONAL", "name", "x".repeat(101))).post("/api/v1/invoice-titles").then()
                .statusCode(400);
        // lower case and spaces are normalised
        long bare = Api.as(c).body(Map.of("type", "ENTERPRISE", "name", "腾讯", "taxId", "9144 0300 7152 6726 xg"))
                .post("/api/v1/invoice-titles").then().statusCode(201).body("taxId", equalTo("9144030071526726XG"))
                .body("specialAllowed", equalTo(false)).extract().jsonPath().getLong("id");
        long full = books.enterpriseTitle(c);
        long personal = books.personalTitle(c);
        Api.as(c).get("/api/v1/invoice-titles").then().statusCode(200).body("items", hasSize(3));

        long order = books.paidOrder(c, "100", "0", "0", 5);
        Api.as(c).body(apply(bare, "SPECIAL", order, "k1")).post(INVOICES).then().statusCode(409)
                .body("code", equalTo("SPECIAL_NEEDS_ENTERPRISE"));
        Api.as(c).body(apply(personal, "SPECIAL", order, "k2")).post(INVOICES).then().statusCode(409)
                .body("code", equalTo("SPECIAL_NEEDS_ENTERPRISE"));
        Api.as(c).body(apply(full, "SPECIAL", order, "k3")).post(INVOICES).then().statusCode(201)
                .body("amount", equalTo("100.00")).body("invoice.titleTaxId", equalTo("91110108551385082Q"));

        Api.as(c).delete("/api/v1/invoice-titles/" + personal).then().statusCode(204);
        Api.as(c).get("/api/v1/invoice-titles").then().body("items", hasSize(2));
        Api.as(c).body(apply(personal, "GENERAL_E", order, "k4")).post(INVOICES).then().statusCode(404)
                .body("code", equalTo("INVOICE_TITLE_NOT_FOUND"));
    }

    @Test
    void invoiceableCountsCashAndCreditLessRefundsInvoicesAndOffsetsNeverVouchers() {
        Fixtures.Customer c = fixtures.customer("0");
        long old = books.paidOrder(c, "60", "40", "25", 50);        // 100 invoiceable, the voucher part never
        long refunded = books.paidOrder(c, "80", "0", "0", 40);
        long onlyVoucher = books.paidOrder(c, "0", "0", "30", 30);
        books.unpaidOrder(c, "70");
        long bill = books.bill(c, "300", "120", 20);                 // partly paid: 120
        books.bill(c, "50", "0", 10);                                // unpaid: nothing
        books.refund(c, refunded, "30", "0");

        JsonPath found = Api.as(c).get(INVOICES + "/invoiceable").then().statusCode(200).extract().jsonPath();
        assertEquals("270.00", found.getString("total"));
        assertEquals("0.00", found.getString("debt"));
        assertEquals(List.of((int) old, (int) refunded), found.getList("items.orderId").subList(0, 2).stream()
                .map(o -> ((Number) o).intValue()).toList());
        assertEquals(List.of("100.00", "50.00", "120.00"), found.getList("items.amount"));
        assertEquals((int) bill, found.getInt("items[2].billId"));
        assertTrue(found.getList("items.orderId").stream().noneMatch(o -> o != null && ((Number) o).longValue() == onlyVoucher));
    }

    @Test
    void applyingByItemsTakesTheirWholeAmountAndByAmountTakesTheOldestFirst() {
        Fixtures.Customer c = fixtures.customer("0");
        long title = books.personalTitle(c);
        long a = books.paidOrder(c, "100", "0", "0", 30);
        long b = books.paidOrder(c, "50", "0", "0", 20);
        long bill = books.bill(c, "80", "80", 10);

        Response byItems = Api.as(c).body(Map.of("titleId", title, "kind", "GENERAL_E",
                        "items", List.of(Map.of("billId", bill)), "email", "fin@acme.example", "idempotencyKey", "items-1"))
                .post(INVOICES);
        byItems.then().statusCode(201).body("status", equalTo("PENDING_REVIEW")).body("amount", equalTo("80.00"))
                .body("offset", equalTo("0.00")).body("invoice.items[0].billId", equalTo((int) bill));
        long first = byItems.jsonPath().getLong("id");
        // the same key again answers the same invoice
        Api.as(c).body(Map.of("titleId", title, "kind", "GENERAL_E",
                        "items", List.of(Map.of("billId", bill)), "email", "fin@acme.example", "idempotencyKey", "items-1"))
                .post(INVOICES).then().statusCode(201).body("id", equalTo((int) first));
        // the bill is invoiced now
        Api.as(c).body(apply(title, "GENERAL_E", bill, true, "items-2")).post(INVOICES).then().statusCode(409)
                .body("code", equalTo("NOT_INVOICEABLE"));

        Response byAmount = Api.as(c).body(Map.of("titleId", title, "kind", "GENERAL_E", "amount", "120.00",
                "email", "fin@acme.example", "idempotencyKey", "amount-1")).post(INVOICES);
        byAmount.then().statusCode(201).body("amount", equalTo("120.00"))
                .body("invoice.items.orderId", equalTo(List.of((int) a, (int) b)))
                .body("invoice.items.amount", equalTo(List.of("100.00", "20.00")));
        Api.as(c).get(INVOICES + "/invoiceable").then().body("total", equalTo("30.00"))
                .body("items[0].orderId", equalTo((int) b)).body("items[0].amount", equalTo("30.00"));
        Api.as(c).body(Map.of("titleId", title, "kind", "GENERAL_E", "amount", "30.01", "email", "fin@acme.example",
                "idempotencyKey", "amount-2")).post(INVOICES).then().statusCode(409)
                .body("code", equalTo("AMOUNT_OVER_INVOICEABLE"));
        Api.as(c).body(Map.of("titleId", title, "kind", "GENERAL_E", "amount", "10", "items", List.of(Map.of("orderId", b)),
                "email", "fin@acme.example", "idempotencyKey", "both")).post(INVOICES).then().statusCode(400)
                .body("code", equalTo("INVOICE_ITEMS_OR_AMOUNT"));
        Api.as(c).body(Map.of("titleId", title, "kind", "GENERAL_E", "amount", "10", "email", "not-mail",
                "idempotencyKey", "bad-mail")).post(INVOICES).then().statusCode(400)
                .body("code", equalTo("INVOICE_EMAIL_INVALID"));

        // cancel while pending gives the money back to invoiceable; twice is refused
        Api.as(c).post(INVOICES + "/" + first + "/cancel").then().statusCode(200).body("status", equalTo("CANCELLED"));
        Api.as(c).post(INVOICES + "/" + first + "/cancel").then().statusCode(409)
                .body("code", equalTo("INVOICE_NOT_PENDING"));
        Api.as(c).get(INVOICES + "/invoiceable").then().body("total", equalTo("110.00"));
        Api.as(c).get(INVOICES).then().statusCode(200).body("total", equalTo(2));
    }

    @Test
    void twoApplicationsAtOnceInvoiceTheSameMoneyOnce() throws Exception {
        Fixtures.Customer c = fixtures.customer("0");
        long title = books.personalTitle(c);
        long order = books.paidOrder(c, "100", "0", "0", 5);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                String key = "race-" + i;
                Callable<Integer> call = () -> {
                    start.await();
                    return Api.as(c).body(apply(title, "GENERAL_E", order, false, key)).post(INVOICES).statusCode();
                };
                results.add(pool.submit(call));
            }
            start.countDown();
            List<Integer> codes = new ArrayList<>();
            for (Future<Integer> f : results) {
                codes.add(f.get());
            }
            codes.sort(Integer::compareTo);
            assertEquals(List.of(201, 409), codes);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(100_00, books.count("select coalesce(sum(ii.amount_fen), 0) from invoice_item ii join invoice i"
                + " on i.id = ii.invoice_id where i.account_id = ?1", c.accountId()));
    }

    @Test
    void financeIssuesWithANumberAndAPdfRejectsAndConfirmsReturnsAndTheCustomerIsMailed() throws Exception {
        Fixtures.Customer c = fixtures.customer("0");
        Fixtures.Customer other = fixtures.customer("0");
        String finance = fixtures.staff(Role.FINANCE);
        long title = books.enterpriseTitle(c);
        long a = books.paidOrder(c, "88.80", "0", "0", 20);
        long b = books.paidOrder(c, "10", "0", "0", 10);
        String mail = c.username() + "-invoices@example.com";
        long toIssue = Api.as(c).body(Map.of("titleId", title, "kind", "SPECIAL", "items", List.of(Map.of("orderId", a)),
                "email", mail, "idempotencyKey", "i1")).post(INVOICES).then().statusCode(201).extract().jsonPath().getLong("id");
        long toReject = Api.as(c).body(Map.of("titleId", title, "kind", "GENERAL_E", "items", List.of(Map.of("orderId", b)),
                "email", mail, "idempotencyKey", "i2")).post(INVOICES).then().statusCode(201).extract().jsonPath().getLong("id");

        Api.as(c).get(ADMIN).then().statusCode(403);
        Api.as(fixtures.staff(Role.OPERATOR)).post(ADMIN + "/" + toIssue + "/issue").then().statusCode(403);
        Api.as(c).get(INVOICES + "/" + toIssue + "/pdf").then().statusCode(404);
        JsonPath queue = Api.as(finance).queryParam("size", "100").get(ADMIN).then().statusCode(200).extract().jsonPath();
        assertTrue(queue.getList("items.status").stream().allMatch(s -> s.equals("PENDING_REVIEW") || s.equals("RETURN_REQUESTED")));

        JsonPath issued = Api.as(finance).post(ADMIN + "/" + toIssue + "/issue").then().statusCode(200)
                .body("status", equalTo("ISSUED")).extract().jsonPath();
        String number = issued.getString("number");
        assertTrue(number.matches("\\d{12}"), number);
        Api.as(finance).post(ADMIN + "/" + toIssue + "/issue").then().statusCode(409)
                .body("code", equalTo("INVOICE_NOT_PENDING"));
        Api.as(c).post(INVOICES + "/" + toIssue + "/cancel").then().statusCode(409);

        byte[] pdf = Api.as(c).accept("application/pdf").get(INVOICES + "/" + toIssue + "/pdf").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        assertTrue(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1).startsWith("%PDF"));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains(number), text);
            assertTrue(text.contains("88.80"), text);
            assertTrue(text.contains("91110108551385082Q"), text);
            assertTrue(text.contains("增值税专用发票") && text.contains("杭州测试科技有限公司"), text);
        }
        Api.as(other).accept("application/pdf").get(INVOICES + "/" + toIssue + "/pdf").then().statusCode(404);
        Api.as(other).get(INVOICES + "/" + toIssue).then().statusCode(404).body("code", equalTo("INVOICE_NOT_FOUND"));
        Api.as(other).post(INVOICES + "/" + toIssue + "/cancel").then().statusCode(404);
        Api.as(other).body(Map.of("reason", "x")).post(INVOICES + "/" + toIssue + "/return").then().statusCode(404);
        Api.as(other).body(apply(title, "GENERAL_E", b, false, "steal")).post(INVOICES).then().statusCode(404)
                .body("code", equalTo("INVOICE_TITLE_NOT_FOUND"));
        Api.as(other).get("/api/v1/invoice-titles/" + title).then().statusCode(404);
        Api.as(other).delete("/api/v1/invoice-titles/" + title).then().statusCode(404);

        Api.as(finance).body(Map.of("reason", "")).post(ADMIN + "/" + toReject + "/reject").then().statusCode(400)
                .body("code", equalTo("INVOICE_REASON_REQUIRED"));
        Api.as(finance).body(Map.of("reason", "抬头与付款方不一致")).post(ADMIN + "/" + toReject + "/reject").then()
                .statusCode(200).body("status", equalTo("REJECTED")).body("rejectReason", equalTo("抬头与付款方不一致"));

        // return: requested, refused with a reason (ISSUED again), requested again, confirmed
        Api.as(c).body(Map.of("reason", "")).post(INVOICES + "/" + toIssue + "/return").then().statusCode(400);
        Api.as(c).body(Map.of("reason", "抬头填错")).post(INVOICES + "/" + toIssue + "/return").then().statusCode(200)
                .body("status", equalTo("RETURN_REQUESTED"));
        Api.as(finance).body(Map.of("reason", "已认证抵扣，不能退")).post(ADMIN + "/" + toIssue + "/return/refuse").then()
                .statusCode(200).body("status", equalTo("ISSUED")).body("returnRefusal", equalTo("已认证抵扣，不能退"));
        Api.as(finance).post(ADMIN + "/" + toIssue + "/return/confirm").then().statusCode(409)
                .body("code", equalTo("INVOICE_NOT_RETURN_REQUESTED"));
        Api.as(c).body(Map.of("reason", "抬头填错")).post(INVOICES + "/" + toIssue + "/return").then().statusCode(200);
        Api.as(finance).post(ADMIN + "/" + toIssue + "/return/confirm").then().statusCode(200)
                .body("status", equalTo("RETURNED")).body("number", equalTo(number));
        // both orders are invoiceable again
        Api.as(c).get(INVOICES + "/invoiceable").then().body("total", equalTo("98.80"));

        List<MimeMessage> mails = outbox.drainedMailsTo(c.accountId(), mail);
        List<String> subjects = new ArrayList<>();
        for (MimeMessage m : mails) {
            subjects.add(m.getSubject());
        }
        assertTrue(subjects.contains("发票 " + number + "：已开具"), subjects.toString());
        assertTrue(subjects.contains("发票 " + number + "：已退票"), subjects.toString());
        assertTrue(subjects.stream().anyMatch(s -> s.endsWith("：已驳回")), subjects.toString());
        MimeMessage issuedMail = mails.stream().filter(m -> subject(m).equals("发票 " + number + "：已开具")).findFirst()
                .orElseThrow();
        assertTrue(MailServer.part(issuedMail, "text/plain").contains("/invoices/" + toIssue + "/pdf"));
        MimeMessage rejected = mails.stream().filter(m -> subject(m).endsWith("：已驳回")).findFirst().orElseThrow();
        assertTrue(MailServer.part(rejected, "text/plain").contains("抬头与付款方不一致"));
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> apply(long title, String kind, long orderId, String key) {
        return apply(title, kind, orderId, false, key);
    }

    static Map<String, Object> apply(long title, String kind, long id, boolean bill, String key) {
        Map<String, Object> body = new HashMap<>();
        body.put("titleId", title);
        body.put("kind", kind);
        body.put("items", List.of(Map.of(bill ? "billId" : "orderId", id)));
        body.put("email", "fin@acme.example");
        body.put("idempotencyKey", key);
        return body;
    }
}
