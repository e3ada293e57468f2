package io.billingconsole.quote;

import io.billingconsole.support.Api;
import io.billingconsole.support.Books;
import io.billingconsole.support.Eventually;
import io.billingconsole.support.Fixtures;
import io.billingconsole.support.Fixtures.Customer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 12, large quotes: 10,000 lines built in the background with progress, streamed as CSV and PDF. */
@QuarkusTest
class QuoteLargeApiTest {

    @Inject
    Fixtures fixtures;

    @Inject
    Books books;

    @Inject
    EntityManager em;

    @Inject
    DataSource dataSource;

    @Inject
    ZoneId zone;

    @Test
    void tenThousandLinesAreBuiltInTheBackgroundWithProgressAndStreamedAsCsvAndPdf() throws Exception {
        Customer me = fixtures.customer("0");
        Customer other = fixtures.customer("0");
        List<Long> ecs = bulk(me, "ECS", "bulk-ecs-", 9_000, 9_900);
        List<Long> rds = bulk(me, "RDS", "bulk-rds-", 1_000, 19_900);
        List<Long> ids = new ArrayList<>(ecs);
        ids.addAll(rds);
        String expiryBefore = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(fixtures.midnight(30).atZone(zone));

        JsonPath created;
        // the lines cannot be written while the test holds this lock: the quote is seen PREPARING, deterministically
        try (Connection blocker = lockQuoteLines()) {
            created = JsonPath.from(Api.as(me).body(Map.of("resourceIds", ids, "months", 2)).post("/api/v1/quotes")
                    .then().statusCode(202).body("status", equalTo("PREPARING")).body("linesTotal", equalTo(10_000))
                    .extract().asString());
            int id = created.getInt("id");
            Api.as(me).get("/api/v1/quotes/" + id).then().statusCode(200)
                    .body("status", equalTo("PREPARING")).body("linesDone", equalTo(0)).body("linesTotal", equalTo(10_000));
            Api.as(me).accept("text/csv").get("/api/v1/quotes/" + id + ".csv").then().statusCode(409)
                    .body("code", equalTo("QUOTE_NOT_READY"));
            Api.as(me).accept("application/pdf").get("/api/v1/quotes/" + id + ".pdf").then().statusCode(409)
                    .body("code", equalTo("QUOTE_NOT_READY"));
            blocker.rollback();
        }
        int id = created.getInt("id");
        String number = created.getString("number");
        JsonPath ready = Eventually.value(() -> JsonPath.from(Api.as(me).get("/api/v1/quotes/" + id).then()
                .statusCode(200).extract().asString()), j -> !"PREPARING".equals(j.getString("status")), "the quote is built");
        assertEquals("READY", ready.getString("status"), ready.prettify());
        assertEquals(10_000, ready.getInt("linesDone"));
        assertEquals(10_000, ready.getInt("linesTotal"));
        // what RenewalService.price charges: the monthly price times the months, per line
        String total = "2180000.00";                              // 9,000 × 198.00 + 1,000 × 398.00
        assertEquals(total, ready.getString("total"));
        assertEquals(QuoteService.INSTANT_LINES, ready.getList("lines").size(), "the JSON has the first lines");
        assertTrue(ready.getBoolean("linesTruncated"));
        assertEquals(0, books.orderCount(me.accountId()), "a quote creates no order");
        // CSV: BOM, every line once in the selection's order, the total
        byte[] csv = Api.as(me).accept("text/csv").get("/api/v1/quotes/" + id + ".csv").then().statusCode(200)
                .extract().asByteArray();
        assertEquals((byte) 0xEF, csv[0], "UTF-8 BOM");
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        List<CSVRecord> records = CSVFormat.DEFAULT.parse(new StringReader(text)).getRecords();
        assertEquals(number, records.get(0).get(1));
        int header = 0;
        while (!records.get(header).get(0).equals("资源 ID")) {
            header++;
        }
        List<CSVRecord> lines = records.subList(header + 1, records.size() - 1);
        assertEquals(10_000, lines.size());
        List<Long> csvIds = lines.stream().map(r -> Long.parseLong(r.get(0))).toList();
        assertEquals(ids, csvIds, "every line, in the selection's order");
        assertEquals("bulk-ecs-00001", lines.get(0).get(1));
        assertEquals("198.00", lines.get(0).get(5));
        assertEquals(expiryBefore, lines.get(0).get(6));
        assertEquals("bulk-rds-01000", lines.get(9_999).get(1));
        assertEquals("398.00", lines.get(9_999).get(5));
        CSVRecord last = records.get(records.size() - 1);
        assertEquals("合计（元）", last.get(0));
        assertEquals(total, last.get(5));

        // the same lines ordered as a renewal (at most 100 at a time) cost what the quote says they cost
        List<Long> some = new ArrayList<>(ids.subList(8_950, 9_050));          // 50 ECS and 50 RDS
        String orderAmount = Api.as(me).body(Map.of("resourceIds", some, "months", 2)).post("/api/v1/renewals")
                .then().statusCode(201).extract().path("amount");
        long quotedFen = lines.subList(8_950, 9_050).stream()
                .mapToLong(r -> Long.parseLong(r.get(5).replace(".", ""))).sum();
        assertEquals(orderAmount, String.format("%d.%02d", quotedFen / 100, quotedFen % 100));

        // PDF: head with the number and total on the first page, the first line; the last line, the total and
        // the foot on the last page
        byte[] pdf = Api.as(me).accept("application/pdf").get("/api/v1/quotes/" + id + ".pdf").then().statusCode(200)
                .extract().asByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int pages = doc.getNumberOfPages();
            assertTrue(pages > 100, pages + " pages");
            String first = text(doc, 1, 1);
            // the product name in the user's language (English labels when the CJK font is not installed)
            assertTrue(first.contains(number) && first.contains(total) && first.contains("bulk-ecs-00001")
                    && first.contains("ECS"), first);
            String end = text(doc, pages - 1, pages);
            assertTrue(end.contains("bulk-rds-01000") && end.contains(total)
                    && end.contains(number), end);
        }

        Api.as(other).get("/api/v1/quotes/" + id).then().statusCode(404).body("code", equalTo("QUOTE_NOT_FOUND"));
        Api.as(other).accept("text/csv").get("/api/v1/quotes/" + id + ".csv").then().statusCode(404);
        Api.as(other).accept("application/pdf").get("/api/v1/quotes/" + id + ".pdf").then().statusCode(404);
    }

    @Test
    void tooManyLinesOrAnotherAccountsResourceAreRefusedAtOnce() {
        Customer me = fixtures.customer("0");
        Customer other = fixtures.customer("0");
        List<Long> mine = bulk(me, "ECS", "mine-", 150, 9_900);
        List<Long> theirs = bulk(other, "ECS", "theirs-", 1, 9_900);

        long[] tooMany = LongStream.rangeClosed(1, QuoteService.MAX_LINES + 1).toArray();
        Api.as(me).body(Map.of("resourceIds", tooMany, "months", 1)).post("/api/v1/quotes").then().statusCode(400)
                .body("code", equalTo("QUOTE_TOO_LARGE")).body("message", equalTo(
                        "一张询价单最多 10000 个资源，本次选择了 10001 个；请缩小筛选范围"));

        List<Long> withTheirs = new ArrayList<>(mine);
        withTheirs.add(theirs.get(0));
        Api.as(me).body(Map.of("resourceIds", withTheirs, "months", 1)).post("/api/v1/quotes").then().statusCode(404)
                .body("code", equalTo("RESOURCE_NOT_FOUND"));
        List<Long> twice = new ArrayList<>(mine);
        twice.add(mine.get(0));
        Api.as(me).body(Map.of("resourceIds", twice, "months", 1)).post("/api/v1/quotes").then().statusCode(400)
                .body("code", equalTo("DUPLICATE_RESOURCE"));
        Api.as(me).body(Map.of("resourceIds", mine, "months", 10)).post("/api/v1/quotes").then().statusCode(400)
                .body("code", equalTo("INVALID_DURATION"));
        assertEquals(0L, books.count("select count(*) from quote where account_id = " + me.accountId()));
    }

    @Test
    void aResourceThatCannotBeRenewedFailsTheBuildWithItsReasonAndACrashedBuildIsRetried() {
        Customer me = fixtures.customer("0");
        List<Long> ids = new ArrayList<>(bulk(me, "ECS", "retry-", 150, 9_900));
        long released = fixtures.resource(me, "ECS", -20).id;
        List<Long> withReleased = new ArrayList<>(ids);
        withReleased.add(released);

        int failed = Api.as(me).body(Map.of("resourceIds", withReleased, "months", 1)).post("/api/v1/quotes")
                .then().statusCode(202).extract().path("id");
        JsonPath refused = Eventually.value(() -> JsonPath.from(Api.as(me).get("/api/v1/quotes/" + failed).then()
                .extract().asString()), j -> !"PREPARING".equals(j.getString("status")), "the build ends");
        assertEquals("FAILED", refused.getString("status"));
        assertEquals("RESOURCE_RELEASED", refused.getString("failure.code"));

        int id = Api.as(me).body(Map.of("resourceIds", ids, "months", 1)).post("/api/v1/quotes")
                .then().statusCode(202).extract().path("id");
        Eventually.value(() -> Api.as(me).get("/api/v1/quotes/" + id).then().extract().<String>path("status"),
                "READY"::equals, "the quote is built");
        // an instance died half way: PREPARING, 50 lines, and no sign of life for an hour
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update quote set status = 'PREPARING',"
                        + " lines_done = 50, heartbeat_at = :old where id = :id")
                .setParameter("old", fixtures.midnight(-400)).setParameter("id", id).executeUpdate());
        Api.as(me).get("/api/v1/quotes/" + id).then().statusCode(200).body("status", equalTo("FAILED"))
                .body("failure.code", equalTo("QUOTE_BUILD_INTERRUPTED"));
        Api.as(me).accept("text/csv").get("/api/v1/quotes/" + id + ".csv").then().statusCode(409)
                .body("code", equalTo("QUOTE_NOT_READY"));

        Api.as(me).post("/api/v1/quotes/" + id + "/retry").then().statusCode(200);
        JsonPath again = Eventually.value(() -> JsonPath.from(Api.as(me).get("/api/v1/quotes/" + id).then()
                .extract().asString()), j -> "READY".equals(j.getString("status")), "the retry completes");
        assertEquals(150, again.getInt("linesDone"));
        assertEquals("14850.00", again.getString("total"));
        assertEquals(150L, books.count("select count(*) from quote_line where quote_id = " + id));
        assertEquals(150L, books.count("select count(distinct resource_id) from quote_line where quote_id = " + id));
    }

    /** {@code n} running subscriptions of the account expiring in 30 days, named prefix00001.., in one SQL. */
    private List<Long> bulk(Customer owner, String productType, String prefix, int n, long monthlyFen) {
        return bulk(em, fixtures, owner, productType, prefix, n, monthlyFen);
    }

    static List<Long> bulk(EntityManager em, Fixtures fixtures, Customer owner, String productType, String prefix,
                           int n, long monthlyFen) {
        Instant expires = fixtures.midnight(30);
        return QuarkusTransaction.requiringNew().call(() -> {
            em.createNativeQuery("insert into cloud_resource (account_id, product_type, name, region, billing_method,"
                            + " status, expires_at, monthly_price_fen, created_at)"
                            + " select :account, :type, :prefix || lpad(g::text, 5, '0'), 'cn-hangzhou', 'SUBSCRIPTION',"
                            + " 'RUNNING', :expires, :price, :created from generate_series(1, :n) g")
                    .setParameter("account", owner.accountId()).setParameter("type", productType)
                    .setParameter("prefix", prefix).setParameter("expires", expires).setParameter("price", monthlyFen)
                    .setParameter("created", fixtures.midnight(-335))
                    .setParameter("n", n).executeUpdate();
            @SuppressWarnings("unchecked")
            List<Number> ids = em.createNativeQuery("select id from cloud_resource where account_id = :account"
                            + " and name like :prefix order by id")
                    .setParameter("account", owner.accountId()).setParameter("prefix", prefix + "%").getResultList();
            return ids.stream().map(Number::longValue).toList();
        });
    }

    /** A connection holding an exclusive lock on quote_line (reads pass, inserts wait) until rolled back. */
    private Connection lockQuoteLines() throws Exception {
        return lockQuoteLines(dataSource);
    }

    static Connection lockQuoteLines(DataSource dataSource) throws Exception {
        Connection connection = dataSource.getConnection();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            statement.execute("lock table quote_line in exclusive mode");
        }
        return connection;
    }

    private static String text(PDDocument doc, int from, int to) throws Exception {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(from);
        stripper.setEndPage(to);
        return stripper.getText(doc);
    }

}
