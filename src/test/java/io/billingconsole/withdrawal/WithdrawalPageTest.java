package io.billingconsole.withdrawal;

import io.billingconsole.account.ConsoleAuthenticationMechanism;
import io.billingconsole.bank.BankAccountType;
import io.billingconsole.clock.TestClock;
import io.billingconsole.recharge.Recharge;
import io.billingconsole.shared.Money;
import io.billingconsole.support.Api;
import io.billingconsole.support.ConsoleSession;
import io.billingconsole.support.Fixtures;
import io.billingconsole.transfer.TransferService;
import io.billingconsole.web.CsrfTokens;
import io.billingconsole.withdrawal.WithdrawalBooks.Holder;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The withdrawal pages (SPEC 8): the planner, the forms with the SMS code and proofs, records, detail, members. */
@QuarkusTest
class WithdrawalPageTest {

    private static final Pattern KEY = Pattern.compile("name=\"idempotencyKey\" value=\"([^\"]+)\"");
    private static final Pattern CSRF = Pattern.compile("name=\"csrf_token\" value=\"([^\"]+)\"");

    @Inject
    WithdrawalBooks books;

    @Inject
    Fixtures fixtures;

    @Inject
    TestClock clock;

    @Inject
    TransferService transfers;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    /** A logged-in browser that can also post multipart forms (the withdraw forms carry files). */
    static final class Browser {
        final ConsoleSession session;
        String html;
        String token;

        Browser(Holder h) {
            session = ConsoleSession.loggedIn(h.username(), Fixtures.PASSWORD);
        }

        Response get(String path) {
            Response r = session.get(path);
            html = r.asString();
            return r;
        }

        Response multipart(String path, Map<String, String> fields, String fileName, byte[] file) {
            Matcher csrf = CSRF.matcher(html);
            if (csrf.find()) {
                token = csrf.group(1);
            }
            assertTrue(token != null, "a form with its token");
            RequestSpecification request = RestAssured.given().redirects().follow(false)
                    .cookie(ConsoleAuthenticationMechanism.SESSION_COOKIE, session.cookie(ConsoleAuthenticationMechanism.SESSION_COOKIE))
                    .cookie(CsrfTokens.COOKIE, session.cookie(CsrfTokens.COOKIE))
                    .multiPart("csrf_token", token);
            fields.forEach((name, value) -> request.multiPart(new MultiPartSpecBuilder(value).controlName(name)
                    .charset(StandardCharsets.UTF_8).build()));
            if (fileName != null) {
                request.multiPart("proof", fileName, file, "application/octet-stream");
            }
            Response r = request.post(path);
            html = r.asString();
            return r;
        }

        String key() {
            Matcher m = KEY.matcher(html);
            assertTrue(m.find(), "the form carries an idempotency key");
            return m.group(1);
        }
    }

    @Test
    void aRechargeIsWithdrawnTheOriginalRouteWithTheSmsCode() {
        Holder h = books.holder();
        Recharge r = books.recharge(h, "1000.00", "ICBC", BankAccountType.PERSONAL);
        Browser b = new Browser(h);

        assertEquals(200, b.get("/withdrawals/new").statusCode());
        assertTrue(b.html.contains("¥1,000.00"), "the withdrawable amount");
        assertTrue(b.html.contains(r.routeUntil + " 前提现可原路退回至 中国工商银行 " + r.maskedPayerAccount()), b.html);
        assertFalse(b.html.contains("data-testid=\"non-recharge\""), "no non-recharge money, no application");

        assertEquals(200, b.get("/withdrawals/new/recharge/" + r.id).statusCode());
        String key = b.key();
        assertTrue(b.html.contains(h.phone().substring(0, 3) + "****" + h.phone().substring(7)), "the masked phone");
        assertTrue(b.html.contains(h.realName()), "the real name as the payee hint");

        Map<String, String> form = new LinkedHashMap<>();
        form.put("amount", "250.00");
        form.put("route", "ORIGINAL");
        form.put("idempotencyKey", key);
        form.put("accountId", "");
        form.put("step", "code");
        Response sent = b.multipart("/withdrawals/new/recharge/" + r.id, form, null, null);
        assertEquals(200, sent.statusCode(), b.html);
        assertTrue(b.html.contains("验证码已发送至"), "the code went out");
        assertTrue(b.html.contains("value=\"250.00\""), "the amount is kept");
        assertEquals(key, b.key(), "the same key");

        // a wrong code: refused, the form again, nothing moved
        form.put("step", "confirm");
        String code = books.lastCode(h.phone());
        form.put("smsCode", code.equals("000000") ? "111111" : "000000");
        assertEquals(409, b.multipart("/withdrawals/new/recharge/" + r.id, form, null, null).statusCode());
        assertTrue(b.html.contains("role=\"alert\""), b.html);
        assertEquals(0, books.withdrawals(h.accountId()));

        form.put("smsCode", code);
        Response done = b.multipart("/withdrawals/new/recharge/" + r.id, form, null, null);
        assertEquals(303, done.statusCode(), b.html);
        String location = done.header("Location");
        assertTrue(location.matches(".*/withdrawals/\\d+\\?done=created"), location);
        // the double submit answers the same withdrawal
        Response again = b.multipart("/withdrawals/new/recharge/" + r.id, form, null, null);
        assertEquals(303, again.statusCode());
        assertEquals(location, again.header("Location"));
        assertEquals(1, books.withdrawals(h.accountId()));
        assertEquals(Money.parse("750.00"), books.remainder(r.id));

        String path = location.substring(location.indexOf("/withdrawals/"));
        assertEquals(200, b.get(path).statusCode());
        assertTrue(b.html.contains("业务执行成功，待打款"));
        assertTrue(b.html.contains("1 小时内到账"));
        assertTrue(b.html.contains("/transactions?type=WITHDRAWAL&amp;from="), b.html);
        assertEquals(200, b.get("/withdrawals").statusCode());
        assertTrue(b.html.contains("¥250.00") && b.html.contains("原路退回至 中国工商银行"), b.html);
    }

    @Test
    void aNonRechargeApplicationGoesToReviewWithItsProofs() {
        Holder h = books.holder();
        fixtures.fund(h.customer(), "0", "0");
        io.billingconsole.ledger.LedgerService ledger = io.quarkus.arc.Arc.container()
                .instance(io.billingconsole.ledger.LedgerService.class).get();
        ledger.topUp(h.accountId(), Money.parse("80.00"), "compensation");
        Browser b = new Browser(h);
        b.get("/withdrawals/new");
        assertTrue(b.html.contains("data-testid=\"non-recharge\""), "the application is offered");
        assertEquals(200, b.get("/withdrawals/new/application").statusCode());
        String key = b.key();
        String code = books.code(h);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("amount", "50");
        form.put("reason", "BILL_ADJUSTMENT");
        form.put("reasonText", "账单调整");
        form.put("payeeType", "ALIPAY");
        form.put("payeeAccount", "someone@example.com");
        form.put("payeeName", h.realName());
        form.put("smsCode", code);
        form.put("idempotencyKey", key);
        form.put("step", "confirm");
        // a text file named like a PDF is no proof
        assertEquals(415, b.multipart("/withdrawals/new/application", form, "x.pdf", "hello".getBytes()).statusCode());
        assertEquals(0, books.withdrawals(h.accountId()));
        Response done = b.multipart("/withdrawals/new/application", form, "scan.png", WithdrawalApiTest.PNG);
        assertEquals(303, done.statusCode(), b.html);
        String path = done.header("Location").substring(done.header("Location").indexOf("/withdrawals/"));
        b.get(path);
        assertTrue(b.html.contains("审批中") && b.html.contains("scan.png") && b.html.contains("7-15 个工作日到账"), b.html);
        assertEquals(Money.parse("30.00"), books.cash(h.accountId()));

        // more proofs while under review, from the detail page
        String id = path.replaceAll("\\D+", " ").trim().split(" ")[0];
        Response added = b.multipart("/withdrawals/" + id + "/proofs", Map.of(), "more.png", WithdrawalApiTest.PNG);
        assertEquals(303, added.statusCode(), b.html);
        b.get("/withdrawals/" + id + "?done=proof");
        assertTrue(b.html.contains("more.png"));
        Matcher link = Pattern.compile("href=\"(/withdrawals/" + id + "/proofs/\\d+)\"").matcher(b.html);
        assertTrue(link.find());
        Response file = b.session.get(link.group(1));
        assertEquals(200, file.statusCode());
        assertTrue(file.header("Content-Disposition").startsWith("attachment"));
        assertEquals("nosniff", file.header("X-Content-Type-Options"));

        Holder other = books.holder();
        Browser stranger = new Browser(other);
        assertEquals(404, stranger.get("/withdrawals/" + id).statusCode());
        assertEquals(404, stranger.session.get(link.group(1)).statusCode());
    }

    @Test
    void aMasterSwitchesToAMemberAndOthersAreNotFound() {
        Holder master = books.holder();
        Holder member = books.holder();
        Holder stranger = books.holder();
        transfers.link(member.accountId(), master.accountId());
        Recharge r = books.recharge(member, "100.00", "CCB", BankAccountType.PERSONAL);
        Browser b = new Browser(master);
        b.get("/withdrawals/new");
        assertTrue(b.html.contains("data-testid=\"account-switcher\""));
        assertTrue(b.html.contains("value=\"" + member.accountId() + "\""));
        assertEquals(200, b.get("/withdrawals/new?accountId=" + member.accountId()).statusCode());
        assertTrue(b.html.contains("/withdrawals/new/recharge/" + r.id + "?accountId=" + member.accountId()));
        assertEquals(200, b.get("/withdrawals/new/recharge/" + r.id + "?accountId=" + member.accountId()).statusCode());
        assertEquals(404, b.get("/withdrawals/new?accountId=" + stranger.accountId()).statusCode());
        assertEquals(404, b.get("/withdrawals?accountId=" + stranger.accountId()).statusCode());
        assertEquals(404, b.get("/withdrawals/new/recharge/" + r.id).statusCode(), "not the master's recharge");

        Browser s = new Browser(stranger);
        assertEquals(404, s.get("/withdrawals/new?accountId=" + member.accountId()).statusCode());
        assertFalse(s.get("/withdrawals/new").asString().contains("account-switcher"));
    }

    @Test
    void theScriptsCodeRequestAnswersJsonAndWaits() {
        Holder h = books.holder();
        Browser b = new Browser(h);
        b.get("/withdrawals/new");
        Response first = b.session.post("/withdrawals/sms-code", Map.of("accountId", ""));
        assertEquals(200, first.statusCode(), first.asString());
        assertTrue(first.jsonPath().getString("message").contains("****"));
        assertTrue(first.jsonPath().getInt("resendSeconds") > 0);
        Response second = b.session.post("/withdrawals/sms-code", Map.of("accountId", ""));
        assertEquals(429, second.statusCode());
        assertEquals("SMS_TOO_SOON", second.jsonPath().getString("code"));
    }

    @Test
    void largeBodiesAreRefusedOutsideTheUploads() throws Exception {
        Holder h = books.holder();
        String big = "{\"kind\":\"RECHARGE\",\"reasonText\":\"" + "x".repeat(70 * 1024) + "\"}";
        Api.as(h.customer()).body(big).post("/api/v1/withdrawals").then().statusCode(413);
        assertEquals(0, books.withdrawals(h.accountId()));
        // a body of unknown length (chunked) is refused outside the uploads
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest chunked = HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port
                        + "/api/v1/withdrawals"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (h.username() + ":" + Fixtures.PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big.getBytes())))
                .build();
        assertEquals(411, client.send(chunked, HttpResponse.BodyHandlers.discarding()).statusCode());
        assertEquals(0, books.withdrawals(h.accountId()));
    }
}
