package io.billingconsole.account;

import io.billingconsole.support.Api;
import io.billingconsole.support.ConsoleSession;
import io.billingconsole.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Hostile usernames and passwords at login: a plain failure, never a 500; bcrypt's 72-byte limit. */
@QuarkusTest
class LoginInputTest {

    @Inject
    Fixtures fixtures;

    @Inject
    AccountService accounts;

    @Test
    void aNulByteOrAnAbsurdLengthInTheFormsUsernameIsAWrongLogin() {
        // (over 2 KB a form field is refused earlier, with 413, by Quarkus' form limit)
        for (String username : new String[]{"demo\u0000", "\u0000", "x".repeat(2_000), "a\u0001b"}) {
            Response response = new ConsoleSession().login(username, "whatever-pass");
            assertEquals(401, response.statusCode());
            assertTrue(response.asString().contains("用户名或密码错误"));
            assertFalse(response.asString().contains("xxxxxxxxxx"), "an impossible username is not echoed");
        }
    }

    @Test
    void aNulByteOrAnAbsurdLengthInTheBasicUsernameIsA401() {
        for (String username : new String[]{"demo\u0000", "\u0000x", "y".repeat(4_000)}) {
            basic(username, "whatever-pass").get("/api/v1/account").then().statusCode(401);
        }
    }

    /** HTTP Basic with UTF-8 credentials (RestAssured's own encodes them in ISO-8859-1). */
    private static io.restassured.specification.RequestSpecification basic(String username, String password) {
        String credentials = Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return RestAssured.given().header("Authorization", "Basic " + credentials);
    }

    @Test
    void aPasswordOverBcrypts72BytesNeverMatches() {
        String password = "p".repeat(72);
        String username = "long" + System.nanoTime() % 1_000_000_000L;
        accounts.createCustomer(new AccountService.NewCustomer(username, password, username + "@example.com",
                null, "Long password"));

        Api.as(username, password).get("/api/v1/account").then().statusCode(200);
        Api.as(username, password + "anything").get("/api/v1/account").then().statusCode(401);
        assertEquals(303, new ConsoleSession().login(username, password).statusCode());
        assertEquals(401, new ConsoleSession().login(username, password + "x").statusCode());
        // 24 Chinese characters are 72 bytes in UTF-8: a 25th makes the password too long, not a match
        String chinese = "密".repeat(24);
        String other = "cn" + System.nanoTime() % 1_000_000_000L;
        accounts.createCustomer(new AccountService.NewCustomer(other, chinese, other + "@example.com", null, "CN"));
        basic(other, chinese).get("/api/v1/account").then().statusCode(200);
        basic(other, chinese + "密").get("/api/v1/account").then().statusCode(401)
                .header("WWW-Authenticate", equalTo("Basic realm=\"billing-console\""));

    }

    @Test
    void usernamesAreUniqueIgnoringCaseAndLoginIgnoresCase() {
        String operator = fixtures.staff(Role.OPERATOR);
        Fixtures.Customer customer = fixtures.customer("0");
        String upper = customer.username().toUpperCase();

        Api.as(operator).body(java.util.Map.of("username", upper, "password", "other-pass-123",
                        "email", "upper@example.com", "displayName", "Upper"))
                .post("/api/v1/admin/accounts").then().statusCode(409).body("code", equalTo("USERNAME_TAKEN"));

        ConsoleSession session = ConsoleSession.loggedIn(upper, customer.password());
        assertTrue(session.get("/").asString().contains(customer.username()), "logged in as the stored name");
        Api.as(upper, customer.password()).get("/api/v1/account").then().statusCode(200)
                .body("id", equalTo((int) customer.accountId()));
    }
}
