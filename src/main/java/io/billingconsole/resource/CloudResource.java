package io.billingconsole.resource;

import io.billingconsole.catalog.AfterWindow;
import io.billingconsole.catalog.AutoRenewSchedule;
import io.billingconsole.catalog.ProductRule;
import io.billingconsole.shared.DomainException;
import io.billingconsole.shared.Money;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** A purchased instance (domain, host, mailbox, server...) that belongs to one account. */
@Entity
@Table(name = "cloud_resource")
public class CloudResource extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "account_id")
    public long accountId;

    @Column(name = "product_type")
    public String productType;

    public String name;

    public String region;

    @Enumerated(EnumType.STRING)
    @Column(name = "billing_method")
    public BillingMethod billingMethod;

    @Enumerated(EnumType.STRING)
    public ResourceStatus status;

    @Column(name = "expires_at")
    public Instant expiresAt;

    public boolean trial;

    @Enumerated(EnumType.STRING)
    public Channel channel;

    @Column(name = "monthly_price_fen")
    public Money monthlyPrice;

    @Column(name = "auto_renew_enabled")
    public boolean autoRenewEnabled;

    @Column(name = "auto_renew_months")
    public Integer autoRenewMonths;

    /** Business day of the next auto-renew attempt (at the sweep time); null when off or none is left this period. */
    @Column(name = "next_auto_renew_on")
    public LocalDate nextAutoRenewOn;

    @Column(name = "released_at")
    public Instant releasedAt;

    @Column(name = "data_deleted")
    public boolean dataDeleted;

    /** PAYG: when the customer has it released (SPEC 6); usage after this moment is never charged. */
    @Column(name = "release_at")
    public Instant releaseAt;

    /** PAYG: when it was stopped for overdue arrears (SPEC 12); null unless STOPPED. */
    @Column(name = "stopped_at")
    public Instant stoppedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "release_reason")
    public ReleaseReason releaseReason;

    @Column(name = "created_at")
    public Instant createdAt;

    @Version
    public long version;

    /** Why this resource cannot be renewed now, or empty when it can. */
    public Optional<ResourceError> renewalBlocker(Instant now, ProductRule rule, ZoneId zone) {
        if (billingMethod == BillingMethod.PAYG) {
            return Optional.of(ResourceError.PAYG_NOT_RENEWABLE);
        }
        if (status == ResourceStatus.RELEASED) {
            return Optional.of(ResourceError.RESOURCE_RELEASED);
        }
        if (!now.isBefore(rule.renewableUntil(expiresAt, zone))) {
            return Optional.of(ResourceError.RENEWAL_WINDOW_PASSED);
        }
        return Optional.empty();
    }

    /** Adds {@code months} to the current expiry (not to today); returns the new expiry. */
    public Instant renew(int months, ProductRule rule, Instant now, ZoneId zone) {
        Optional<ResourceError> blocker = renewalBlocker(now, rule, zone);
        if (blocker.isPresent()) {
            throw new DomainException(blocker.get(), String.valueOf(id));
        }
        expiresAt = RenewalTerm.extend(expiresAt, months, zone);
        status = now.isBefore(expiresAt) ? ResourceStatus.RUNNING : ResourceStatus.EXPIRED;
        scheduleAutoRenew(rule, zone);
        return expiresAt;
    }

    /**
     * Why auto-renewal cannot be enabled or modified now (or, with {@code cancelling}, cancelled);
     * empty when it can. The rules are the product's data, not branches per product. The product's
     * cut-offs (at least {@code autoRenewChangeMinDays} days left; not within
     * {@code autoRenewBlockedWithinDays} of expiry) hold for setting and cancelling alike (SPEC
     * section 1, "set/cancel auto-renew"): inside them the next attempts stay as they are.
     */
    public Optional<DomainException> autoRenewRefusal(boolean cancelling, ProductRule rule, Instant now, ZoneId zone) {
        String label = name;
        if (billingMethod == BillingMethod.PAYG || status == ResourceStatus.RELEASED
                || (!cancelling && !now.isBefore(expiresAt))) {
            return refusal(ResourceError.AUTO_RENEW_NOT_RUNNING, label);
        }
        if (!cancelling && trial) {
            return refusal(ResourceError.AUTO_RENEW_TRIAL, label);
        }
        if (!cancelling && channel != Channel.CONSOLE && !rule.autoRenewForResellerAndApi) {
            return refusal(ResourceError.AUTO_RENEW_CHANNEL, label);
        }
        long daysLeft = daysLeft(LocalDate.ofInstant(now, zone), zone);
        if (rule.autoRenewChangeMinDays != null && daysLeft < rule.autoRenewChangeMinDays) {
            return refusal(ResourceError.AUTO_RENEW_CHANGE_TOO_LATE, label, String.valueOf(daysLeft),
                    String.valueOf(rule.autoRenewChangeMinDays));
        }
        if (rule.autoRenewBlockedWithinDays > 0
                && !now.plus(Duration.ofDays(rule.autoRenewBlockedWithinDays)).isBefore(expiresAt)) {
            return refusal(ResourceError.AUTO_RENEW_EXPIRES_TOO_SOON, label, String.valueOf(rule.autoRenewBlockedWithinDays));
        }
        return Optional.empty();
    }

    /** Turns auto-renewal on, or changes the duration bought at each renewal. */
    public void setAutoRenew(int months, ProductRule rule, Instant now, ZoneId zone) {
        autoRenewRefusal(false, rule, now, zone).ifPresent(refusal -> {
            throw refusal;
        });
        if (!rule.allowsMonths(months)) {
            throw new DomainException(ResourceError.INVALID_DURATION, String.valueOf(months), rule.allowedMonths);
        }
        autoRenewEnabled = true;
        autoRenewMonths = months;
        scheduleAutoRenew(rule, zone);
    }

    public void cancelAutoRenew(ProductRule rule, Instant now, ZoneId zone) {
        if (!autoRenewEnabled) {
            throw new DomainException(ResourceError.AUTO_RENEW_NOT_ON, name);
        }
        autoRenewRefusal(true, rule, now, zone).ifPresent(refusal -> {
            throw refusal;
        });
        autoRenewEnabled = false;
        autoRenewMonths = null;
        nextAutoRenewOn = null;
    }

    /**
     * The first attempt of the current period ({@link AutoRenewSchedule#firstAttemptDay}): the sweep on
     * expiry − lead days; attempts go on daily until the day before expiry. Recomputed whenever the
     * expiry or the setting changes.
     */
    public void scheduleAutoRenew(ProductRule rule, ZoneId zone) {
        if (!autoRenewEnabled || billingMethod != BillingMethod.SUBSCRIPTION || status == ResourceStatus.RELEASED) {
            nextAutoRenewOn = null;
            return;
        }
        nextAutoRenewOn = AutoRenewSchedule.forExpiry(expiresAt, zone).firstAttemptDay(rule.autoRenewLeadDays);
    }

    /** After an unpaid attempt on {@code day}: try again the next day, unless that is the expiry day. */
    public void autoRenewFailedOn(LocalDate day, ZoneId zone) {
        nextAutoRenewOn = AutoRenewSchedule.forExpiry(expiresAt, zone).retryAfter(day);
    }

    /** The last business day on which this resource can still be renewed by hand. */
    public LocalDate lastRenewableDay(ProductRule rule, ZoneId zone) {
        return rule.renewableUntil(expiresAt, zone).atZone(zone).toLocalDate().minusDays(1);
    }

    private static Optional<DomainException> refusal(ResourceError code, String... args) {
        return Optional.of(new DomainException(code, args));
    }

    /** Applies the lifecycle at {@code now}: expired at expiry, released once the window has passed. */
    public boolean advanceLifecycle(Instant now, ProductRule rule, ZoneId zone) {
        if (billingMethod == BillingMethod.PAYG || status == ResourceStatus.RELEASED) {
            return false;
        }
        if (!now.isBefore(rule.renewableUntil(expiresAt, zone))) {
            status = ResourceStatus.RELEASED;
            releasedAt = now;
            releaseReason = ReleaseReason.WINDOW_PASSED;
            dataDeleted = rule.afterWindow == AfterWindow.RELEASED_DATA_DELETED;
            return true;
        }
        if (status == ResourceStatus.RUNNING && !now.isBefore(expiresAt)) {
            status = ResourceStatus.EXPIRED;
            return true;
        }
        return false;
    }

    /** Released now for {@code reason}: auto-renewal ends with it (unsubscribe, release by the customer). */
    public void releaseFor(ReleaseReason reason, Instant now) {
        status = ResourceStatus.RELEASED;
        releasedAt = now;
        releaseReason = reason;
        autoRenewEnabled = false;
        autoRenewMonths = null;
        nextAutoRenewOn = null;
    }

    /**
     * Why the customer cannot release this resource or change its scheduled release (SPEC 6), or empty:
     * only pay-as-you-go resources that are not released yet (running or stopped for arrears).
     */
    public Optional<DomainException> releaseRefusal() {
        if (status == ResourceStatus.RELEASED) {
            return refusal(ResourceError.ALREADY_RELEASED, name);
        }
        if (billingMethod != BillingMethod.PAYG) {
            return refusal(ResourceError.RELEASE_PAYG_ONLY, name);
        }
        return Optional.empty();
    }

    /** Sets (or moves) the scheduled release time; it must lie after {@code now}. */
    public void scheduleRelease(Instant at, Instant now) {
        releaseRefusal().ifPresent(refusal -> {
            throw refusal;
        });
        if (!at.isAfter(now)) {
            throw new DomainException(ResourceError.RELEASE_AT_NOT_FUTURE);
        }
        releaseAt = at;
    }

    /** Clears the scheduled release time (nothing happens when none is set). */
    public void clearScheduledRelease() {
        releaseRefusal().ifPresent(refusal -> {
            throw refusal;
        });
        releaseAt = null;
    }

    /** The customer releases this pay-as-you-go resource at once (also while it is stopped for arrears). */
    public void releaseNow(Instant now) {
        releaseRefusal().ifPresent(refusal -> {
            throw refusal;
        });
        releaseFor(ReleaseReason.CUSTOMER, now);
    }

    /** Whole days from today to the expiry date (negative once expired); null for PAYG. */
    public Long daysLeft(LocalDate today, ZoneId zone) {
        return expiresAt == null ? null : ChronoUnit.DAYS.between(today, expiresAt.atZone(zone).toLocalDate());
    }
}
