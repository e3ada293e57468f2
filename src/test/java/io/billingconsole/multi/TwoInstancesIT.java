package io.billingconsole.multi;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two consoles on one PostgreSQL database (issue 13, "More than one instance"): the packaged application
 * started twice, in the prod profile with the test clock on, on a fresh database of its own. Everything
 * goes through HTTP, as a load balancer in front of two consoles would send it; the database is read only
 * to check the outcome.
 *
 * <p>Shown: the auto-renew sweep started on both at once attempts every due resource exactly once (one
 * attempt row, one order, one notice and one mail each; the books agree); a session made on one console
 * works on the other and a logout on the other ends it; failed logins counted on both lock the username
 * on both; a product-rule edit on one is seen by the other on its next read.
 *
 * <p>Run by failsafe in {@code ./mvnw verify} after the package phase; {@code -DskipITs} skips it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoInstancesIT {

    private static final String HOST = System.getenv().getOrDefault("BILLING_TEST_DB_HOST", "127.0.0.1:5432");
    private static final String DB_USER = System.getenv().getOrDefault("BILLING_DB_USER", "postgres");
    private static final String DB_PASSWORD = System.getenv().getOrDefault("BILLING_DB_PASSWORD", "");
    private static final String OPERATOR = "ops-chief";
    private static final String OPERATOR_PASSWORD = "two-consoles-pass-1";
    private static final String CUSTOMER_PASSWORD = "customer-pass-1";
    /** The business day of the test: the test clock is moved there before the second console starts. */
    private static final LocalDate TODAY = LocalDate.of(2018, 5, 10);
    private static final Pattern CSRF = Pattern.compile("name=\"csrf_token\" value=\"([^\"]+)\"");
    /** Failures in a row that lock a username; the consoles count every failure in the database. */
    private static final int LOCK_AFTER = 6;

    private String database;
    private GreenMail mail;
    private ConsoleProcess one;
    private ConsoleProcess two;

    @BeforeAll
    void startTwoConsoles() throws Exception {
        database = "billing_multi_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        admin("create database " + database);
        int smtp = ConsoleProcess.freePort();
        mail = new GreenMail(new ServerSetup(smtp, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        mail.start();
        mail.getSmtp().setClientSocketTimeout(3_000);

        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("quarkus.datasource.jdbc.url", jdbcUrl());
        settings.put("quarkus.datasource.username", DB_USER);
        settings.put("quarkus.datasource.password", DB_PASSWORD);
        settings.put("quarkus.datasource.jdbc.max-size", "8");
        settings.put("billing.db.create-if-missing", "false");
        settings.put("billing.test-clock.enabled", "true");
        // both get the first operator's settings: only one operator is created (advisory lock), the other start ignores them
        settings.put("billing.admin.username", OPERATOR);
        settings.put("billing.admin.password", OPERATOR_PASSWORD);
        settings.put("quarkus.mailer.host", "127.0.0.1");
        settings.put("quarkus.mailer.port", String.valueOf(smtp));
        settings.put("quarkus.mailer.start-tls", "DISABLED");
        settings.put("quarkus.mailer.from", "billing@multi.test");
        settings.put("quarkus.mailer.keep-alive-timeout", "PT1S");
        settings.put("billing.mail.dispatch-every", "1s");
        settings.put("billing.mail.retry-delay", "PT1S");
        settings.put("billing.mail.max-retry-delay", "PT5S");
        settings.put("billing.login.user-delay-after", "1000");
        settings.put("billing.login.user-lock-after", String.valueOf(LOCK_AFTER));
        settings.put("billing.login.address-delay-after", "1000000");
        settings.put("billing.payout.every", "off");
        settings.put("quarkus.log.category.\"io.billingconsole\".level", "INFO");

        one = ConsoleProcess.start("console-1", settings);
        one.awaitReady(Duration.ofSeconds(120));
        // the test clock's offset is read at start-up: move it before the second console starts (README)
        operator(one).contentType("application/json")
                .body(Map.of("now", TODAY + "T12:00:00+08:00"))
                .put("/api/v1/admin/clock").then().statusCode(200);
        two = ConsoleProcess.start("console-2", settings);
        two.awaitReady(Duration.ofSeconds(120));
        String clockOnTwo = operator(two).get("/api/v1/admin/clock").then().statusCode(200).extract().path("now");
        assertTrue(clockOnTwo.startsWith(TODAY.toString()), "console 2 shares the stored clock: " + clockOnTwo);
    }

    @AfterAll
    void stopEverything() throws Exception {
        try {
            if (one != null) {
                one.close();
            }
        } finally {
            try {
                if (two != null) {
                    two.close();
                }
            } finally {
                try {
                    if (mail != null) {
                        mail.stop();
                    }
                } finally {
                    if (database != null) {
                        admin("drop database if exists " + database + " with (force)");
                    }
                }
            }
        }
    }

    /**
     * 8 accounts with 5 due ECS each (6 can pay, 2 cannot); the sweep is started on both consoles at the same
     * moment, twice. Each resource gets exactly one attempt, one order and one notice and mail, the books agree,
     * and the second pair of runs changes nothing.
     */
    @Test
    @Order(1)
    void theSweepRunOnBothAtOnceAttemptsEveryDueResourceOnce() throws Exception {
        String ecsPrice = operator(one).get("/api/v1/admin/product-rules/ECS").then().statusCode(200)
                .extract().path("monthlyPrice");
        long priceFen = fen(ecsPrice);
        List<Long> payers = new ArrayList<>();
        List<Long> broke = new ArrayList<>();
        Map<Long, String> resourceNames = new HashMap<>();
        for (int a = 0; a < 8; a++) {
            boolean pays = a < 6;
            // created alternately on both consoles: either may serve any request
            ConsoleProcess console = a % 2 == 0 ? one : two;
            String username = "sweep" + a;
            long accountId = createCustomer(console, username);
            if (pays) {
                operator(console).contentType("application/json").body(Map.of("amount", "10000.00", "note", "top-up"))
                        .post("/api/v1/admin/accounts/" + accountId + "/credit").then().statusCode(201);
                payers.add(accountId);
            } else {
                broke.add(accountId);
            }
            for (int r = 0; r < 5; r++) {
                String name = "multi-" + a + "-" + r;
                // expiring in 3 … 7 days: the first attempt (9 days before expiry for ECS) has passed, due today
                long id = ((Number) operator(console).contentType("application/json").body(Map.of(
                                "accountId", accountId, "productType", "ECS", "name", name,
                                "expiresAt", TODAY.plusDays(3 + r) + "T00:00:00+08:00", "billingMethod", "SUBSCRIPTION"))
                        .post("/api/v1/admin/resources").then().statusCode(201).extract().path("id")).longValue();
                customer(r % 2 == 0 ? two : one, username).contentType("application/json")
                        .body(Map.of("enabled", true, "months", 1))
                        .put("/api/v1/resources/" + id + "/auto-renew").then().statusCode(200);
                resourceNames.put(id, name);
            }
        }
        int due = resourceNames.size();
        assertEquals(due, count("select count(*) from cloud_resource where next_auto_renew_on <= ?", TODAY),
                "every resource is due today");

        List<Map<String, Object>> runs = runOnBothAtOnce();
        List<Map<String, Object>> again = runOnBothAtOnce();

        for (Map<String, Object> run : concat(runs, again)) {
            assertEquals(0, ((Number) run.get("failed")).intValue(), "no attempt failed: " + run);
        }
        assertNotEquals(runs.get(0).get("instance"), runs.get(1).get("instance"), "two processes ran it: " + runs);
        System.out.printf("AUTO_RENEW on both at once: console 1 changed %s, console 2 changed %s; again: %s and %s%n",
                runs.get(0).get("changed"), runs.get(1).get("changed"), again.get(0).get("changed"),
                again.get(1).get("changed"));
        assertEquals(0, ((Number) again.get(0).get("changed")).intValue() + ((Number) again.get(1).get("changed")).intValue(),
                "a second run on the same day changes nothing: " + again);

        // every due resource attempted exactly once, with the outcome its account's money allows
        assertEquals(due, count("select count(*) from auto_renew_attempt"), "one attempt per due resource");
        assertEquals(due, count("select count(distinct resource_id) from auto_renew_attempt where business_date = ?", TODAY));
        assertEquals(payers.size() * 5, count("select count(*) from auto_renew_attempt where outcome = 'RENEWED'"));
        assertEquals(broke.size() * 5, count("select count(*) from auto_renew_attempt where outcome = 'INSUFFICIENT_BALANCE'"));
        assertEquals(0, count("select count(*) from cloud_resource where next_auto_renew_on <= ?", TODAY), "none still due");
        // one order per attempt: paid for the payers, voided for the others
        assertEquals(payers.size() * 5, count("select count(*) from orders where kind = 'AUTO_RENEWAL' and status = 'PAID'"));
        assertEquals(broke.size() * 5, count("select count(*) from orders where kind = 'AUTO_RENEWAL' and status = 'VOIDED'"));
        assertEquals(due, count("select count(*) from orders where kind = 'AUTO_RENEWAL'"));
        assertEquals(due, count("select count(distinct order_id) from auto_renew_attempt"));
        // renewed once: one month more
        assertEquals(payers.size() * 5, count("select count(*) from cloud_resource r join auto_renew_attempt t"
                + " on t.resource_id = r.id and t.outcome = 'RENEWED' where r.expires_at = t.period_expiry + interval '1 month'"));
        // the books: each payer paid five months of ECS, and every balance is the sum of its ledger entries
        for (long payer : payers) {
            assertEquals(1_000_000 - 5 * priceFen, count("select cash_balance_fen from account where id = ?", payer),
                    "10,000.00 less five months of ECS for account " + payer);
        }
        assertEquals(0, count("select count(*) from account a where a.cash_balance_fen <> (select coalesce(sum(amount_fen), 0)"
                + " from ledger_entry where account_id = a.id and pocket in ('CASH', 'CREDIT', 'TRANSFERRED'))"),
                "every balance equals the sum of its ledger entries");
        for (long poor : broke) {
            assertEquals(0, count("select cash_balance_fen from account where id = ?", poor));
        }

        // one notice per attempt (no account got a notice twice), and each mail arrives once
        assertEquals(due, count("select count(*) from notice where kind in ('RENEWAL_SUCCEEDED', 'BALANCE_LOW')"));
        assertEquals(0, count("select count(*) from (select account_id, dedupe_key from notice"
                + " group by account_id, dedupe_key having count(*) > 1) twice"));
        awaitOutboxSent();
        List<String> received = new ArrayList<>();
        for (MimeMessage message : mail.getReceivedMessages()) {
            received.add(recipients(message) + " | " + message.getSubject());
        }
        // two mails per resource: auto-renewal switched on, then the attempt's outcome (renewed / balance low)
        for (String name : resourceNames.values()) {
            assertEquals(2, received.stream().filter(m -> containsWord(m, name)).count(),
                    "two mails about " + name + ": " + received);
        }
        assertEquals(received.size(), received.stream().distinct().count(), "no mail twice: " + received);
        assertEquals(count("select count(*) from mail_outbox where sent_at is not null"), received.size(),
                "each queued mail sent once, by one of the consoles");
    }

    /** A login on console 1 is a session on console 2; the form token made by one is accepted by the other. */
    @Test
    @Order(2)
    void aSessionMadeOnOneConsoleWorksOnTheOther() {
        createCustomer(one, "roaming");
        Map<String, String> cookies = new HashMap<>();
        String loginForm = page(one, cookies, "/login").then().statusCode(200).extract().asString();
        Response login = RestAssured.given().baseUri(one.baseUri()).redirects().follow(false).cookies(cookies)
                .contentType("application/x-www-form-urlencoded")
                .formParam("csrf_token", csrf(loginForm))
                .formParam("username", "roaming").formParam("password", CUSTOMER_PASSWORD)
                .post("/login");
        assertEquals(303, login.statusCode(), "logged in on console 1");
        cookies.putAll(login.getCookies());
        assertNotNull(cookies.get("billing_session"));

        Response onTwo = page(two, cookies, "/renewals");
        assertEquals(200, onTwo.statusCode(), "the session works on console 2");
        assertTrue(onTwo.asString().contains("roaming"), "console 2 knows who it is");

        // a form token of a page from console 1, posted to console 2 (the CSRF key is shared in the database)
        String token = csrf(page(one, cookies, "/renewals").then().statusCode(200).extract().asString());
        Response logout = RestAssured.given().baseUri(two.baseUri()).redirects().follow(false).cookies(cookies)
                .contentType("application/x-www-form-urlencoded").formParam("csrf_token", token)
                .post("/logout");
        assertEquals(303, logout.statusCode(), "logged out on console 2");
        Response after = page(one, cookies, "/renewals");
        assertTrue(after.statusCode() == 302 || after.statusCode() == 303, "the session ended on console 1 too: "
                + after.statusCode());
        assertTrue(after.getHeader("Location").contains("/login"), after.getHeader("Location"));
    }

    /** Wrong passwords on both consoles count together: the username is locked on both. */
    @Test
    @Order(3)
    void failedLoginsOnBothConsolesLockTheUsernameOnBoth() throws Exception {
        createCustomer(one, "guessed");
        for (int i = 0; i < LOCK_AFTER; i++) {
            ConsoleProcess console = i % 2 == 0 ? one : two;
            int status = RestAssured.given().baseUri(console.baseUri()).auth().preemptive().basic("guessed", "wrong-pass-" + i)
                    .get("/api/v1/account").statusCode();
            // the failure that reaches the limit is already answered as a lock
            assertEquals(i < LOCK_AFTER - 1 ? 401 : 429, status, "failure " + (i + 1) + " on " + console.name);
        }
        for (ConsoleProcess console : List.of(one, two)) {
            Response locked = customer(console, "guessed").get("/api/v1/account");
            assertEquals(429, locked.statusCode(), "the right password is refused on " + console.name);
            assertEquals("TOO_MANY_LOGIN_ATTEMPTS", locked.jsonPath().getString("code"));
            assertNotNull(locked.getHeader("Retry-After"));
        }
        assertEquals(1, count("select count(*) from notice n join app_user u on u.account_id = n.account_id"
                + " where u.username = 'guessed'"), "one lock notice");
        awaitOutboxSent();
        List<String> lockMails = new ArrayList<>();
        for (MimeMessage message : mail.getReceivedMessages()) {
            if (recipients(message).contains("guessed@multi.test")) {
                lockMails.add(message.getSubject());
            }
        }
        assertEquals(1, lockMails.size(), "one lock mail: " + lockMails);
    }

    /** An operator edits a product rule on console 1; console 2, which had the catalog cached, answers the new rule. */
    @Test
    @Order(4)
    void aProductRuleEditOnOneConsoleIsSeenByTheOtherAtOnce() {
        Map<String, Object> before = operator(two).get("/api/v1/admin/product-rules/DOMAIN").then().statusCode(200)
                .extract().as(Map.class);
        operator(two).get("/api/v1/admin/product-rules/DOMAIN").then().statusCode(200);   // cached on console 2
        int lead = ((Number) before.get("autoRenewLeadDays")).intValue();
        Map<String, Object> edit = new LinkedHashMap<>();
        for (String field : List.of("renewWindowDays", "afterWindow", "autoRenewLeadDays", "autoRenewChangeMinDays",
                "autoRenewBlockedWithinDays", "autoRenewForResellerAndApi", "allowedMonths", "perResourceDuration",
                "monthlyPrice", "unsubscribable", "paygGraceDays", "paygOverdueReleaseDays", "version")) {
            edit.put(field, before.get(field));
        }
        edit.put("autoRenewLeadDays", lead + 1);
        edit.put("monthlyPrice", "123.45");
        operator(one).contentType("application/json").body(edit).put("/api/v1/admin/product-rules/DOMAIN")
                .then().statusCode(200);

        Map<String, Object> after = operator(two).get("/api/v1/admin/product-rules/DOMAIN").then().statusCode(200)
                .extract().as(Map.class);
        assertEquals(lead + 1, ((Number) after.get("autoRenewLeadDays")).intValue(), "console 2: " + after);
        assertEquals("123.45", after.get("monthlyPrice"));
        assertNotEquals(before.get("version"), after.get("version"));
        // and a stale edit sent to console 2 with the version console 2 showed before is refused there
        operator(two).contentType("application/json").body(edit).put("/api/v1/admin/product-rules/DOMAIN")
                .then().statusCode(409);
    }

    // ---- the two consoles' API, as clients ----

    private List<Map<String, Object>> runOnBothAtOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<CompletableFuture<Map<String, Object>>> runs = new ArrayList<>();
            for (ConsoleProcess console : List.of(one, two)) {
                RequestSpecification request = operator(console);
                runs.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    Response response = request.post("/api/v1/admin/jobs/AUTO_RENEW/run");
                    assertEquals(200, response.statusCode(), console.name + ": " + response.asString());
                    return response.jsonPath().getMap("");
                }, pool));
            }
            start.countDown();
            List<Map<String, Object>> results = new ArrayList<>();
            for (CompletableFuture<Map<String, Object>> run : runs) {
                results.add(run.get(120, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private long createCustomer(ConsoleProcess console, String username) {
        return ((Number) operator(console).contentType("application/json").body(Map.of(
                        "username", username, "password", CUSTOMER_PASSWORD, "email", username + "@multi.test",
                        "displayName", "Customer " + username))
                .post("/api/v1/admin/accounts").then().statusCode(201).extract().path("id")).longValue();
    }

    private static RequestSpecification operator(ConsoleProcess console) {
        return RestAssured.given().baseUri(console.baseUri()).auth().preemptive().basic(OPERATOR, OPERATOR_PASSWORD);
    }

    private static RequestSpecification customer(ConsoleProcess console, String username) {
        return RestAssured.given().baseUri(console.baseUri()).auth().preemptive().basic(username, CUSTOMER_PASSWORD);
    }

    private static Response page(ConsoleProcess console, Map<String, String> cookies, String path) {
        Response response = RestAssured.given().baseUri(console.baseUri()).redirects().follow(false).cookies(cookies)
                .get(path);
        cookies.putAll(response.getCookies());
        return response;
    }

    private static String csrf(String html) {
        Matcher matcher = CSRF.matcher(html);
        assertTrue(matcher.find(), "a form with a CSRF token");
        return matcher.group(1);
    }

    private static boolean containsWord(String text, String name) {
        return Pattern.compile("(?<![\\w-])" + Pattern.quote(name) + "(?![\\w-])").matcher(text).find();
    }

    private static String recipients(MimeMessage message) {
        try {
            List<String> to = new ArrayList<>();
            for (Address address : message.getAllRecipients()) {
                to.add(address.toString());
            }
            return String.join(",", to);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long fen(String yuan) {
        return new java.math.BigDecimal(yuan).movePointRight(2).longValueExact();
    }

    private static <T> List<T> concat(List<T> first, List<T> second) {
        List<T> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    // ---- the database, read to check the outcome ----

    /** Waits until the consoles' dispatchers sent every queued mail (either console may send any of them). */
    private void awaitOutboxSent() throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (count("select count(*) from mail_outbox where sent_at is null and next_attempt_at is not null") > 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("mails still queued after 60 s");
            }
            Thread.sleep(250);
        }
    }

    private long count(String sql, Object... parameters) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl(), DB_USER, DB_PASSWORD);
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private String jdbcUrl() {
        return "jdbc:postgresql://" + HOST + "/" + database;
    }

    private static void admin(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:postgresql://" + HOST + "/postgres", DB_USER, DB_PASSWORD);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
