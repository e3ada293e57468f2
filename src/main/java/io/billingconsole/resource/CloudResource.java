package io.billingconsole.resource;

import io.billingconsole.catalog.AfterWindow;
import io.billingconsole.catalog.ProductRule;
import io.billingconsole.shared.DomainException;
import io.billingconsole.shared.ErrorCode;
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

    @Column(name = "released_at")
    public Instant releasedAt;

    @Column(name = "data_deleted")
    public boolean dataDeleted;

    @Column(name = "created_at")
    public Instant createdAt;

    @Version
    public long version;

    /** Why this resource cannot be renewed now, or empty when it can. */
    public Optional<ErrorCode> renewalBlocker(Instant now, ProductRule rule, ZoneId zone) {
        if (billingMethod == BillingMethod.PAYG) {
            return Optional.of(ErrorCode.PAYG_NOT_RENEWABLE);
        }
        if (status == ResourceStatus.RELEASED) {
            return Optional.of(ErrorCode.RESOURCE_RELEASED);
        }
        if (!now.isBefore(rule.renewableUntil(expiresAt, zone))) {
            return Optional.of(ErrorCode.RENEWAL_WINDOW_PASSED);
        }
        return Optional.empty();
    }

    /** Adds {@code months} to the current expiry (not to today); returns the new expiry. */
    public Instant renew(int months, ProductRule rule, Instant now, ZoneId zone) {
        Optional<ErrorCode> blocker = renewalBlocker(now, rule, zone);
        if (blocker.isPresent()) {
            throw new DomainException(blocker.get(), String.valueOf(id));
        }
        expiresAt = RenewalTerm.extend(expiresAt, months, zone);
        status = now.isBefore(expiresAt) ? ResourceStatus.RUNNING : ResourceStatus.EXPIRED;
        return expiresAt;
    }

    /** Applies the lifecycle at {@code now}: expired at expiry, released once the window has passed. */
    public boolean advanceLifecycle(Instant now, ProductRule rule, ZoneId zone) {
        if (billingMethod == BillingMethod.PAYG || status == ResourceStatus.RELEASED) {
            return false;
        }
        if (!now.isBefore(rule.renewableUntil(expiresAt, zone))) {
            status = ResourceStatus.RELEASED;
            releasedAt = now;
            dataDeleted = rule.afterWindow == AfterWindow.RELEASED_DATA_DELETED;
            return true;
        }
        if (status == ResourceStatus.RUNNING && !now.isBefore(expiresAt)) {
            status = ResourceStatus.EXPIRED;
            return true;
        }
        return false;
    }

    /** Whole days from today to the expiry date (negative once expired); null for PAYG. */
    public Long daysLeft(LocalDate today, ZoneId zone) {
        return expiresAt == null ? null : ChronoUnit.DAYS.between(today, expiresAt.atZone(zone).toLocalDate());
    }
}
