package io.billingconsole.bank;

import io.billingconsole.account.Role;
import io.billingconsole.support.Api;
import io.billingconsole.support.ConsoleSession;
import io.billingconsole.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** GET /api/v1/banks and /api/v1/banks/branches, and the branch lookup page with its picker's search. */
@QuarkusTest
class BankApiTest {

    private static final String ICBC_XIHU = "中国工商银行杭州西湖支行";

    @Inject
    Fixtures fixtures;

    @Test
    void everyRoleSearchesBranchesAndGetsTheBankInItsLanguage() {
        Fixtures.Customer customer = fixtures.customer("0");
        for (String user : List.of(customer.username(), fixtures.staff(Role.FINANCE), fixtures.staff(Role.OPERATOR))) {
            Api.as(user).queryParam("q", "西湖").get("/api/v1/banks/branches").then().statusCode(200)
                    .body("name", hasItem(ICBC_XIHU))
                    .body("find { it.name == '" + ICBC_XIHU + "' }.bankCode", equalTo("ICBC"))
                    .body("find { it.name == '" + ICBC_XIHU + "' }.bankName", equalTo("中国工商银行"))
                    .body("find { it.name == '" + ICBC_XIHU + "' }.province", equalTo("浙江"))
                    .body("find { it.name == '" + ICBC_XIHU + "' }.city", equalTo("杭州"))
                    .body("find { it.name == '" + ICBC_XIHU + "' }.id", org.hamcrest.Matchers.greaterThan(0));
        }
        Api.as(customer).header("Accept-Language", "en").queryParam("q", "杭州 工商")
                .get("/api/v1/banks/branches").then().statusCode(200)
                .body("bankName", everyItem(equalTo("Industrial and Commercial Bank of China")))
                .body("name", hasItem(ICBC_XIHU));
    }

    @Test
    void theLimitIsOneToTwentyAndShortQueriesFindNothing() {
        Fixtures.Customer customer = fixtures.customer("0");
        Api.as(customer).queryParam("q", "银行").get("/api/v1/banks/branches").then().statusCode(200).body("$", hasSize(20));
        Api.as(customer).queryParam("q", "银行").queryParam("limit", "3").get("/api/v1/banks/branches").then()
                .statusCode(200).body("$", hasSize(3));
        Api.as(customer).queryParam("q", "银行").queryParam("limit", "500").get("/api/v1/banks/branches").then()
                .statusCode(200).body("$", hasSize(20));
        Api.as(customer).queryParam("q", "银行").queryParam("limit", "x").get("/api/v1/banks/branches").then()
                .statusCode(200).body("$", hasSize(20));
        Api.as(customer).queryParam("q", "西").get("/api/v1/banks/branches").then().statusCode(200).body("$", hasSize(0));
        Api.as(customer).get("/api/v1/banks/branches").then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    void tooLongOrBrokenQueriesAreRefusedWithACode() {
        Fixtures.Customer customer = fixtures.customer("0");
        Api.as(customer).queryParam("q", "杭".repeat(51)).get("/api/v1/banks/branches").then().statusCode(400)
                .body("code", equalTo("BRANCH_QUERY_TOO_LONG"))
                .body("message", equalTo("搜索内容不能超过 50 个字"));
        Api.as(customer).header("Accept-Language", "en").queryParam("q", "x".repeat(200))
                .get("/api/v1/banks/branches").then().statusCode(400)
                .body("code", equalTo("BRANCH_QUERY_TOO_LONG"))
                .body("message", equalTo("The search can be at most 50 characters long"));
        Api.as(customer).queryParam("q", "西湖\u0000").get("/api/v1/banks/branches").then().statusCode(400)
                .body("code", equalTo("TEXT_INVALID"));
        Api.as(customer).queryParam("q", "' or 1=1 --").get("/api/v1/banks/branches").then().statusCode(200);
    }

    @Test
    void anonymousCallersAreAskedToLogIn() {
        RestAssured.given().accept("application/json").queryParam("q", "西湖").get("/api/v1/banks/branches").then()
                .statusCode(401).header("WWW-Authenticate", containsString("Basic"));
        RestAssured.given().accept("application/json").get("/api/v1/banks").then().statusCode(401);
        Api.as("nobody-" + System.nanoTime(), "wrong").get("/api/v1/banks").then().statusCode(401);
    }

    @Test
    void listsEveryBankWithItsRouteWindows() {
        Api.as(fixtures.staff(Role.FINANCE)).get("/api/v1/banks").then().statusCode(200)
                .body("$", hasSize(18))
                .body("[0].code", equalTo("ICBC"))
                .body("find { it.code == 'CMB' }.nameZh", equalTo("招商银行"))
                .body("find { it.code == 'CMB' }.nameEn", equalTo("China Merchants Bank"))
                .body("find { it.code == 'CMB' }.personalRouteDays", equalTo(90))
                .body("find { it.code == 'JSB' }.enterpriseRouteDays", equalTo(30))
                .body("find { it.code == 'CCB' }.personalRouteDays", equalTo(180));
    }

    @Test
    void theLookupPageFindsATypedNameWithoutScript() {
        ConsoleSession session = ConsoleSession.loggedIn(fixtures.customer("0").username(), Fixtures.PASSWORD);
        Response empty = session.get("/banks/branches");
        assertEquals(200, empty.statusCode());
        assertTrue(empty.body().asString().contains("开户支行查询"));
        assertTrue(empty.body().asString().contains("name=\"branchId\""));

        // the exact name picks the branch
        String exact = session.get("/banks/branches?branchIdQuery=" + ICBC_XIHU).body().asString();
        assertTrue(exact.contains("data-testid=\"chosen-name\">" + ICBC_XIHU), exact);
        assertTrue(exact.contains("data-testid=\"chosen-province\">浙江"));
        assertTrue(exact.contains("data-testid=\"chosen-city\">杭州"));
        assertTrue(exact.contains("data-testid=\"chosen-bank\">中国工商银行"));

        // a part of a name lists the matches as links to pick one
        String partial = session.get("/banks/branches?branchIdQuery=杭州 工商").body().asString();
        assertTrue(partial.contains("data-testid=\"branch-choices\""), partial);
        String link = partial.replaceAll("(?s).*<a href=\"(/banks/branches\\?branchId=\\d+)\">" + ICBC_XIHU + "</a>.*", "$1");
        assertTrue(link.startsWith("/banks/branches?branchId="), "a link to the branch");
        String picked = session.get(link).body().asString();
        assertTrue(picked.contains("data-testid=\"chosen-name\">" + ICBC_XIHU));
        assertTrue(picked.matches("(?s).*data-testid=\"chosen-cnaps\">\\d{12}<.*"), "its 12-digit cnaps");

        String none = session.get("/banks/branches?branchIdQuery=不存在的名字").body().asString();
        assertTrue(none.contains("data-testid=\"branch-none\""), none);
        // an unknown or broken id is simply no choice
        assertTrue(session.get("/banks/branches?branchId=99999999").body().asString().contains("开户支行查询"));
        assertEquals(200, session.get("/banks/branches?branchId=-1&branchIdQuery=").statusCode());
        assertEquals(400, session.get("/banks/branches?branchIdQuery=" + "杭".repeat(51)).statusCode());
    }

    @Test
    void thePickersSearchAnswersJsonToALoggedInPageOnly() {
        String finance = fixtures.staff(Role.FINANCE);
        ConsoleSession session = ConsoleSession.loggedIn(finance, Fixtures.PASSWORD);
        assertEquals(200, session.get("/banks/branches").statusCode(), "finance opens the lookup page");
        assertEquals(200, ConsoleSession.loggedIn(fixtures.staff(Role.OPERATOR), Fixtures.PASSWORD)
                .get("/banks/branches?branchIdQuery=西湖").statusCode(), "and so do operators");
        Response found = session.get("/banks/branches/matches?q=西湖");
        assertEquals(200, found.statusCode());
        assertTrue(found.contentType().startsWith("application/json"), found.contentType());
        assertTrue(found.jsonPath().getList("name").contains(ICBC_XIHU));
        Map<String, Object> icbc = found.jsonPath().getMap("find { it.name == '" + ICBC_XIHU + "' }");
        assertEquals("浙江", icbc.get("province"));
        assertEquals("中国工商银行", icbc.get("bankName"));

        Response anonymous = RestAssured.given().redirects().follow(false).get("/banks/branches/matches?q=西湖");
        assertTrue(anonymous.statusCode() == 302 || anonymous.statusCode() == 303 || anonymous.statusCode() == 401,
                "status " + anonymous.statusCode());
        assertTrue(!anonymous.body().asString().contains(ICBC_XIHU));
        Response page = RestAssured.given().redirects().follow(false).get("/banks/branches");
        assertTrue(page.statusCode() == 302 || page.statusCode() == 303, "status " + page.statusCode());
        // the API takes no session cookie: the page's script uses the page's own search
        RestAssured.given().redirects().follow(false).cookies(Map.of()).accept("application/json")
                .get("/api/v1/banks/branches?q=西湖").then().statusCode(401).body(not(containsString(ICBC_XIHU)));
    }
}
