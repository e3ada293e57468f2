package io.billingconsole.catalog;

import io.billingconsole.shared.Money;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** One product type's renewal rules, as data seeded from SPEC section 1 and editable by operators. */
@Entity
@Table(name = "product_rule")
public class ProductRule extends PanacheEntityBase {

    @Id
    @Column(name = "product_type")
    public String productType;

    @Enumerated(EnumType.STRING)
    public ProductFamily family;

    @Column(name = "name_zh")
    public String nameZh;

    @Column(name = "name_en")
    public String nameEn;

    @Column(name = "renew_window_days")
    public int renewWindowDays;

    @Enumerated(EnumType.STRING)
    @Column(name = "after_window")
    public AfterWindow afterWindow;

    @Column(name = "auto_renew_lead_days")
    public int autoRenewLeadDays;

    @Column(name = "auto_renew_change_min_days")
    public Integer autoRenewChangeMinDays;

    @Column(name = "auto_renew_blocked_within_days")
    public int autoRenewBlockedWithinDays;

    @Column(name = "auto_renew_for_reseller_and_api")
    public boolean autoRenewForResellerAndApi;

    @Column(name = "allowed_months")
    public String allowedMonths;

    @Column(name = "per_resource_duration")
    public boolean perResourceDuration;

    @Column(name = "monthly_price_fen")
    public Money monthlyPrice;

    @Column(name = "sort_order")
    public int sortOrder;

    /** PAYG: days after a bill is issued before unpaid arrears stop the account's resources (SPEC 12). */
    @Column(name = "payg_grace_days")
    public int paygGraceDays;

    /** PAYG: days a resource stays stopped for arrears before it is released (SPEC 12). */
    @Column(name = "payg_overdue_release_days")
    public int paygOverdueReleaseDays;

    /** Whether a subscription resource of this product may be unsubscribed with a refund (SPEC 13). */
    public boolean unsubscribable;

    public static List<ProductRule> listOrdered() {
        return list("order by sortOrder");
    }

    public List<Integer> allowedMonthList() {
        return Arrays.stream(allowedMonths.split(",")).map(String::trim).map(Integer::valueOf).toList();
    }

    public boolean allowsMonths(int months) {
        return allowedMonthList().contains(months);
    }

    /** The last moment a resource that expires at {@code expiresAt} can still be renewed (exclusive). */
    public Instant renewableUntil(Instant expiresAt, ZoneId zone) {
        return expiresAt.atZone(zone).plusDays(renewWindowDays).toInstant();
    }

    /**
     * The business day on which a PAYG resource stopped for arrears at {@code stoppedAt} is released (at that
     * day's sweep): the overdue window's days after the day it was stopped.
     */
    public LocalDate overdueReleaseDay(Instant stoppedAt, ZoneId zone) {
        return stoppedAt.atZone(zone).toLocalDate().plusDays(paygOverdueReleaseDays);
    }

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameZh;
    }
}
