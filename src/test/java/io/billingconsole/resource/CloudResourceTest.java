package io.billingconsole.resource;

import io.billingconsole.catalog.AfterWindow;
import io.billingconsole.catalog.ProductRule;
import io.billingconsole.shared.DomainException;
import io.billingconsole.shared.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The renewal window after expiry, per product, and what renewing inside it does. */
class CloudResourceTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Instant EXPIRY = LocalDate.of(2017, 3, 30).atStartOfDay(ZONE).toInstant();

    @ParameterizedTest(name = "{0}: renewable for {1} days after expiry")
    @CsvSource({
            "DOMAIN, 30, EXPIRED_FOR_GOOD",
            "DOMAIN_HK, 28, EXPIRED_FOR_GOOD",
            "VIRTUAL_HOST, 15, RELEASED_DATA_DELETED",
            "SITE_BUILDER, 30, RELEASED",
            "ENTERPRISE_MAIL, 30, RELEASED",
            "ECS, 15, RELEASED"
    })
    void theWindowEndsExactlyWindowDaysAfterExpiry(String product, int windowDays, AfterWindow after) {
        ProductRule rule = rule(product, windowDays, after);
        Instant windowEnd = EXPIRY.atZone(ZONE).plusDays(windowDays).toInstant();

        assertEquals(Optional.empty(), resource().renewalBlocker(EXPIRY.minusSeconds(1), rule, ZONE));
        assertEquals(Optional.empty(), resource().renewalBlocker(EXPIRY, rule, ZONE), "on expiry");
        assertEquals(Optional.empty(), resource().renewalBlocker(windowEnd.minusSeconds(1), rule, ZONE),
                "the window's last second");
        assertEquals(Optional.of(ResourceError.RENEWAL_WINDOW_PASSED), resource().renewalBlocker(windowEnd, rule, ZONE));
    }

    @Test
    void renewingInsideTheWindowExtendsFromTheOldExpiryNotFromToday() {
        ProductRule rule = rule("DOMAIN", 30, AfterWindow.EXPIRED_FOR_GOOD);
        CloudResource resource = resource();
        resource.status = ResourceStatus.EXPIRED;
        Instant tenDaysLate = EXPIRY.plus(Duration.ofDays(10));

        Instant renewed = resource.renew(12, rule, tenDaysLate, ZONE);

        assertEquals(LocalDate.of(2018, 3, 30).atStartOfDay(ZONE).toInstant(), renewed);
        assertEquals(ResourceStatus.RUNNING, resource.status);
    }

    @Test
    void aRenewalThatStillEndsInThePastLeavesTheResourceExpired() {
        ProductRule rule = rule("ECS", 45, AfterWindow.RELEASED);
        CloudResource resource = resource();
        resource.status = ResourceStatus.EXPIRED;

        resource.renew(1, rule, EXPIRY.plus(Duration.ofDays(40)), ZONE);

        assertEquals(LocalDate.of(2017, 4, 30).atStartOfDay(ZONE).toInstant(), resource.expiresAt);
        assertEquals(ResourceStatus.EXPIRED, resource.status);
    }

    @Test
    void releasedAndPaygResourcesAreNeverRenewed() {
        ProductRule rule = rule("ECS", 15, AfterWindow.RELEASED);
        CloudResource released = resource();
        released.status = ResourceStatus.RELEASED;
        DomainException refused = assertThrows(DomainException.class, () -> released.renew(1, rule, EXPIRY, ZONE));
        assertEquals(ResourceError.RESOURCE_RELEASED, refused.code());
        assertEquals(EXPIRY, released.expiresAt, "unchanged");

        CloudResource payg = resource();
        payg.billingMethod = BillingMethod.PAYG;
        payg.expiresAt = null;
        assertEquals(Optional.of(ResourceError.PAYG_NOT_RENEWABLE), payg.renewalBlocker(EXPIRY, rule, ZONE));
    }

    @Test
    void theLifecycleExpiresAtExpiryAndReleasesAfterTheWindow() {
        ProductRule host = rule("VIRTUAL_HOST", 15, AfterWindow.RELEASED_DATA_DELETED);
        CloudResource resource = resource();

        assertFalse(resource.advanceLifecycle(EXPIRY.minusSeconds(1), host, ZONE));
        assertEquals(ResourceStatus.RUNNING, resource.status);

        assertTrue(resource.advanceLifecycle(EXPIRY, host, ZONE));
        assertEquals(ResourceStatus.EXPIRED, resource.status);
        assertFalse(resource.advanceLifecycle(EXPIRY.plus(Duration.ofDays(1)), host, ZONE), "nothing more to do");

        Instant windowEnd = EXPIRY.plus(Duration.ofDays(15));
        assertTrue(resource.advanceLifecycle(windowEnd, host, ZONE));
        assertEquals(ResourceStatus.RELEASED, resource.status);
        assertEquals(windowEnd, resource.releasedAt);
        assertTrue(resource.dataDeleted, "a virtual host's data is gone for good");
    }

    @Test
    void daysLeftCountsCalendarDaysInTheBusinessZone() {
        CloudResource resource = resource();
        assertEquals(9L, resource.daysLeft(LocalDate.of(2017, 3, 21), ZONE));
        assertEquals(0L, resource.daysLeft(LocalDate.of(2017, 3, 30), ZONE));
        assertEquals(-3L, resource.daysLeft(LocalDate.of(2017, 4, 2), ZONE));
    }

    private static CloudResource resource() {
        CloudResource resource = new CloudResource();
        resource.id = 1L;
        resource.name = "r";
        resource.billingMethod = BillingMethod.SUBSCRIPTION;
        resource.status = ResourceStatus.RUNNING;
        resource.expiresAt = EXPIRY;
        resource.monthlyPrice = Money.yuan(10);
        return resource;
    }

    private static ProductRule rule(String type, int windowDays, AfterWindow after) {
        ProductRule rule = new ProductRule();
        rule.productType = type;
        rule.renewWindowDays = windowDays;
        rule.afterWindow = after;
        rule.allowedMonths = "1,2,3,12";
        return rule;
    }
}
