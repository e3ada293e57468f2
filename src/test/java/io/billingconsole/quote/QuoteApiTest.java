package io.billingconsole.quote;

import io.billingconsole.resource.CloudResource;
import io.billingconsole.resource.RenewalTerm;
import io.billingconsole.shared.Money;
import io.billingconsole.support.Api;
import io.billingconsole.support.Books;
import io.billingconsole.support.Fixtures;
import io.billingconsole.support.Fixtures.Customer;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class QuoteApiTest {

    @Inject
    Fixtures fixtures;

    @Inject
    Books books;

    @Inject
    ZoneId zone;

    @Test
    void aQuoteOfThreeProductsIsPricedLikeTheRenewalOrderAndChargesNothing() throws Exception {
        Customer me = fixtures.customer("5000");
        CloudResource a = fixtures.resource(me, "ECS", "web-1", 5);
        CloudResource b = fixtures.resource(me, "ECS", "web-2", 8);
        CloudResource c = fixtures.resource(me, "RDS", "db-1", 5);
        CloudResource d = fixtures.resource(me, "DOMAIN", "example.cn", 40);
        Money cashBefore = books.cashBalance(me.accountId());
        Money ledgerBefore = books.ledgerCashSum(me.accountId());
        Object[] items = {Map.of("resourceId", a.id, "months", 1), Map.of("resourceId", b.id, "months", 12),
                Map.of("resourceId", c.id, "months", 2), Map.of("resourceId", d.id, "months", 24)};

        var created = Api.as(me).body(Map.of("items", items)).post("/api/v1/quotes").then().statusCode(201)
                .header("Location", containsString("/api/v1/quotes/"))
                .body("number", matchesPattern("Q\\d{14}"))
                .body("lines.resourceId", containsInAnyOrder(a.id.intValue(), b.id.intValue(), c.id.intValue(), d.id.intValue()))
                .body("lines.months", containsInAnyOrder(1, 12, 2, 24))
                .body("lines.productName", hasItems("云服务器 ECS", "云数据库 RDS"))
                .extract();
        int id = created.path("id");
        String number = created.path("number");
        String total = created.path("total");
        List<String> expiries = created.path("lines.expiryAfter");
        assertTrue(expiries.stream().allMatch(e -> e != null), "every line has its new expiry");

        assertEquals(0, books.orderCount(me.accountId()), "a quote creates no order");
        assertEquals(cashBefore, books.cashBalance(me.accountId()), "nothing charged");
        assertEquals(ledgerBefore, books.ledgerCashSum(me.accountId()), "no ledger entry");
        for (CloudResource r : List.of(a, b, c, d)) {
            assertEquals(r.expiresAt, books.expiry(r.id), "nothing renewed");
        }

        Api.as(me).get("/api/v1/quotes/" + id).then().statusCode(200)
                .body("number", equalTo(number)).body("total", equalTo(total));

        // the same selection as a renewal order costs exactly the quote's total
        String orderAmount = Api.as(me).body(Map.of("items", items)).post("/api/v1/renewals").then().statusCode(201)
                .extract().path("amount");
        assertEquals(orderAmount, total);
        // the new expiry is the one a paid renewal gives (RenewalTerm)
        String newA = Api.as(me).get("/api/v1/quotes/" + id).then().extract()
                .path("lines.find { it.resourceId == " + a.id + " }.expiryAfter");
        assertEquals(RenewalTerm.extend(a.expiresAt, 1, zone), OffsetDateTime.parse(newA).toInstant());

        // CSV: BOM, header, every line, total
        byte[] csv = Api.as(me).accept("text/csv").get("/api/v1/quotes/" + id + ".csv").then().statusCode(200)
                .header("Content-Type", containsString("text/csv"))
                .header("Content-Disposition", containsString(number + ".csv"))
                .extract().asByteArray();
        assertEquals((byte) 0xEF, csv[0]);
        assertEquals((byte) 0xBB, csv[1]);
        assertEquals((byte) 0xBF, csv[2]);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        assertTrue(text.contains(number), text);
        assertTrue(text.contains("询价单号"), text);
        assertTrue(text.contains("续费后到期时间"), text);
        for (String name : List.of("web-1", "web-2", "db-1", "example.cn")) {
            assertTrue(text.contains(name), name + " in " + text);
        }
        assertTrue(text.contains("云数据库 RDS"), text);
        assertTrue(text.lines().anyMatch(l -> l.startsWith("合计") && l.contains(total)), text);
        assertTrue(text.contains("不会续费"), text);

        // PDF: the number and a Chinese product name
        byte[] pdf = Api.as(me).accept("application/pdf").get("/api/v1/quotes/" + id + ".pdf").then().statusCode(200)
                .header("Content-Type", containsString("application/pdf"))
                .extract().asByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String pdfText = new PDFTextStripper().getText(doc);
            assertTrue(pdfText.contains(number), pdfText);
            assertTrue(pdfText.contains("云数据库 RDS"), pdfText);
            assertTrue(pdfText.contains(total), pdfText);
            // the first page as a reader sees it, for the screenshots folder; ink on it, not a blank page
            BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(0, 96);
            Path png = Path.of("target", "screenshots", "quote-pdf.png");
            Files.createDirectories(png.getParent());
            ImageIO.write(image, "png", png.toFile());
            long dark = 0;
            for (int y = 0; y < image.getHeight(); y += 2) {
                for (int x = 0; x < image.getWidth(); x += 2) {
                    dark += (image.getRGB(x, y) & 0xff) < 128 ? 1 : 0;
                }
            }
            assertTrue(dark > 1000, "the rendered PDF page has " + dark + " dark sample points");
        }
    }

    @Test
    void anotherAccountsQuoteIsNotFound() {
        Customer me = fixtures.customer("0");
        Customer other = fixtures.customer("0");
        CloudResource mine = fixtures.resource(me, "ECS", 5);
        int id = Api.as(me).body(Map.of("resourceIds", new long[]{mine.id}, "months", 1))
                .post("/api/v1/quotes").then().statusCode(201).body("total", equalTo("99.00")).extract().path("id");

        Api.as(other).get("/api/v1/quotes/" + id).then().statusCode(404).body("code", equalTo("QUOTE_NOT_FOUND"));
        Api.as(other).accept("text/csv").get("/api/v1/quotes/" + id + ".csv").then().statusCode(404);
        Api.as(other).accept("application/pdf").get("/api/v1/quotes/" + id + ".pdf").then().statusCode(404);
        Api.as(me).get("/api/v1/quotes/999999999").then().statusCode(404);
    }

    @Test
    void badSelectionsAreRefusedWithTheRenewalReasons() {
        Customer me = fixtures.customer("0");
        Customer other = fixtures.customer("0");
        CloudResource released = fixtures.resource(me, "ECS", -20);
        CloudResource payg = fixtures.payg(me, "ECS");
        CloudResource domain = fixtures.resource(me, "DOMAIN", 40);
        CloudResource theirs = fixtures.resource(other, "ECS", 5);

        Api.as(me).body(Map.of("resourceIds", new long[]{released.id}, "months", 1))
                .post("/api/v1/quotes").then().statusCode(409).body("code", equalTo("RESOURCE_RELEASED"));
        Api.as(me).body(Map.of("resourceIds", new long[]{payg.id}, "months", 1))
                .post("/api/v1/quotes").then().statusCode(409).body("code", equalTo("PAYG_NOT_RENEWABLE"));
        Api.as(me).body(Map.of("resourceIds", new long[]{domain.id}, "months", 1))
                .post("/api/v1/quotes").then().statusCode(400).body("code", equalTo("INVALID_DURATION"));
        Api.as(me).body(Map.of("resourceIds", new long[]{}, "months", 1))
                .post("/api/v1/quotes").then().statusCode(400).body("code", equalTo("EMPTY_SELECTION"));
        Api.as(me).body(Map.of("resourceIds", new long[]{theirs.id}, "months", 1))
                .post("/api/v1/quotes").then().statusCode(404).body("code", equalTo("RESOURCE_NOT_FOUND"));
        Api.as(me).body("{\"resourceIds\":[1],\"months\":\"x\"}").post("/api/v1/quotes").then().statusCode(400);
        assertEquals(0L, books.count("select count(*) from quote where account_id = " + me.accountId()));
    }
}
