package io.billingconsole.autorenew;

import io.billingconsole.catalog.AfterWindow;
import io.billingconsole.catalog.ProductFamily;
import io.billingconsole.catalog.ProductRule;
import io.billingconsole.resource.BillingMethod;
import io.billingconsole.resource.Channel;
import io.billingconsole.resource.CloudResource;
import io.billingconsole.resource.ResourceError;
import io.billingconsole.resource.ResourceStatus;
import io.billingconsole.shared.DomainException;
import io.billingconsole.shared.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The auto-renew rules of SPEC sections 1 and 2, on the aggregate, without a database. */
class AutoRenewRulesTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final LocalTime EIGHT = LocalTime.of(8, 0);
    private static final Instant EXPIRY = LocalDate.of(2017, 3, 30).atStartOfDay(ZONE).toInstant();

    @ParameterizedTest(name = "{0} days left: refused = {1}")
    @CsvSource({"21, false", "20, false", "19, true", "1, true"})
    void wanwangSetsAndCancelsOnlyWhileTwentyDaysRemain(int daysLeft, boolean refused) {
        ProductRule domain = wanwang();
        Instant now = LocalDate.of(2017, 3, 30).minusDays(daysLeft).atTime(15, 0).atZone(ZONE).toInstant();
        CloudResource resource = resource();

        assertEquals(refused, resource.autoRenewRefusal(false, domain, now, ZONE).isPresent(), "set");
        assertEquals(refused, resource.autoRenewRefusal(true, domain, now, ZONE).isPresent(), "cancel");
        resource.autoRenewRefusal(false, domain, now, ZONE).ifPresent(e -> {
            assertEquals(ResourceError.AUTO_RENEW_CHANGE_TOO_LATE, e.code());
            assertEquals(String.valueOf(daysLeft), e.args().get(1));
        });
    }

    /**
     * SPEC section 1, column "set/cancel auto-renew": the cut-off holds for cancelling as it does for
     * setting. Cloud: not when the resource expires within 1 day (expiry 03-30 00:00, so from 03-29
     * 00:00 on); Wanwang: only while at least 20 days remain (to 03-10 23:59:59, not from 03-11 00:00).
     */
    @Test
    void cloudProductsCanBeNeitherSetNorCancelledWhenTheyExpireWithinOneDay() {
        Instant lastAllowed = LocalDateTime.of(2017, 3, 28, 23, 59, 59).atZone(ZONE).toInstant();
        Instant firstRefused = LocalDateTime.of(2017, 3, 29, 0, 0).atZone(ZONE).toInstant();
        for (boolean cancelling : new boolean[]{false, true}) {
            String what = cancelling ? "cancel" : "set";
            assertEquals(Optional.empty(), resource().autoRenewRefusal(cancelling, cloud(), lastAllowed, ZONE), what);
            DomainException refused = resource().autoRenewRefusal(cancelling, cloud(), firstRefused, ZONE).orElseThrow();
            assertEquals(ResourceError.AUTO_RENEW_EXPIRES_TOO_SOON, refused.code(), what);
            assertEquals("1", refused.args().get(1), what);
            assertEquals(ResourceError.AUTO_RENEW_EXPIRES_TOO_SOON, resource().autoRenewRefusal(cancelling, cloud(),
                    LocalDateTime.of(2017, 3, 29, 23, 59).atZone(ZONE).toInstant(), ZONE).orElseThrow().code(), what);
        }
    }

    @Test
    void wanwangCanBeNeitherSetNorCancelledOnceFewerThanTwentyDaysRemain() {
        Instant lastAllowed = LocalDateTime.of(2017, 3, 10, 23, 59, 59).atZone(ZONE).toInstant();
        Instant firstRefused = LocalDateTime.of(2017, 3, 11, 0, 0).atZone(ZONE).toInstant();
        for (boolean cancelling : new boolean[]{false, true}) {
            String what = cancelling ? "cancel" : "set";
            assertEquals(Optional.empty(), resource().autoRenewRefusal(cancelling, wanwang(), lastAllowed, ZONE), what);
            DomainException refused = resource().autoRenewRefusal(cancelling, wanwang(), firstRefused, ZONE).orElseThrow();
            assertEquals(ResourceError.AUTO_RENEW_CHANGE_TOO_LATE, refused.code(), what);
            assertEquals(List.of("r7", "19", "20"), refused.args(), what);
        }
    }

    @Test
    void aRefusedCancelLeavesTheSettingAndTheNextAttemptAsTheyWere() {
        for (ProductRule rule : List.of(cloud(), wanwang())) {
            CloudResource resource = resource();
            resource.setAutoRenew(12, rule, at(2017, 2, 1, 10), ZONE);
            LocalDate next = resource.nextAutoRenewOn;
            Instant inside = LocalDateTime.of(2017, 3, 29, 9, 0).atZone(ZONE).toInstant();

            DomainException refused = assertThrows(DomainException.class, () -> resource.cancelAutoRenew(rule, inside, ZONE));

            assertTrue(refused.code() == ResourceError.AUTO_RENEW_EXPIRES_TOO_SOON
                    || refused.code() == ResourceError.AUTO_RENEW_CHANGE_TOO_LATE, rule.productType + ": " + refused.code());
            assertTrue(resource.autoRenewEnabled, rule.productType);
            assertEquals(12, resource.autoRenewMonths, rule.productType);
            assertEquals(next, resource.nextAutoRenewOn, rule.productType);
        }
        CloudResource outside = resource();
        outside.setAutoRenew(1, cloud(), at(2017, 2, 1, 10), ZONE);
        outside.cancelAutoRenew(cloud(), at(2017, 3, 28, 23), ZONE);
        assertFalse(outside.autoRenewEnabled);
        assertNull(outside.nextAutoRenewOn);
    }

    @Test
    void trialsAndWanwangResellerOrApiResourcesNeverGetIt() {
        Instant early = EXPIRY.minusSeconds(60L * 24 * 3600);
        CloudResource trial = resource();
        trial.trial = true;
        assertEquals(ResourceError.AUTO_RENEW_TRIAL, trial.autoRenewRefusal(false, cloud(), early, ZONE).orElseThrow().code());

        for (Channel channel : new Channel[]{Channel.RESELLER, Channel.API}) {
            CloudResource bought = resource();
            bought.channel = channel;
            assertEquals(ResourceError.AUTO_RENEW_CHANNEL,
                    bought.autoRenewRefusal(false, wanwang(), early, ZONE).orElseThrow().code());
            assertEquals(Optional.empty(), bought.autoRenewRefusal(false, cloud(), early, ZONE),
                    "cloud products bought through " + channel + " may");
        }
    }

    @Test
    void expiredReleasedAndPaygResourcesAreRenewedByHandOnly() {
        CloudResource expired = resource();
        assertEquals(ResourceError.AUTO_RENEW_NOT_RUNNING,
                expired.autoRenewRefusal(false, cloud(), EXPIRY, ZONE).orElseThrow().code());
        CloudResource released = resource();
        released.status = ResourceStatus.RELEASED;
        assertTrue(released.autoRenewRefusal(true, cloud(), EXPIRY.minusSeconds(9_000_000), ZONE).isPresent());
        CloudResource payg = resource();
        payg.billingMethod = BillingMethod.PAYG;
        payg.expiresAt = null;
        assertTrue(payg.autoRenewRefusal(false, cloud(), EXPIRY, ZONE).isPresent());
    }

    @Test
    void theFirstAttemptIsLeadDaysBeforeExpiryAndRetriesRunUntilTheDayBefore() {
        CloudResource resource = resource();
        resource.setAutoRenew(1, cloud(), at(2017, 3, 1, 10), ZONE);
        assertEquals(LocalDate.of(2017, 3, 21), resource.nextAutoRenewOn, "the seed's example: 03-30 minus 9 days");

        resource.autoRenewFailedOn(LocalDate.of(2017, 3, 21), ZONE);
        assertEquals(LocalDate.of(2017, 3, 22), resource.nextAutoRenewOn);
        resource.autoRenewFailedOn(LocalDate.of(2017, 3, 29), ZONE);
        assertNull(resource.nextAutoRenewOn, "no attempt on expiry day");

        CloudResource domain = resource();
        domain.setAutoRenew(12, wanwang(), at(2017, 3, 1, 10), ZONE);
        assertEquals(LocalDate.of(2017, 3, 15), domain.nextAutoRenewOn, "Wanwang: 15 days before");
    }

    @Test
    void aManualRenewalMovesTheNextAttemptToTheNewPeriod() {
        CloudResource resource = resource();
        resource.setAutoRenew(1, cloud(), at(2017, 3, 1, 10), ZONE);

        resource.renew(1, cloud(), at(2017, 3, 15, 10), ZONE);

        assertEquals(LocalDate.of(2017, 4, 30).atStartOfDay(ZONE).toInstant(), resource.expiresAt);
        assertEquals(LocalDate.of(2017, 4, 21), resource.nextAutoRenewOn);
        assertTrue(resource.autoRenewEnabled, "the setting stays");
    }

    @Test
    void durationsMustBeAllowedAndCancellingNeedsItOn() {
        CloudResource resource = resource();
        DomainException bad = assertThrows(DomainException.class,
                () -> resource.setAutoRenew(10, cloud(), at(2017, 3, 1, 10), ZONE));
        assertEquals(ResourceError.INVALID_DURATION, bad.code());
        assertFalse(resource.autoRenewEnabled);
        assertEquals(ResourceError.AUTO_RENEW_NOT_ON, assertThrows(DomainException.class,
                () -> resource.cancelAutoRenew(cloud(), at(2017, 3, 1, 10), ZONE)).code());
    }

    @Test
    void theChargeCalendarOfTheSeedsExample() {
        CloudResource resource = resource();
        resource.setAutoRenew(1, cloud(), at(2017, 3, 1, 10), ZONE);

        ChargeCalendar calendar = ChargeCalendar.of(resource, cloud(), at(2017, 3, 20, 10), ZONE, EIGHT);

        assertEquals(LocalDateTime.of(2017, 3, 21, 8, 0), calendar.nextAttempt().toLocalDateTime());
        assertEquals(8, calendar.retryDays().size());
        assertEquals(LocalDate.of(2017, 3, 22), calendar.retryDays().get(0));
        assertEquals(LocalDate.of(2017, 3, 29), calendar.lastAttemptDay());
        assertEquals(LocalDate.of(2017, 4, 13), calendar.lastRenewableDay(), "15-day window");
        assertEquals(LocalDate.of(2017, 4, 14).atStartOfDay(ZONE).toOffsetDateTime(), calendar.releaseAt());

        ChargeCalendar afterTodaysSweep = ChargeCalendar.of(resource, cloud(), at(2017, 3, 21, 9), ZONE, EIGHT);
        assertEquals(LocalDateTime.of(2017, 3, 22, 8, 0), afterTodaysSweep.nextAttempt().toLocalDateTime(),
                "once today's 08:00 has passed the next chance is tomorrow");
    }

    private static Instant at(int year, int month, int day, int hour) {
        return LocalDateTime.of(year, month, day, hour, 0).atZone(ZONE).toInstant();
    }

    private static CloudResource resource() {
        CloudResource resource = new CloudResource();
        resource.id = 7L;
        resource.name = "r7";
        resource.billingMethod = BillingMethod.SUBSCRIPTION;
        resource.status = ResourceStatus.RUNNING;
        resource.channel = Channel.CONSOLE;
        resource.expiresAt = EXPIRY;
        resource.monthlyPrice = Money.yuan(99);
        return resource;
    }

    private static ProductRule cloud() {
        ProductRule rule = new ProductRule();
        rule.productType = "ECS";
        rule.family = ProductFamily.CLOUD;
        rule.renewWindowDays = 15;
        rule.afterWindow = AfterWindow.RELEASED;
        rule.autoRenewLeadDays = 9;
        rule.autoRenewBlockedWithinDays = 1;
        rule.autoRenewForResellerAndApi = true;
        rule.allowedMonths = "1,2,3,4,5,6,7,8,9,12,24,36,48,60";
        return rule;
    }

    private static ProductRule wanwang() {
        ProductRule rule = new ProductRule();
        rule.productType = "DOMAIN";
        rule.family = ProductFamily.WANWANG;
        rule.renewWindowDays = 30;
        rule.afterWindow = AfterWindow.EXPIRED_FOR_GOOD;
        rule.autoRenewLeadDays = 15;
        rule.autoRenewChangeMinDays = 20;
        rule.autoRenewForResellerAndApi = false;
        rule.allowedMonths = "12,24,36,48,60";
        return rule;
    }
}
