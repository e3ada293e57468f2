package io.billingconsole.quote;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import io.billingconsole.resource.CloudResource;
import io.billingconsole.support.BrowserTest;
import io.billingconsole.support.Books;
import io.billingconsole.support.ConsoleBrowser;
import io.billingconsole.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.nio.file.Files;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.billingconsole.support.ConsoleBrowser.screenshot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 12 in a real browser: renewal list → 导出续费清单 → the quote step → the quote → CSV download. */
@QuarkusTest
class QuoteBrowserTest extends BrowserTest {

    @Inject
    Fixtures fixtures;

    @Inject
    Books books;

    @Inject
    EntityManager em;

    @Inject
    DataSource dataSource;

    @Test
    void selectedResourcesAreExportedAsAQuoteAndDownloadedAsCsv() throws Exception {
        Fixtures.Customer customer = fixtures.customer("0");
        CloudResource web = fixtures.resource(customer, "ECS", "quote-web", 5);
        CloudResource db = fixtures.resource(customer, "RDS", "quote-db", 9);
        ConsoleBrowser.logIn(page, customer);
        page.navigate("/renewals?sort=name");

        page.getByLabel(web.name, new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel(db.name, new Page.GetByLabelOptions().setExact(true)).check();
        page.getByTestId("export-quote").click();
        assertThat(page).hasURL(Pattern.compile("/quotes/new\\?"));
        assertThat(page.getByTestId("no-charge")).hasText("询价单仅用于报价，不会续费，也不会扣款");
        assertThat(page.getByTestId("quote-total")).hasText("¥298.00");        // 99 + 199, one month

        page.getByLabel("续费时长").first().selectOption("3");
        assertThat(page.getByTestId("quote-total")).hasText("¥894.00");
        screenshot(page, "quote-new");
        page.getByTestId("quote-create").click();
        assertThat(page).hasURL(Pattern.compile("/quotes/\\d+$"));
        String number = page.getByTestId("quote-number").textContent().trim();
        assertTrue(number.matches("Q\\d{14}"), number);

        Download download = page.waitForDownload(() -> page.getByTestId("download-csv").click());
        assertEquals(number + ".csv", download.suggestedFilename());
        byte[] csv = Files.readAllBytes(download.path());
        assertEquals((byte) 0xEF, csv[0], "UTF-8 BOM");
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        assertTrue(text.contains(number) && text.contains("quote-web") && text.contains("quote-db")
                && text.contains("894.00"), text);
        assertThat(page.getByTestId("manual-download")).hasText("如果下载没有开始，请点此手动下载");
        Download again = page.waitForDownload(() -> page.getByTestId("manual-download").click());
        assertEquals(number + ".csv", again.suggestedFilename());
        screenshot(page, "quote");

        assertEquals(0, books.orderCount(customer.accountId()), "a quote creates no order");
        assertEquals(web.expiresAt, books.expiry(web.id), "nothing renewed");
    }

    @Test
    void allResourcesMatchingTheFilterAreQuotedInTheBackgroundWithAProgressBarThenDownloaded() throws Exception {
        Fixtures.Customer customer = fixtures.customer("0");
        Fixtures.Customer other = fixtures.customer("0");
        QuoteLargeApiTest.bulk(em, fixtures, customer, "ECS", "fleet-", 300, 9_900);
        QuoteLargeApiTest.bulk(em, fixtures, customer, "RDS", "rds-", 5, 19_900);
        QuoteLargeApiTest.bulk(em, fixtures, other, "ECS", "fleet-theirs-", 20, 9_900);
        CloudResource released = fixtures.resource(customer, "ECS", "fleet-gone", -20);
        ConsoleBrowser.logIn(page, customer);
        page.navigate("/renewals?type=ECS&released=1");

        page.getByTestId("export-quote-filtered").click();
        assertThat(page).hasURL(Pattern.compile("/quotes/new\\?.*all=1"));
        assertThat(page.getByTestId("matching-count")).hasText("当前筛选条件下共 300 个可续费资源，将全部列入询价单");
        assertThat(page.getByTestId("matching-skipped")).containsText("1 个资源");
        assertThat(page.getByTestId("quote-total")).hasText("¥29,700.00");        // 300 × 99, one month
        page.getByLabel("续费时长").selectOption("3");
        assertThat(page.getByTestId("quote-total")).hasText("¥89,100.00");
        screenshot(page, "quote-matching");

        // the lines wait for the test's lock: the page shows the progress deterministically
        try (Connection blocker = QuoteLargeApiTest.lockQuoteLines(dataSource)) {
            page.getByTestId("quote-create").click();
            assertThat(page).hasURL(Pattern.compile("/quotes/\\d+$"));
            assertThat(page.getByTestId("quote-progress")).isVisible();
            assertThat(page.getByTestId("quote-progress-text")).hasText("正在生成询价单：已完成 0 / 300 行");
            assertThat(page.getByTestId("quote-progress-bar")).hasAttribute("max", "300");
            assertThat(page.getByTestId("quote-reload")).isVisible();
            assertThat(page.getByTestId("download-csv")).hasCount(0);
            screenshot(page, "quote-progress");
            page.setViewportSize(390, 844);
            assertEquals(390, ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue(),
                    "the progress fits a phone");
            screenshot(page, "quote-progress-390");
            page.setViewportSize(1366, 900);
            blocker.rollback();
        }
        // the page polls and shows the downloads once the quote is READY
        assertThat(page.getByTestId("download-csv")).isVisible(
                new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
        assertThat(page.getByTestId("quote-total")).hasText("¥89,100.00");
        assertThat(page.getByTestId("quote-truncated")).isVisible();
        String number = page.getByTestId("quote-number").textContent().trim();
        screenshot(page, "quote-large");

        Download download = page.waitForDownload(() -> page.getByTestId("download-csv").click());
        String text = new String(Files.readAllBytes(download.path()), StandardCharsets.UTF_8);
        assertTrue(text.contains(number) && text.contains("fleet-00001") && text.contains("fleet-00300")
                && text.contains("89100.00"), text.substring(0, Math.min(text.length(), 2_000)));
        assertTrue(!text.contains("fleet-theirs") && !text.contains("rds-") && !text.contains("fleet-gone"),
                "only this account's resources of the filter, renewable ones");
        assertEquals(300, text.lines().filter(l -> l.matches("\\d+,fleet-\\d{5},.*")).count());
        Download again = page.waitForDownload(() -> page.getByTestId("manual-download").click());
        assertEquals(number + ".csv", again.suggestedFilename());
        Download pdf = page.waitForDownload(() -> page.getByTestId("download-pdf").click());
        assertEquals(number + ".pdf", pdf.suggestedFilename());
        assertEquals(released.expiresAt, books.expiry(released.id), "nothing renewed");
        assertEquals(0, books.orderCount(customer.accountId()), "a quote creates no order");
    }
}
