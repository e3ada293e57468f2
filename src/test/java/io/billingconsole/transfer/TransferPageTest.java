package io.billingconsole.transfer;

import io.billingconsole.funds.FundsBooks;
import io.billingconsole.support.ConsoleSession;
import io.billingconsole.support.Fixtures;
import io.billingconsole.support.Fixtures.Customer;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The 资金划拨 page: the master's form and recalls (post-redirect-get), the member's read-only view. */
@QuarkusTest
class TransferPageTest {

    private static final Pattern KEY = Pattern.compile("name=\"idempotencyKey\" value=\"([^\"]+)\"");

    @Inject
    Fixtures fixtures;

    @Inject
    FundsBooks books;

    @Test
    void aDoubleSubmittedFormMovesTheMoneyOnce() {
        Customer master = books.customerWithRecharge("1000.00");
        Customer member = fixtures.customer("0");
        books.link(member, master);
        ConsoleSession session = ConsoleSession.loggedIn(master.username(), master.password());
        String page = session.get("/transfers").then().statusCode(200)
                .body(containsString("data-member=\"" + member.accountId() + "\""))
                .body(containsString("data-testid=\"transferable\">¥1,000.00<")).extract().asString();
        String key = key(page);
        Map<String, String> form = Map.of("toAccountId", String.valueOf(member.accountId()), "amount", "250.00",
                "note", "Q1 budget", "idempotencyKey", key);

        assertEquals("/transfers?done=sent", session.post("/transfers", form).header("Location"));
        assertEquals(303, session.post("/transfers", form).statusCode());

        assertEquals("250.00", TransferApiTest.account(member).getString("transferredIn"));
        assertEquals("750.00", TransferApiTest.account(master).getString("cashBalance"));
        String after = session.get("/transfers?done=sent").asString();
        assertTrue(after.contains("划拨成功"), after);
        assertTrue(after.contains("data-testid=\"transferable\">¥750.00<"), after);
        assertEquals(1, after.split("<tr data-transfer=").length - 1, "one transfer: " + after);
        assertTrue(!key.equals(key(after)), "every rendered form has its own key");
    }

    @Test
    void refusalsReShowTheFormWithTheInputAndTheReason() {
        Customer master = books.customerWithRecharge("100.00");
        Customer member = fixtures.customer("0");
        Customer stranger = fixtures.customer("0");
        books.link(member, master);
        ConsoleSession session = ConsoleSession.loggedIn(master.username(), master.password());
        String key = key(session.get("/transfers").asString());

        session.post("/transfers", Map.of("toAccountId", String.valueOf(member.accountId()), "amount", "100.01",
                        "note", "too much", "idempotencyKey", key))
                .then().statusCode(409).body(containsString("划拨金额超过可划拨金额 ¥100.00"))
                .body(containsString("value=\"100.01\"")).body(containsString("value=\"too much\""))
                .body(containsString("value=\"" + key + "\""));
        session.post("/transfers", Map.of("toAccountId", String.valueOf(member.accountId()), "amount", "abc",
                "idempotencyKey", key)).then().statusCode(400);
        session.post("/transfers", Map.of("toAccountId", String.valueOf(member.accountId()), "amount", "1.00",
                "idempotencyKey", "bad\u0000key")).then().statusCode(400);
        session.post("/transfers", Map.of("toAccountId", String.valueOf(member.accountId()), "amount", "1.00",
                "note", "x".repeat(201), "idempotencyKey", key)).then().statusCode(400);
        session.post("/transfers/" + Long.MAX_VALUE + "/recall", Map.of("amount", "1.00")).then().statusCode(404);
        session.post("/transfers/abc/recall", Map.of("amount", "x")).then().statusCode(404);
        session.post("/transfers", Map.of("toAccountId", String.valueOf(stranger.accountId()), "amount", "1.00",
                "idempotencyKey", key)).then().statusCode(404);
        assertEquals("100.00", TransferApiTest.account(master).getString("cashBalance"));
    }

    @Test
    void theMasterRecallsUpToTheRecallableAmountAndTheMemberOnlyReads() {
        Customer master = books.customerWithRecharge("1000.00");
        Customer member = fixtures.customer("0");
        books.link(member, master);
        long id = TransferApiTest.transfer(master, member, "300.00", TransferApiTest.key()).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        ConsoleSession session = ConsoleSession.loggedIn(master.username(), master.password());
        session.get("/transfers").then().body(containsString("data-testid=\"recallable-" + id + "\">¥300.00<"));

        session.post("/transfers/" + id + "/recall", Map.of("amount", "300.01")).then().statusCode(409)
                .body(containsString("data-testid=\"recall-error\""));
        assertEquals("/transfers?done=recalled",
                session.post("/transfers/" + id + "/recall", Map.of("amount", "100")).header("Location"));
        session.get("/transfers").then().body(containsString("data-testid=\"recallable-" + id + "\">¥200.00<"));
        assertEquals("800.00", TransferApiTest.account(master).getString("withdrawable"));

        ConsoleSession memberSession = ConsoleSession.loggedIn(member.username(), member.password());
        memberSession.get("/transfers").then().statusCode(200)
                .body(containsString("data-testid=\"member-hint\""))
                .body(containsString("主账号 " + master.accountId() + " 划入的资金仅可用于消费"))
                .body(containsString("data-transfer=\"" + id + "\""))
                .body(not(containsString("action=\"/transfers/" + id + "/recall\"")))
                .body(not(containsString("name=\"idempotencyKey\"")));
        assertEquals(404, memberSession.post("/transfers/" + id + "/recall", Map.of("amount", "1")).statusCode());

        Customer alone = fixtures.customer("0");
        ConsoleSession.loggedIn(alone.username(), alone.password()).get("/transfers").then().statusCode(200)
                .body(containsString("data-testid=\"not-linked\""));
    }

    private static String key(String page) {
        Matcher m = KEY.matcher(page);
        assertTrue(m.find(), page);
        return m.group(1);
    }
}
