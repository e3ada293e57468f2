package io.billingconsole.account;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;

/**
 * Keeps the login tables small: drops expired sessions and login-failure counts that are older
 * than {@code billing.login.forget-after}. Safe on several instances at once (plain deletes).
 */
@ApplicationScoped
public class LoginHousekeeping {

    /** Like sessions, throttle counts age in real time, whatever the test clock says. */
    private static final Clock WALL_CLOCK = Clock.systemUTC();

    @Inject
    UserDirectory users;

    @Inject
    LoginThrottle throttle;

    @Scheduled(every = "1h", delayed = "5m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void hourly() {
        users.purgeExpiredSessions();
        throttle.purge(WALL_CLOCK.instant());
    }
}
