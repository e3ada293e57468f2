package io.billingconsole.catalog;

import io.billingconsole.account.Audit;
import io.billingconsole.account.AuditAction;
import io.billingconsole.ledger.AmountLimits;
import io.billingconsole.shared.CommonError;
import io.billingconsole.shared.DomainException;
import io.billingconsole.shared.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Operators edit the product rules (issue 12, SPEC 1: "a table an operator can edit").
 *
 * <p><b>What an edit changes.</b> Only the {@code product_rule} row: the V10 trigger bumps
 * {@code product_catalog_version} in the same transaction, so every instance's {@link ProductCatalog}
 * reloads on its next use. Renewals, quotes and sweeps that run after the commit use the new rule
 * (window, durations, list price, lead days, PAYG grace ...).
 *
 * <p><b>What it leaves alone (history is never rewritten).</b> Orders keep the amounts they were
 * made with; resources keep their own {@code monthly_price_fen} (the rule's price is the list price
 * for resources registered later); {@code next_auto_renew_on} of existing resources is not
 * recomputed, so an auto-renew attempt already scheduled keeps its day, and the new lead days apply
 * to schedules computed from then on (a new setting, a renewal, a registration).
 *
 * <p><b>Concurrency.</b> The form carries the catalog version it was loaded at; the edit locks the
 * counter row and refuses with {@link CatalogError#RULE_CHANGED_MEANWHILE} (409, nothing written)
 * when it moved. The counter is global, so an edit of another product in between also makes the
 * form stale: rules change rarely, and re-opening a form is cheap.
 */
@ApplicationScoped
public class ProductRuleService {

    /** Longest window, lead or grace accepted: ten years of days. */
    public static final int MAX_DAYS = 3650;
    public static final int MAX_MONTHS = 120;
    /** Length of {@code product_rule.allowed_months}. */
    static final int MONTHS_COLUMN = 100;

    /** A full edit: every field is required except {@code autoRenewChangeMinDays} (null: no cut-off). */
    public record RuleEdit(Integer renewWindowDays, AfterWindow afterWindow, Integer autoRenewLeadDays,
                           Integer autoRenewChangeMinDays, Integer autoRenewBlockedWithinDays,
                           Boolean autoRenewForResellerAndApi, List<Integer> allowedMonths,
                           Boolean perResourceDuration, Money monthlyPrice, Boolean unsubscribable,
                           Integer paygGraceDays, Integer paygOverdueReleaseDays, Long version) {
    }

    @Inject
    EntityManager em;

    @Inject
    ProductCatalog catalog;

    @Inject
    Audit audit;

    @Inject
    AmountLimits limits;

    @Inject
    TransactionSynchronizationRegistry transactions;

    /** The rules with the catalog version a form should carry. */
    public record Versioned(long version, List<ProductRule> rules) {
    }

    /**
     * The rules as the catalog has them now, with the version read before them: if a change lands in
     * between, the form is refused as stale (never the other way round, an edit over unseen changes).
     */
    public Versioned rules() {
        long version = version();
        return new Versioned(version, catalog.all());
    }

    /** The rule, or 404 {@link CatalogError#RULE_NOT_FOUND}. */
    public ProductRule rule(String productType) {
        ProductRule rule = productType == null ? null : catalog.byType().get(productType);
        if (rule == null) {
            throw new DomainException(CatalogError.RULE_NOT_FOUND, String.valueOf(productType));
        }
        return rule;
    }

    /** The catalog version a form should carry. */
    @Transactional
    public long version() {
        return ((Number) em.createNativeQuery("select version from product_catalog_version where id = 1")
                .getSingleResult()).longValue();
    }

    /**
     * Validates and applies the edit, writes the audit entry ("field: old → new; ...") and returns the
     * rule as stored. Throws (nothing changed) on an invalid edit, an unknown product (404) or a stale
     * version (409).
     */
    @Transactional
    public ProductRule edit(String productType, RuleEdit edit) {
        ProductRule rule = productType == null || !productType.matches("[A-Za-z0-9_]{1,30}") ? null
                : em.find(ProductRule.class, productType);
        if (rule == null) {
            throw new DomainException(CatalogError.RULE_NOT_FOUND, String.valueOf(productType));
        }
        validate(edit);
        long current = ((Number) em.createNativeQuery(
                "select version from product_catalog_version where id = 1 for update").getSingleResult()).longValue();
        if (current != edit.version()) {
            throw new DomainException(CatalogError.RULE_CHANGED_MEANWHILE);
        }
        em.refresh(rule);
        List<String> changes = new ArrayList<>();
        String months = String.join(",", edit.allowedMonths().stream().sorted().map(String::valueOf).toList());
        change(changes, "renewWindowDays", rule.renewWindowDays, edit.renewWindowDays());
        change(changes, "afterWindow", rule.afterWindow, edit.afterWindow());
        change(changes, "autoRenewLeadDays", rule.autoRenewLeadDays, edit.autoRenewLeadDays());
        change(changes, "autoRenewChangeMinDays", rule.autoRenewChangeMinDays, edit.autoRenewChangeMinDays());
        change(changes, "autoRenewBlockedWithinDays", rule.autoRenewBlockedWithinDays, edit.autoRenewBlockedWithinDays());
        change(changes, "autoRenewForResellerAndApi", rule.autoRenewForResellerAndApi, edit.autoRenewForResellerAndApi());
        change(changes, "allowedMonths", rule.allowedMonths, months);
        change(changes, "perResourceDuration", rule.perResourceDuration, edit.perResourceDuration());
        change(changes, "monthlyPrice", rule.monthlyPrice.toPlainString(), edit.monthlyPrice().toPlainString());
        change(changes, "unsubscribable", rule.unsubscribable, edit.unsubscribable());
        change(changes, "paygGraceDays", rule.paygGraceDays, edit.paygGraceDays());
        change(changes, "paygOverdueReleaseDays", rule.paygOverdueReleaseDays, edit.paygOverdueReleaseDays());
        if (changes.isEmpty()) {
            return rule;
        }
        rule.renewWindowDays = edit.renewWindowDays();
        rule.afterWindow = edit.afterWindow();
        rule.autoRenewLeadDays = edit.autoRenewLeadDays();
        rule.autoRenewChangeMinDays = edit.autoRenewChangeMinDays();
        rule.autoRenewBlockedWithinDays = edit.autoRenewBlockedWithinDays();
        rule.autoRenewForResellerAndApi = edit.autoRenewForResellerAndApi();
        rule.allowedMonths = months;
        rule.perResourceDuration = edit.perResourceDuration();
        rule.monthlyPrice = edit.monthlyPrice();
        rule.unsubscribable = edit.unsubscribable();
        rule.paygGraceDays = edit.paygGraceDays();
        rule.paygOverdueReleaseDays = edit.paygOverdueReleaseDays();
        em.flush();
        em.createNativeQuery("update product_rule set updated_at = now() where product_type = ?1")
                .setParameter(1, productType).executeUpdate();
        audit.record(AuditAction.PRODUCT_RULE_EDITED, null, productType, String.join("; ", changes));
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    catalog.invalidate();
                }
            }
        });
        return rule;
    }

    private void validate(RuleEdit edit) {
        if (edit == null) {
            throw new DomainException(CatalogError.RULE_FIELD_REQUIRED, "body");
        }
        required(edit.version(), "version");
        range(edit.renewWindowDays(), "renewWindowDays", 0, MAX_DAYS);
        required(edit.afterWindow(), "afterWindow");
        range(edit.autoRenewLeadDays(), "autoRenewLeadDays", 1, MAX_DAYS);
        if (edit.autoRenewChangeMinDays() != null) {
            range(edit.autoRenewChangeMinDays(), "autoRenewChangeMinDays", 1, MAX_DAYS);
        }
        range(edit.autoRenewBlockedWithinDays(), "autoRenewBlockedWithinDays", 0, MAX_DAYS);
        required(edit.autoRenewForResellerAndApi(), "autoRenewForResellerAndApi");
        required(edit.perResourceDuration(), "perResourceDuration");
        required(edit.unsubscribable(), "unsubscribable");
        range(edit.paygGraceDays(), "paygGraceDays", 0, MAX_DAYS);
        range(edit.paygOverdueReleaseDays(), "paygOverdueReleaseDays", 1, MAX_DAYS);
        required(edit.monthlyPrice(), "monthlyPrice");
        if (edit.monthlyPrice().isNegative()) {
            throw new DomainException(CommonError.INVALID_AMOUNT, edit.monthlyPrice().toPlainString());
        }
        limits.requireMonthlyPrice(edit.monthlyPrice());
        months(edit.allowedMonths());
    }

    private static void months(List<Integer> months) {
        if (months == null || months.isEmpty()) {
            throw new DomainException(CatalogError.RULE_MONTHS_EMPTY);
        }
        Set<Integer> seen = new HashSet<>();
        for (Integer month : months) {
            if (month == null || month < 1 || month > MAX_MONTHS) {
                throw new DomainException(CatalogError.RULE_MONTHS_INVALID, String.valueOf(month));
            }
            if (!seen.add(month)) {
                throw new DomainException(CatalogError.RULE_MONTHS_DUPLICATE, String.valueOf(month));
            }
        }
        if (String.join(",", months.stream().map(String::valueOf).toList()).length() > MONTHS_COLUMN) {
            throw new DomainException(CatalogError.RULE_MONTHS_TOO_MANY, String.valueOf(MONTHS_COLUMN));
        }
    }

    private static void required(Object value, String field) {
        if (value == null) {
            throw new DomainException(CatalogError.RULE_FIELD_REQUIRED, field);
        }
    }

    private static void range(Integer value, String field, int min, int max) {
        required(value, field);
        if (value < min || value > max) {
            throw new DomainException(CatalogError.RULE_FIELD_OUT_OF_RANGE, field, String.valueOf(min),
                    String.valueOf(max));
        }
    }

    private static void change(List<String> changes, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.add(field + ": " + (before == null ? "-" : before) + " → " + (after == null ? "-" : after));
        }
    }
}
