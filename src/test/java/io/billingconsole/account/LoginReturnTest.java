package io.billingconsole.account;

import com.microsoft.playwright.Page;
import io.billingconsole.support.BrowserTest;
import io.billingconsole.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** After the session expired, logging in returns to the page being opened — a local path only. */
@QuarkusTest
class LoginReturnTest extends BrowserTest {

    @Inject
    Fixtures fixtures;

    @Test
    void aPageOpenedWithoutSessionReturnsToItAfterLogin() {
        Fixtures.Customer customer = fixtures.customer("1.00");
        page.navigate("/orders?status=UNPAID");
        assertThat(page).hasURL(Pattern.compile("/login\\?next=%2Forders%3Fstatus%3DUNPAID$"));
        logInHere(page, customer.username());
        assertThat(page).hasURL(Pattern.compile("/orders\\?status=UNPAID$"));
        assertThat(page.locator("select[name=status]")).hasValue("UNPAID");
    }

    @Test
    void aWrongPasswordKeepsWhereToReturn() {
        Fixtures.Customer customer = fixtures.customer("1.00");
        page.navigate("/notices");
        page.locator("input[name=username]").fill(customer.username());
        page.locator("input[name=password]").fill("wrong-password-1");
        page.locator("form[action='/login'] button[type=submit]").click();
        assertThat(page.locator("input[name=next]")).hasValue("/notices");
        logInHere(page, customer.username());
        assertThat(page).hasURL(Pattern.compile("/notices$"));
    }

    @Test
    void foreignOrCrossRoleTargetsLandOnTheHomePage() {
        Fixtures.Customer customer = fixtures.customer("1.00");
        for (String next : new String[] {"//evil.example/x", "https://evil.example/", "/\\evil.example", "/admin"}) {
            page.context().clearCookies();
            page.navigate("/login?next=" + java.net.URLEncoder.encode(next, java.nio.charset.StandardCharsets.UTF_8));
            logInHere(page, customer.username());
            assertThat(page).hasURL(Pattern.compile("^http://[^/]+/$"));
        }
        String operator = fixtures.staff(Role.OPERATOR);
        page.context().clearCookies();
        page.navigate("/renewals");
        logInHere(page, operator);
        assertThat(page).hasURL(Pattern.compile("/admin$"));
        page.context().clearCookies();
        page.navigate("/admin/users");
        logInHere(page, operator);
        assertThat(page).hasURL(Pattern.compile("/admin/users$"));
    }

    @Test
    void onlyPageGetsCarryTheirAddressToTheLoginPage() {
        String location = given().redirects().follow(false).get("/renewals?type=ECS")
                .then().extract().header("Location");
        assertTrue(location.endsWith("/login?next=%2Frenewals%3Ftype%3DECS"), location);
        given().redirects().follow(false).get("/")
                .then().header("Location", endsWith("/login"));
        String afterPost = given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("months", "1").post("/renewals/1/renew").then().extract().header("Location");
        assertEquals(false, afterPost != null && afterPost.contains("next="), afterPost);
    }

    private static void logInHere(Page page, String username) {
        page.locator("input[name=username]").fill(username);
        page.locator("input[name=password]").fill(Fixtures.PASSWORD);
        page.locator("form[action='/login'] button[type=submit]").click();
        page.waitForLoadState();
    }
}
