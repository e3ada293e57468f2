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
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
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
}
