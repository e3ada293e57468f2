package io.billingconsole.billing;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import io.billingconsole.funds.FundsBooks;
import io.billingconsole.resource.CloudResource;
import io.billingconsole.support.BrowserTest;
import io.billingconsole.support.ConsoleBrowser;
import io.billingconsole.support.Fixtures;
import io.billingconsole.support.Fixtures.Customer;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.billingconsole.support.ConsoleBrowser.named;
import static io.billingconsole.support.ConsoleBrowser.namedWithin;
import static io.billingconsole.support.ConsoleBrowser.screenshot;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Arrears in a real browser: paid from the overview, gone from the funds account; the bill pages on phone and laptop. */
@QuarkusTest
class ArrearsBrowserTest extends BrowserTest {

    private static final int PHONE = 390;
    private static final int LAPTOP = 1366;

    @Inject
    Fixtures fixtures;

    @Inject
    FundsBooks funds;

    @Inject
    BillingBooks books;

    /** Cash 100 recorded after a month close with auto-repay off: 35.50 in arrears, waiting for the button. */
    private Customer inArrearsWithCash() {
        Customer customer = funds.customerWithRecharge("100.00");
        books.autoRepay(customer, false);
        CloudResource server = fixtures.payg(customer, "ECS");
        books.lastMonthUsage(server, "35.50");
        books.closeMonth();
        return customer;
    }

    @Test
    void theCustomerPaysTheArrearsFromTheOverviewAndTheFundsAccountNoLongerHoldsThem() {
        Customer customer = inArrearsWithCash();
        ConsoleBrowser.logIn(page, customer);
        page.navigate("/funds");
        assertThat(page.getByTestId("arrears")).hasText("¥35.50");
        page.navigate("/");
        assertThat(page.getByTestId("arrears-total")).hasText("¥35.50");
        screenshot(page, "overview-arrears");
        page.getByRole(AriaRole.BUTTON, named("还清欠费")).click();
        assertThat(page).hasURL(Pattern.compile("/\\?arrears=paid$"));
        assertThat(page.getByTestId("arrears-outcome")).containsText("欠费已全部还清");
        assertThat(page.getByTestId("arrears-total")).hasCount(0);
        assertThat(page.getByTestId("cash-balance")).hasText("¥64.50");

        page.getByRole(AriaRole.NAVIGATION).getByRole(AriaRole.LINK, namedWithin("资金账户")).click();
        assertThat(page.getByTestId("arrears")).hasText("¥0.00");
        page.getByRole(AriaRole.NAVIGATION).getByRole(AriaRole.LINK, namedWithin("账单")).click();
        assertThat(page).hasURL(Pattern.compile("/bills$"));
        assertThat(page.locator("tr[data-bill] .badge")).hasText("已结清");
        page.getByRole(AriaRole.LINK, named("查看")).click();
        assertThat(page.getByTestId("bill-paid")).hasText("¥35.50");
        page.getByRole(AriaRole.LINK, named("用量明细（未结算金额）")).click();
        assertThat(page).hasURL(Pattern.compile("/usage$"));
        screenshot(page, "usage");
    }

    @Test
    void theBillAndUsagePagesFitThePhoneAndTheLaptopInBothLanguages() {
        Customer customer = inArrearsWithCash();
        long billId = books.bills(customer.accountId()).get(0).id;
        List<String> tooWide = new ArrayList<>();
        for (String lang : List.of("zh", "en")) {
            for (int width : List.of(PHONE, LAPTOP)) {
                try (BrowserContext sized = newContext(width, width < LAPTOP ? 844 : 900)) {
                    sized.addCookies(List.of(new Cookie("lang", lang).setUrl(base.toString())));
                    Page p = sized.newPage();
                    ConsoleBrowser.logIn(p, customer);
                    for (String path : List.of("/", "/bills", "/bills/" + billId, "/usage")) {
                        p.navigate(path);
                        String name = "billing-" + width + "-" + lang + path.replace('/', '-');
                        screenshot(p, name);
                        int documentWidth = ((Number) p.evaluate("document.documentElement.scrollWidth")).intValue();
                        int viewport = ((Number) p.evaluate("window.innerWidth")).intValue();
                        if (documentWidth > viewport) {
                            tooWide.add(name + ": " + documentWidth + ">" + viewport);
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), tooWide, "pages wider than the screen");
    }
}
