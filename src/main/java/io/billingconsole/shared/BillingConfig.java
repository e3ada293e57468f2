package io.billingconsole.shared;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** The console's own settings ({@code billing.*}); see the configuration table in the README. */
@ConfigMapping(prefix = "billing")
public interface BillingConfig {

    /** Time zone of every business date (expiry at 00:00, daily sweeps). */
    @WithDefault("Asia/Shanghai")
    ZoneId zone();

    /** Load the demo accounts and resources at start-up when they are missing. */
    @WithName("demo-data")
    @WithDefault("false")
    boolean demoData();

    @WithName("test-clock")
    TestClock testClock();

    Db db();

    Sweep sweep();

    Session session();

    Mail mail();

    Limits limits();

    interface TestClock {
        /** Lets operators read and move the business clock (never in production). */
        @WithDefault("false")
        boolean enabled();
    }

    interface Sweep {
        /** Local time of the daily sweeps (auto-renewal, expiry notices) in the business zone. */
        @WithName("daily-at")
        @WithDefault("08:00")
        LocalTime dailyAt();

        /** How many missed days a restart catches up at most (the test clock always catches up in full). */
        @WithName("max-catch-up-days")
        @WithDefault("31")
        int maxCatchUpDays();
    }

    interface Db {
        /** Create the configured database at start-up when it does not exist yet. */
        @WithName("create-if-missing")
        @WithDefault("true")
        boolean createIfMissing();
    }

    interface Session {
        /** How long a console login lasts, in hours. */
        @WithName("max-age-hours")
        @WithDefault("12")
        int maxAgeHours();

        /** Mark the session cookie Secure (set true behind HTTPS). */
        @WithName("secure-cookie")
        @WithDefault("false")
        boolean secureCookie();
    }

    /** The notice e-mails; the outbox settings ({@code max-attempts}, {@code retry-delay} ...) are {@link OutboxSettings}. */
    interface Mail extends OutboxSettings {
        /** Send notice e-mails. When off, notices only go to the message center and nothing is queued. */
        @WithDefault("true")
        boolean enabled();

        /** The console's address as customers reach it, for the links in e-mails. */
        @WithName("console-url")
        @WithDefault("http://localhost:8080")
        String consoleUrl();
    }

    // ---- issue 7: authentication and browser security ----

    Login login();

    Api api();

    /** Login throttling: failed logins are counted per username and per client address, in the database. */
    interface Login {
        /** After this many failures in a row a username must wait before its next attempt (1 s, doubling). */
        @WithName("user-delay-after")
        @WithDefault("5")
        int userDelayAfter();

        /** After this many failures in a row a username is locked for {@link #lockDuration()}. */
        @WithName("user-lock-after")
        @WithDefault("20")
        int userLockAfter();

        /** How long a lock lasts; customers get a notice (message center and e-mail) when it starts. */
        @WithName("lock-duration")
        @WithDefault("PT15M")
        Duration lockDuration();

        /** After this many failures from one client address (any usernames) it must wait too (1 s, doubling). */
        @WithName("address-delay-after")
        @WithDefault("20")
        int addressDelayAfter();

        /** The first wait; each further failure doubles it, up to {@link #maxDelay()}. */
        @WithName("base-delay")
        @WithDefault("PT1S")
        Duration baseDelay();

        @WithName("max-delay")
        @WithDefault("PT5M")
        Duration maxDelay();

        /** A count with no failure for this long starts over (and its row is purged). */
        @WithName("forget-after")
        @WithDefault("PT24H")
        Duration forgetAfter();
    }

    interface Api {
        /** Serve the API description at /q/openapi to anybody; when false only operators (HTTP Basic) see it. */
        @WithName("public-openapi")
        @WithDefault("false")
        boolean publicOpenapi();

        /** The {@code servers} URL in /q/openapi (issue 8); by default the console address. */
        @WithName("server-url")
        Optional<String> serverUrl();
    }

    // ---- issue 7: input hardening ----
    /** Upper bounds of the amounts that enter the console, in yuan with at most two decimals ("1000000.00"). */
    interface Limits {
        /** At most this much per top-up (operator credit). */
        @WithName("top-up-max")
        @WithDefault("1000000.00")
        String topUpMax();

        /** The largest credit line an account may get. */
        @WithName("credit-line-max")
        @WithDefault("1000000.00")
        String creditLineMax();

        /** The largest face value of one voucher. */
        @WithName("voucher-max")
        @WithDefault("100000.00")
        String voucherMax();

        /** The largest monthly price a registered resource may carry. */
        @WithName("monthly-price-max")
        @WithDefault("1000000.00")
        String monthlyPriceMax();
    }

    // ---- issue 7: first operator, demo data in production ----

    /** The first operator, created at start-up when no operator exists (once; never overwritten). */
    Admin admin();

    /** Load demo data even in production (a throw-away demo server); without it, production refuses demo data. */
    @WithName("demo-data-force")
    @WithDefault("false")
    boolean demoDataForce();

    interface Admin {
        /** BILLING_ADMIN_USERNAME. */
        Optional<String> username();

        /** BILLING_ADMIN_PASSWORD. */
        Optional<String> password();
    }
}
