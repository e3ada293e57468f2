package io.billingconsole.shared;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.billingconsole.account.PasswordPolicy;
import io.billingconsole.account.Role;
import io.billingconsole.clock.TestClock;
import io.billingconsole.resource.CloudResource;
import io.billingconsole.support.Api;
import io.billingconsole.support.DatabaseFingerprint;
import io.billingconsole.support.Fixtures;
import io.billingconsole.support.Fixtures.Customer;
import io.billingconsole.support.RawFormSession;
import io.billingconsole.support.RawHttp;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Throws malformed, wrong-typed, huge, negative, unicode, NUL and missing/extra-field bodies and
 * query strings at every API endpoint and every page form, and asserts that none answers 5xx and
 * that the database did not change ({@link DatabaseFingerprint} before and after each endpoint).
 *
 * <p>To cover a new endpoint, add one line to {@link #API} or {@link #PAGES}: the method, the path
 * ({@code {id}} is replaced by bad ids and, for endpoints with input, by a real id of the caller;
 * {@code {name}} only by bad names), who calls it, how it takes input and the names of its fields or
 * query parameters. Endpoints whose success needs no input (pay, void, read-all, clock reset) are
 * listed with {@link Input#NONE}, so they are only called with bad ids and junk bodies.
 */
@QuarkusTest
class InputFuzzTest {

    /** Who calls an endpoint. */
    enum Caller { ANONYMOUS, CUSTOMER, OPERATOR }

    /** How an endpoint takes its input. */
    enum Input { JSON, FORM, QUERY, NONE }

    record Endpoint(String method, String path, Caller caller, Input input, List<String> fields) {
        static Endpoint of(String method, String path, Caller caller, Input input, String... fields) {
            return new Endpoint(method, path, caller, input, List.of(fields));
        }

        boolean isApi() {
            return path.startsWith("/api/");
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    // ---- the endpoint table: one line per endpoint ----
    static final List<Endpoint> API = List.of(
            Endpoint.of("GET", "/api/v1/account", Caller.CUSTOMER, Input.QUERY),
            Endpoint.of("GET", "/api/v1/resources", Caller.CUSTOMER, Input.QUERY,
                    "productType", "status", "renewal", "expiresWithinDays", "q", "page", "size"),
            Endpoint.of("GET", "/api/v1/resources/{id}", Caller.CUSTOMER, Input.QUERY),
            Endpoint.of("GET", "/api/v1/resources/{id}/charge-calendar", Caller.CUSTOMER, Input.QUERY),
            Endpoint.of("PUT", "/api/v1/resources/{id}/auto-renew", Caller.CUSTOMER, Input.JSON, "enabled", "months"),
            Endpoint.of("PUT", "/api/v1/auto-renew", Caller.CUSTOMER, Input.JSON, "resourceIds", "months"),
            Endpoint.of("POST", "/api/v1/renewals", Caller.CUSTOMER, Input.JSON, "resourceIds", "months", "items"),
            Endpoint.of("POST", "/api/v1/quotes", Caller.CUSTOMER, Input.JSON, "resourceIds", "months", "items"),
            Endpoint.of("GET", "/api/v1/quotes/{id}", Caller.CUSTOMER, Input.QUERY),
            Endpoint.of("GET", "/api/v1/quotes/{id}.csv", Caller.CUSTOMER, Input.QUERY),
            Endpoint.of("GET", "/api/v1/quotes/{id}.pdf", Caller.CUSTOMER, Input.QUERY),
            Endpoint.of("POST", "/api/v1/quotes/{id}/retry", Caller.CUSTOMER, Input.NONE),
            Endpoint.of("GET", "/api/v1/orders", Caller.CUSTOMER, Input.QUERY, "status", "page", "size"),
            Endpoint.of("GET", "/api/v1/orders/{id}", Caller.CUSTOMER, Input.QUERY),
            Endpoint.of("POST", "/api/v1/orders/{id}/pay", Caller.CUSTOMER, Input.NONE),
            Endpoint.of("POST", "/api/v1/orders/{id}/void", Caller.CUSTOMER, Input.NONE),
            Endpoint.of("GET", "/api/v1/notices", Caller.CUSTOMER, Input.QUERY, "unread", "page", "size"),
            Endpoint.of("POST", "/api/v1/notices/{id}/read", Caller.CUSTOMER, Input.NONE),
            Endpoint.of("POST", "/api/v1/notices/read-all", Caller.CUSTOMER, Input.NONE),
            Endpoint.of("POST", "/api/v1/admin/accounts", Caller.OPERATOR, Input.JSON,
                    "username", "password", "email", "phone", "displayName"),
            Endpoint.of("POST", "/api/v1/admin/resources", Caller.OPERATOR, Input.JSON, "accountId", "productType",
                    "name", "region", "expiresAt", "billingMethod", "trial", "channel", "monthlyPrice"),
            Endpoint.of("POST", "/api/v1/admin/accounts/{id}/credit", Caller.OPERATOR, Input.JSON, "amount", "note",
                    "channel", "bank", "accountType", "payerAccount", "payerName", "remittedOn"),
            Endpoint.of("POST", "/api/v1/admin/accounts/{id}/vouchers", Caller.OPERATOR, Input.JSON,
                    "name", "amount", "expiresAt"),
            Endpoint.of("PUT", "/api/v1/admin/accounts/{id}/credit-line", Caller.OPERATOR, Input.JSON, "creditLine"),
            Endpoint.of("GET", "/api/v1/admin/clock", Caller.OPERATOR, Input.QUERY),
            Endpoint.of("PUT", "/api/v1/admin/clock", Caller.OPERATOR, Input.JSON, "now"),
            Endpoint.of("GET", "/api/v1/admin/jobs", Caller.OPERATOR, Input.QUERY),
            Endpoint.of("POST", "/api/v1/admin/jobs/{name}/run", Caller.OPERATOR, Input.NONE),
            // staff users: {id} is the fuzz's own finance user (never the operator who calls); disable,
            // enable and setup-link succeed without input, so they only get bad ids
            Endpoint.of("GET", "/api/v1/admin/users", Caller.OPERATOR, Input.QUERY),
            Endpoint.of("POST", "/api/v1/admin/users", Caller.OPERATOR, Input.JSON,
                    "username", "password", "role", "email", "language"),
            Endpoint.of("GET", "/api/v1/admin/users/{id}", Caller.OPERATOR, Input.QUERY),
            Endpoint.of("POST", "/api/v1/admin/users/{id}/disable", Caller.OPERATOR, Input.NONE),
            Endpoint.of("POST", "/api/v1/admin/users/{id}/enable", Caller.OPERATOR, Input.NONE),
            Endpoint.of("PUT", "/api/v1/admin/users/{id}/password", Caller.OPERATOR, Input.JSON, "password"),
            Endpoint.of("POST", "/api/v1/admin/users/{id}/setup-link", Caller.OPERATOR, Input.NONE),
            Endpoint.of("GET", "/api/v1/admin/audit", Caller.OPERATOR, Input.QUERY, "limit"),
            // product rules (issue 12): a real product; no fuzz body carries every field and the current version
            Endpoint.of("GET", "/api/v1/admin/product-rules", Caller.OPERATOR, Input.QUERY),
            Endpoint.of("GET", "/api/v1/admin/product-rules/{name}", Caller.OPERATOR, Input.QUERY),
            Endpoint.of("PUT", "/api/v1/admin/product-rules/{name}", Caller.OPERATOR, Input.NONE),
            Endpoint.of("PUT", "/api/v1/admin/product-rules/ECS", Caller.OPERATOR, Input.JSON,
                    "renewWindowDays", "afterWindow", "autoRenewLeadDays", "autoRenewChangeMinDays", "autoRenewBlockedWithinDays", "autoRenewForResellerAndApi", "allowedMonths", "perResourceDuration", "monthlyPrice", "unsubscribable", "paygGraceDays", "paygOverdueReleaseDays", "version"),
            // notice channels and schedule (issue 12): no fuzz body names a real kind with the current version
            Endpoint.of("GET", "/api/v1/account/notice-preferences", Caller.CUSTOMER, Input.QUERY),
            Endpoint.of("PUT", "/api/v1/account/notice-preferences", Caller.CUSTOMER, Input.JSON, "kind", "email", "sms"),
            Endpoint.of("GET", "/api/v1/admin/notice-schedule", Caller.OPERATOR, Input.QUERY),
            Endpoint.of("PUT", "/api/v1/admin/notice-schedule", Caller.OPERATOR, Input.JSON, "expiryDays", "releaseDays",
                    "fundsWarningDays", "dataLossDays", "dataLossSmsDays", "channels", "version"),
            // SMS codes (issue 10): the fuzz's customer has no security phone, so no code is ever sent
            Endpoint.of("POST", "/api/v1/sms-codes", Caller.CUSTOMER, Input.JSON, "purpose"),
            Endpoint.of("GET", "/api/v1/admin/sms", Caller.OPERATOR, Input.QUERY, "phone"),
            // recharges (the gateway's callback is left out: it records every refused callback by design)
            Endpoint.of("GET", "/api/v1/recharges", Caller.CUSTOMER, Input.QUERY, "page", "size"),
            Endpoint.of("GET", "/api/v1/recharges/{id}", Caller.CUSTOMER, Input.QUERY),
            Endpoint.of("POST", "/api/v1/recharges", Caller.CUSTOMER, Input.JSON, "amount", "channel", "bank", "accountType"),
            // PAYG usage, bills and arrears (issue 11): the fuzz's customer owes nothing, so paying changes nothing
            Endpoint.of("POST", "/api/v1/admin/usage", Caller.OPERATOR, Input.JSON,
                    "resourceId", "amount", "from", "to", "idempotencyKey"),
            Endpoint.of("GET", "/api/v1/usage", Caller.CUSTOMER, Input.QUERY, "resourceId", "page", "size"),
            Endpoint.of("GET", "/api/v1/bills", Caller.CUSTOMER, Input.QUERY, "page", "size"),
            Endpoint.of("GET", "/api/v1/bills/{id}", Caller.CUSTOMER, Input.QUERY),
            Endpoint.of("POST", "/api/v1/arrears/pay", Caller.CUSTOMER, Input.NONE),
            Endpoint.of("PUT", "/api/v1/account/settings", Caller.CUSTOMER, Input.JSON, "autoRepay"),
            Endpoint.of("GET", "/api/v1/invoices/invoiceable", Caller.CUSTOMER, Input.QUERY),
            Endpoint.of("POST", "/api/v1/invoices", Caller.CUSTOMER, Input.JSON, "titleId", "kind", "items", "amount",
                    "email", "idempotencyKey"),
            Endpoint.of("POST", "/api/v1/invoices/{id}/cancel", Caller.CUSTOMER, Input.NONE),
            Endpoint.of("POST", "/api/v1/invoices/{id}/return", Caller.CUSTOMER, Input.JSON, "reason"),
            Endpoint.of("POST", "/api/v1/invoice-titles", Caller.CUSTOMER, Input.JSON, "type", "name", "taxId", "address",
                    "phone", "bank", "bankAccount"),
            Endpoint.of("POST", "/api/v1/invoice-debt/offset", Caller.CUSTOMER, Input.JSON, "items"));

    static final List<Endpoint> PAGES = List.of(
            Endpoint.of("GET", "/", Caller.CUSTOMER, Input.QUERY),
            Endpoint.of("GET", "/login", Caller.ANONYMOUS, Input.QUERY, "out"),
            // login: only malformed bodies (RAW), no field values, so that the fuzz never counts as a
            // burst of failed logins from 127.0.0.1 (login throttling); NUL in the username is tested
            // with the login change
            Endpoint.of("POST", "/login", Caller.ANONYMOUS, Input.FORM),
            Endpoint.of("POST", "/language", Caller.CUSTOMER, Input.FORM, "lang"),
            Endpoint.of("GET", "/renewals", Caller.CUSTOMER, Input.QUERY,
                    "type", "status", "renewal", "expiring", "q", "page", "done", "sort", "released", "error"),
            Endpoint.of("GET", "/renewals/{id}", Caller.CUSTOMER, Input.QUERY, "done"),
            Endpoint.of("POST", "/renewals/{id}/auto-renew", Caller.CUSTOMER, Input.FORM, "months"),
            Endpoint.of("POST", "/renewals/{id}/auto-renew/cancel", Caller.CUSTOMER, Input.NONE),
            Endpoint.of("GET", "/renewals/auto-renew", Caller.CUSTOMER, Input.QUERY, "id", "type", "status", "sort", "released"),
            Endpoint.of("POST", "/renewals/auto-renew", Caller.CUSTOMER, Input.FORM, "id", "months"),
            Endpoint.of("GET", "/renewals/{id}/renew", Caller.CUSTOMER, Input.QUERY),
            Endpoint.of("POST", "/renewals/{id}/renew", Caller.CUSTOMER, Input.FORM, "months"),
            Endpoint.of("GET", "/renewals/batch", Caller.CUSTOMER, Input.QUERY, "id", "type", "status", "sort", "released"),
            Endpoint.of("POST", "/renewals/batch", Caller.CUSTOMER, Input.FORM, "id", "mode", "months"),
            Endpoint.of("GET", "/quotes/new", Caller.CUSTOMER, Input.QUERY, "id", "mode", "months", "all", "type",
                    "status", "renewal", "expiring", "q", "sort", "released"),
            Endpoint.of("POST", "/quotes", Caller.CUSTOMER, Input.FORM, "id", "mode", "months", "all", "type",
                    "status", "renewal", "expiring", "q", "sort", "released"),
            Endpoint.of("GET", "/quotes/{id}/progress", Caller.CUSTOMER, Input.QUERY),
            Endpoint.of("POST", "/quotes/{id}/retry", Caller.CUSTOMER, Input.NONE),
            Endpoint.of("GET", "/quotes/{id}", Caller.CUSTOMER, Input.QUERY, "download"),
            Endpoint.of("GET", "/quotes/{id}/csv", Caller.CUSTOMER, Input.QUERY),
            Endpoint.of("GET", "/quotes/{id}/pdf", Caller.CUSTOMER, Input.QUERY),
            Endpoint.of("GET", "/orders", Caller.CUSTOMER, Input.QUERY, "status", "page"),
            Endpoint.of("GET", "/orders/{id}", Caller.CUSTOMER, Input.QUERY, "done"),
            Endpoint.of("POST", "/orders/{id}/pay", Caller.CUSTOMER, Input.NONE),
            Endpoint.of("POST", "/orders/{id}/void", Caller.CUSTOMER, Input.NONE),
            Endpoint.of("GET", "/transactions", Caller.CUSTOMER, Input.QUERY, "type", "from", "to", "page"),
            Endpoint.of("GET", "/notices", Caller.CUSTOMER, Input.QUERY, "unread", "page"),
            Endpoint.of("GET", "/bills", Caller.CUSTOMER, Input.QUERY, "page", "done", "arrears"),
            Endpoint.of("GET", "/bills/{id}", Caller.CUSTOMER, Input.QUERY),
            Endpoint.of("POST", "/bills/auto-repay", Caller.CUSTOMER, Input.FORM, "autoRepay"),
            Endpoint.of("POST", "/bills/pay-arrears", Caller.CUSTOMER, Input.FORM, "back"),
            Endpoint.of("GET", "/usage", Caller.CUSTOMER, Input.QUERY, "resourceId", "page"),
            Endpoint.of("POST", "/notices/{id}/read", Caller.CUSTOMER, Input.FORM, "unread", "page"),
            Endpoint.of("POST", "/notices/read-all", Caller.CUSTOMER, Input.FORM, "unread"),
            // recharges (before the password change, whose wrong passwords throttle the customer's login)
            Endpoint.of("GET", "/recharges", Caller.CUSTOMER, Input.QUERY, "page"),
            Endpoint.of("GET", "/recharges/new", Caller.CUSTOMER, Input.QUERY, "channel"),
            Endpoint.of("GET", "/recharges/{id}", Caller.CUSTOMER, Input.QUERY, "from"),
            Endpoint.of("POST", "/recharges", Caller.CUSTOMER, Input.FORM, "amount", "channel", "bank", "accountType"),
            // invoices (also before the password change)
            Endpoint.of("POST", "/invoices", Caller.CUSTOMER, Input.FORM, "titleId", "kind", "item", "amount", "email",
                    "idempotencyKey"),
            Endpoint.of("POST", "/invoices/titles", Caller.CUSTOMER, Input.FORM, "type", "name", "taxId", "address",
                    "phone", "bank", "bankAccount"),
            Endpoint.of("POST", "/invoices/debt/offset", Caller.CUSTOMER, Input.FORM, "item"),
            Endpoint.of("GET", "/admin", Caller.OPERATOR, Input.QUERY, "page", "saved"),
            Endpoint.of("POST", "/admin/clock", Caller.OPERATOR, Input.FORM, "now"),
            Endpoint.of("POST", "/admin/jobs/{name}/run", Caller.OPERATOR, Input.NONE),
            Endpoint.of("GET", "/admin/product-rules/{name}", Caller.OPERATOR, Input.QUERY),
            Endpoint.of("GET", "/admin/product-rules/ECS", Caller.OPERATOR, Input.QUERY),
            Endpoint.of("POST", "/admin/product-rules/{name}", Caller.OPERATOR, Input.NONE),
            Endpoint.of("POST", "/admin/product-rules/ECS", Caller.OPERATOR, Input.FORM,
                    "renewWindowDays", "afterWindow", "autoRenewLeadDays", "autoRenewChangeMinDays", "autoRenewBlockedWithinDays", "autoRenewForResellerAndApi", "allowedMonths", "perResourceDuration", "monthlyPrice", "unsubscribable", "paygGraceDays", "paygOverdueReleaseDays", "version"),
            Endpoint.of("GET", "/notices/settings", Caller.CUSTOMER, Input.QUERY, "saved"),
            Endpoint.of("POST", "/notices/settings", Caller.CUSTOMER, Input.FORM, "kind", "email", "sms"),
            Endpoint.of("GET", "/admin/notice-schedule", Caller.OPERATOR, Input.QUERY, "saved"),
            Endpoint.of("POST", "/admin/notice-schedule", Caller.OPERATOR, Input.FORM, "version", "expiryDays",
                    "releaseDays", "fundsWarningDays", "dataLossDays", "dataLossSmsDays", "kind", "emailAllowed",
                    "smsAllowed", "emailDefault", "smsDefault"),
            Endpoint.of("GET", "/admin/users", Caller.OPERATOR, Input.QUERY, "done"),
            Endpoint.of("POST", "/admin/users", Caller.OPERATOR, Input.FORM, "username", "email", "role", "password"),
            Endpoint.of("POST", "/admin/users/{id}/disable", Caller.OPERATOR, Input.NONE),
            Endpoint.of("POST", "/admin/users/{id}/enable", Caller.OPERATOR, Input.NONE),
            Endpoint.of("POST", "/admin/users/{id}/password", Caller.OPERATOR, Input.FORM, "password"),
            Endpoint.of("POST", "/admin/users/{id}/setup-link", Caller.OPERATOR, Input.NONE),
            // the customer's own password: the current one is never sent right, so nothing can change;
            // a wrong current password is not a failed login (no throttle count for the session's user)
            Endpoint.of("GET", "/account/password", Caller.CUSTOMER, Input.QUERY, "done"),
            Endpoint.of("POST", "/account/password", Caller.CUSTOMER, Input.FORM, "current", "password", "confirm"),
            // setup links: no fuzz value is a real token; "who" never names a user of the test run
            Endpoint.of("GET", "/setup-password", Caller.ANONYMOUS, Input.QUERY, "token"),
            Endpoint.of("POST", "/setup-password", Caller.ANONYMOUS, Input.FORM, "token", "password", "confirm"),
            Endpoint.of("GET", "/setup-password/done", Caller.ANONYMOUS, Input.QUERY),
            Endpoint.of("GET", "/setup-password/new", Caller.ANONYMOUS, Input.QUERY, "sent"),
            Endpoint.of("POST", "/setup-password/new", Caller.ANONYMOUS, Input.FORM, "who"),
            // the sandbox gateway's page (no fuzz value is a signed request), finance's remittances
            Endpoint.of("GET", "/sandbox-gateway/pay", Caller.ANONYMOUS, Input.QUERY, "ref", "amount", "sign"),
            Endpoint.of("POST", "/sandbox-gateway/pay", Caller.ANONYMOUS, Input.FORM, "ref", "amount", "sign", "outcome"),
            Endpoint.of("GET", "/finance/remittances", Caller.OPERATOR, Input.QUERY, "done"),
            Endpoint.of("POST", "/finance/remittances", Caller.OPERATOR, Input.FORM, "account", "amount", "bank",
                    "payerAccount", "payerName", "remittedOn", "note"));

    /**
     * "METHOD /path field" entries whose field sets a password on the fuzz's real id: a value the
     * password rule takes (e.g. {@code "' or 1=1 --"}, 11 characters) is a good password, not bad
     * input, and would rightly change the user; those values are left out there (with the real id
     * only) and the rule itself is tested in PasswordPolicyTest and StaffApiTest.
     */
    static final List<String> SETS_A_PASSWORD = List.of(
            "PUT /api/v1/admin/users/{id}/password password", "POST /admin/users/{id}/password password");

    /** "POST /path field" entries that get no NUL bytes (owned by another change); everything else does. */
    static final List<String> NUL_FREE = List.of();

    /** Values for one JSON field, as JSON: wrong types, out of range, huge, unicode, NUL, nested. */
    static final List<String> JSON_VALUES = List.of(
            "null", "\"\"", "\" \"", "-1", "0", "-9223372036854775808", "9223372036854775808", "1e309", "1.5",
            "-0.01", "\"-1\"", "\"abc\"", "\"\\u0000\"", "\"a\\u0000b\"", "\"\\ud800\"", "\"云服务器😀\\u202e\"",
            "\"" + "x".repeat(5000) + "\"", "\"+999999999-12-31T23:59:59Z\"", "\"+294276-01-01T00:00:00Z\"",
            "\"1999-12-31T23:59:59Z\"", "123", "true", "[]", "[null]", "[{}]", "{}", "{\"a\":[null,{}]}",
            "\"9999999999999.99\"", "\"99999999999999.99\"", "\"0.001\"", "\"1e5\"", "[-1, 0, \"x\"]");

    /** Whole bodies: malformed, wrong top-level types, extra fields, deep nesting. */
    static final List<String> JSON_BODIES = List.of(
            "", "{", "}", "[", "null", "[]", "[null]", "123", "\"text\"", "{\"a\":", "{\"a\" 1}", "{'a':1}",
            "{\"unknown\":1,\"extra\":[1,2]}", "{\"months\":1}{\"months\":2}", "{\"\\u0000\":1}",
            "[".repeat(3000) + "]".repeat(3000), "{\"a\":" + "1".repeat(2000) + "}", "\u0000", "\ufeff{}");

    /** Values for one form field or query parameter, before URL-encoding. */
    static final List<String> TEXT_VALUES = List.of(
            "", " ", "-1", "0", "1.5", "1e3", "abc", "\u0000", "a\u0000b", "\r\n", "\ud800", "云😀\u202e",
            "x".repeat(3000), "99999999999999999999", "-9223372036854775808", "+999999999-12-31",
            "+999999999-12-31T23:59", "294276-01-01T00:00", "1999-12-31", "2200-01-01T00:00", "ALL", "each",
            "true", "<script>", "' or 1=1 --", "%", "%ZZ");

    /** Raw form bodies or query strings (not encoded further): bad escapes, many fields, empty names. */
    static final List<String> RAW = List.of(
            "%ZZ", "months=%ZZ", "months=%", "months=%0", "id=%00", "=", "&&&", "=x&=y", "a=%E4%B8", "%%%=%%%",
            "months=%u0041", "id=" + "1&id=".repeat(1001) + "1", "x=" + "y".repeat(5000));

    /** Path ids that match nobody. */
    static final List<String> BAD_IDS = List.of("0", "-1", "abc", "1.5", "%00", "99999999999999999999",
            "9223372036854775807", "%E4%BA%91", "%20", "1%2F2");

    private static final String FORM = "application/x-www-form-urlencoded";

    @Inject
    Fixtures fixtures;

    @Inject
    DatabaseFingerprint database;

    @Inject
    TestClock clock;

    private Customer customer;
    private String operator;
    private long resourceId;
    /** A finance user the staff endpoints get as their real {id}. */
    private long staffUserId;

    @BeforeEach
    void people() {
        if (customer == null) {
            customer = fixtures.customer("100");
            fixtures.fund(customer, "50", "20");
            CloudResource ecs = fixtures.resource(customer, "ECS", 20);
            resourceId = ecs.id;
            operator = fixtures.staff(Role.OPERATOR);
            staffUserId = ((Number) Api.as(operator)
                    .body(Map.of("username", "fuzzstaff" + System.nanoTime() % 1_000_000_000L,
                            "password", Fixtures.PASSWORD, "role", Role.FINANCE_NAME))
                    .post("/api/v1/admin/users").then().statusCode(201).extract().path("id")).longValue();
        }
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @TestFactory
    Stream<DynamicTest> everyApiEndpoint() {
        return API.stream().map(endpoint -> DynamicTest.dynamicTest(endpoint.toString(), () -> fuzz(endpoint)));
    }

    @TestFactory
    Stream<DynamicTest> everyPageAndForm() {
        return PAGES.stream().map(endpoint -> DynamicTest.dynamicTest(endpoint.toString(), () -> fuzz(endpoint)));
    }

    /** Header values no browser sends, by header name; each is sent alone on a page, a form and the API. */
    static final Map<String, List<String>> BAD_HEADERS = Map.of(
            "Accept-Language", List.of("zz;q=abc", ",,,", "en;q=2", "en;q=-1", ";", "x".repeat(5000), "中文",
                    "en-US,en;q=0.9,zh;q=0.8,*;q=0.1", "en;q=0.5;q=0.7"),
            "Accept", List.of("text/html;q=abc", ",,,", "*/*;q=2", "garbage", "text/", "application/json;charset=\"",
                    ";;;"),
            "Content-Type", List.of("application/x-www-form-urlencoded; charset=bogus", "application/json; charset=bogus",
                    ";;;", "application/x-www-form-urlencoded;;", "text/plain", "multipart/form-data", "/"),
            "Cookie", List.of("lang=%00", "lang=" + "x".repeat(3000), "lang=en; lang=zh", "billing_session=%00",
                    "billing_csrf=%ZZ"));

    @TestFactory
    Stream<DynamicTest> badHeaders() {
        return BAD_HEADERS.entrySet().stream().map(header -> DynamicTest.dynamicTest(header.getKey(), () -> {
            if (customer == null) {
                people();
            }
            RawFormSession session = RawFormSession.loggedIn(customer.username(), Fixtures.PASSWORD);
            session.get("/renewals/" + resourceId + "/renew");
            String basic = "Basic " + Base64.getEncoder()
                    .encodeToString((customer.username() + ":" + Fixtures.PASSWORD).getBytes(StandardCharsets.UTF_8));
            List<String> failures = new ArrayList<>();
            String before = database.take();
            for (String value : header.getValue()) {
                String form = "csrf_token=" + session.csrfToken() + "&months=abc";
                List<Object[]> requests = List.of(
                        new Object[] {"GET", "/renewals", null, session.cookieHeader(), null},
                        new Object[] {"GET", "/", null, session.cookieHeader(), null},
                        new Object[] {"POST", "/renewals/" + resourceId + "/renew", form, session.cookieHeader(), FORM},
                        new Object[] {"GET", "/api/v1/account", null, null, null},
                        new Object[] {"POST", "/api/v1/renewals", "{\"resourceIds\":[-1],\"months\":1}", null,
                                "application/json"});
                for (Object[] request : requests) {
                    Map<String, String> headers = new LinkedHashMap<>();
                    if (request[3] != null) {
                        headers.put("Cookie", (String) request[3]);
                    } else {
                        headers.put("Authorization", basic);
                    }
                    if (request[4] != null) {
                        headers.put("Content-Type", (String) request[4]);
                    }
                    String name = header.getKey();
                    headers.put(name, "Cookie".equals(name) && headers.containsKey(name)
                            ? headers.get(name) + "; " + value : value);
                    RawHttp.Answer answer = RawHttp.send((String) request[0], (String) request[1], headers,
                            (String) request[2]);
                    if (answer.status() >= 500 || answer.status() < 100) {
                        failures.add(answer.status() + " for " + request[0] + " " + request[1] + " with " + name + ": "
                                + abbreviate(value) + " -> " + abbreviate(answer.body()));
                    }
                }
            }
            if (!failures.isEmpty()) {
                fail(failures.size() + " answers were 5xx:\n" + String.join("\n", failures));
            }
            assertEquals(before, database.take(), header.getKey() + " changed the database");
        }));
    }

    private void fuzz(Endpoint endpoint) {
        if (customer == null) {
            people();
        }
        Client client = client(endpoint);
        List<String> failures = new ArrayList<>();
        int reached = 0;
        String before = database.take();
        List<Call> full = calls(endpoint);
        List<Call> few = calls(Endpoint.of(endpoint.method(), endpoint.path(), endpoint.caller(), Input.NONE));
        for (String path : paths(endpoint)) {
            boolean badId = !path.equals(endpoint.path()) && !path.endsWith("/" + resourceId)
                    && !path.contains("/" + resourceId + "/") && !path.contains("/" + customer.accountId() + "/")
                    && !path.endsWith("/users/" + staffUserId) && !path.contains("/users/" + staffUserId + "/");
            for (Call call : badId ? few : full) {
                RawHttp.Answer response = client.send(endpoint.method(), path, call);
                if (reachedTheConsole(response)) {
                    reached++;
                }
                if (response.status() >= 500 || response.status() < 100) {
                    failures.add(response.status() + " for " + endpoint.method() + " " + path + " " + call
                            + " -> " + abbreviate(response.body()));
                }
            }
        }
        if (!failures.isEmpty()) {
            fail(failures.size() + " answers were 5xx:\n" + String.join("\n", failures.subList(0,
                    Math.min(20, failures.size()))));
        }
        assertEquals(before, database.take(), endpoint + " changed the database");
        if (reached == 0) {
            fail(endpoint + ": no request got past authentication and CSRF, so the fuzz tested nothing");
        }
    }

    /**
     * The console itself answered (a page, a redirect, a JSON refusal with a code), rather than the
     * authentication or CSRF layer refusing with an empty body.
     */
    private static boolean reachedTheConsole(RawHttp.Answer answer) {
        int status = answer.status();
        if (status == 401 || status == 403) {
            return false;
        }
        return status < 400 || answer.body().contains("\"code\"") || answer.body().contains("<html");
    }

    /** Bad ids always; the caller's real id too when the endpoint takes input, so the input is looked at. */
    private List<String> paths(Endpoint endpoint) {
        List<String> paths = new ArrayList<>();
        if (endpoint.path().contains("{name}")) {
            BAD_IDS.forEach(id -> paths.add(endpoint.path().replace("{name}", id)));
            paths.add(endpoint.path().replace("{name}", "X".repeat(300)));
            return paths;
        }
        if (!endpoint.path().contains("{id}")) {
            return List.of(endpoint.path());
        }
        BAD_IDS.forEach(id -> paths.add(endpoint.path().replace("{id}", id)));
        if (endpoint.input() != Input.NONE) {
            long real = endpoint.path().startsWith("/api/v1/admin/accounts") ? customer.accountId()
                    : endpoint.path().contains("/users/{id}") ? staffUserId : resourceId;
            paths.add(endpoint.path().replace("{id}", String.valueOf(real)));
        }
        return paths;
    }

    /** One request's input: a query string and/or a body with its content type. */
    record Call(String query, String body, String contentType) {
        @Override
        public String toString() {
            return (query == null ? "" : "?" + abbreviate(query)) + (body == null ? "" : " body " + abbreviate(body));
        }
    }

    private List<Call> calls(Endpoint endpoint) {
        List<Call> calls = new ArrayList<>();
        switch (endpoint.input()) {
            case JSON -> {
                for (String field : endpoint.fields()) {
                    JSON_VALUES.stream().filter(v -> !(setsAPassword(endpoint, field) && goodPassword(jsonText(v))))
                            .forEach(v -> calls.add(json("{\"" + field + "\":" + v + "}")));
                }
                JSON_VALUES.stream().filter(v -> !(setsAPassword(endpoint) && goodPassword(jsonText(v))))
                        .forEach(v -> calls.add(json(allFields(endpoint, v))));
                JSON_BODIES.forEach(body -> calls.add(json(body)));
                calls.add(new Call(null, "months=1", "application/x-www-form-urlencoded"));
                calls.add(new Call(null, "{}", "text/plain"));
            }
            case FORM -> {
                for (String field : endpoint.fields()) {
                    TEXT_VALUES.stream().filter(v -> !(v.contains("\u0000") && nulFree(endpoint, field)))
                            .filter(v -> !(setsAPassword(endpoint, field) && goodPassword(v)))
                            .forEach(v -> calls.add(form(field + "=" + encode(v))));
                    calls.add(form(field + "=-1&" + field + "=abc&" + field));
                }
                RAW.forEach(raw -> calls.add(form(raw)));
                calls.add(new Call(null, "{\"months\":1}", "application/json"));
            }
            case QUERY -> {
                for (String field : endpoint.fields()) {
                    TEXT_VALUES.forEach(v -> calls.add(query(field + "=" + encode(v))));
                    calls.add(query(field + "=-1&" + field + "=abc"));
                }
                calls.add(query("unknown=1&extra=%00"));
                RAW.stream().filter(raw -> raw.length() < 4000).forEach(raw -> calls.add(query(raw)));
            }
            case NONE -> {
                calls.add(new Call(null, null, null));
                calls.add(endpoint.isApi() ? json("{\"unexpected\":\"\\u0000\"}") : form("unexpected=%00"));
                calls.add(endpoint.isApi() ? json("{") : form("%ZZ"));
            }
        }
        return calls;
    }

    private static boolean setsAPassword(Endpoint endpoint, String field) {
        return SETS_A_PASSWORD.contains(endpoint + " " + field);
    }

    private static boolean setsAPassword(Endpoint endpoint) {
        return endpoint.fields().stream().anyMatch(field -> setsAPassword(endpoint, field));
    }

    /** Whether the password rule takes the text (null: not a JSON string, so never a password). */
    private static boolean goodPassword(String text) {
        if (text == null) {
            return false;
        }
        try {
            PasswordPolicy.check(text, null);
            return true;
        } catch (DomainException e) {
            return false;
        }
    }

    /** The text of a JSON string literal; null for any other JSON value. */
    private static String jsonText(String json) {
        try {
            JsonNode node = JSON.readTree(json);
            return node != null && node.isTextual() ? node.textValue() : null;
        } catch (Exception e) {
            return null;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private static boolean nulFree(Endpoint endpoint, String field) {
        return NUL_FREE.contains(endpoint + " " + field);
    }

    private static String allFields(Endpoint endpoint, String value) {
        List<String> pairs = endpoint.fields().stream().map(f -> "\"" + f + "\":" + value).toList();
        return "{" + String.join(",", pairs) + ",\"extraField\":" + value + "}";
    }

    private static Call json(String body) {
        return new Call(null, body, "application/json");
    }

    private static Call form(String body) {
        return new Call(null, body, FORM);
    }

    private static Call query(String query) {
        return new Call(query, null, null);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String abbreviate(String text) {
        String flat = text.replace('\n', ' ');
        return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
    }

    /** Sends calls as the endpoint's caller: HTTP Basic for the API, a logged-in session with CSRF for pages. */
    interface Client {
        RawHttp.Answer send(String method, String path, Call call);
    }

    private Client client(Endpoint endpoint) {
        String username = switch (endpoint.caller()) {
            case CUSTOMER -> customer.username();
            case OPERATOR -> operator;
            case ANONYMOUS -> null;
        };
        if (endpoint.isApi()) {
            String basic = username == null ? null : "Basic " + Base64.getEncoder()
                    .encodeToString((username + ":" + Fixtures.PASSWORD).getBytes(StandardCharsets.UTF_8));
            return (method, path, call) -> {
                Map<String, String> headers = new LinkedHashMap<>();
                if (basic != null) {
                    headers.put("Authorization", basic);
                }
                headers.put("Accept", "application/json");
                return raw(method, path, call, headers);
            };
        }
        RawFormSession session = username == null ? RawFormSession.anonymous()
                : RawFormSession.loggedIn(username, Fixtures.PASSWORD);
        return (method, path, call) -> {
            if ("GET".equals(method)) {
                return raw(method, path, call, new LinkedHashMap<>(Map.of("Cookie", session.cookieHeader())));
            }
            // forms go as UTF-8, as the values were encoded (and as a browser sends them from a UTF-8
            // page); RawFormSession.post lets RestAssured declare ISO-8859-1, which reads "云😀\u202e"
            // (3 characters, 10 bytes) as a 10-character password that the password rule rightly takes
            Response response = call.contentType() != null && !call.contentType().startsWith(FORM)
                    ? session.postAs(path, call.body(), call.contentType())
                    : session.postAs(path, "csrf_token=" + session.csrfToken() + "&"
                            + (call.body() == null ? "" : call.body()), FORM + "; charset=UTF-8");
            return new RawHttp.Answer(response.statusCode(), response.asString());
        };
    }

    private static RawHttp.Answer raw(String method, String path, Call call, Map<String, String> headers) {
        if (call.contentType() != null) {
            headers.put("Content-Type", call.contentType() + "; charset=UTF-8");
        }
        String target = path + (call.query() == null ? "" : "?" + call.query());
        return RawHttp.send(method, target, headers, call.body() == null && !"GET".equals(method) ? "" : call.body());
    }

    static {
        // keep the table honest: every endpoint with input names its fields, except those without any
        for (Endpoint e : API) {
            if (e.input() == Input.JSON && e.fields().isEmpty()) {
                throw new IllegalStateException("JSON endpoint without fields: " + e);
            }
        }
    }
}
