package io.billingconsole.autorenew;

import io.billingconsole.account.Account;
import io.billingconsole.catalog.AutoRenewSchedule;
import io.billingconsole.catalog.ProductCatalog;
import io.billingconsole.catalog.ProductRule;
import io.billingconsole.ledger.LedgerService;
import io.billingconsole.notice.NoticeFacts;
import io.billingconsole.notice.NoticeKind;
import io.billingconsole.notice.NoticeService;
import io.billingconsole.resource.BillingMethod;
import io.billingconsole.resource.CloudResource;
import io.billingconsole.shared.BillingConfig;
import io.billingconsole.shared.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Warns an account, N days before an auto-renewal's first attempt, that what auto-renewal can spend (the applicable
 * vouchers, cash balance and credit line: {@link LedgerService#shortfall}, as the attempt itself checks) does not
 * cover all its auto-renewals due within those N days. Per account, not per resource: the money is one pot, so the
 * customer needs the total and one amount to top up; the notice names the resources and counts them.
 */
@ApplicationScoped
public class FundsWarnings {

    /** The notice's resource-name column holds 120 characters; the list is cut before that. */
    private static final int NAMES_MAX = 100;

    @Inject
    LedgerService ledger;

    @Inject
    ProductCatalog catalog;

    @Inject
    NoticeService notices;

    @Inject
    BillingConfig config;

    @Inject
    ZoneId zone;

    /**
     * Checks the account on sweep day {@code day} with a warning period of {@code days}: when one of its auto-renewals
     * has its first attempt on {@code day + days} and the attempts due after today up to then cost more than it can
     * spend, publishes AUTO_RENEW_FUNDS_SHORT once for that point ({@code funds-short:<point>}; a second run or a
     * second instance finds the key and sends nothing). Returns whether a notice was published.
     */
    @Transactional
    public boolean warn(long accountId, LocalDate day, int days) {
        LocalDate point = day.plusDays(days);
        Map<String, ProductRule> rules = catalog.byType();
        List<CloudResource> due = CloudResource.<CloudResource>find("accountId = ?1 and autoRenewEnabled = true"
                        + " and autoRenewMonths is not null and billingMethod = ?2 and trial = false"
                        + " and nextAutoRenewOn > ?3 and nextAutoRenewOn <= ?4 order by nextAutoRenewOn, id",
                accountId, BillingMethod.SUBSCRIPTION, day, point).list();
        if (due.stream().noneMatch(r -> firstAttemptOn(r, rules.get(r.productType), point))) {
            return false;
        }
        Money needed = due.stream().map(AutoRenewal::price).reduce(Money.ZERO, Money::plus);
        Account account = ledger.lockAccount(accountId);
        Money missing = ledger.shortfall(account, needed);
        if (!missing.isPositive()) {
            return false;
        }
        Instant firstAttempt = AutoRenewSchedule.at(due.get(0).nextAutoRenewOn, config.sweep().dailyAt(), zone)
                .toInstant();
        Instant earliestExpiry = due.stream().map(r -> r.expiresAt).min(Comparator.naturalOrder()).orElseThrow();
        Long single = due.size() == 1 ? due.get(0).id : null;
        return notices.publish(accountId, NoticeKind.AUTO_RENEW_FUNDS_SHORT, "funds-short:" + point,
                NoticeFacts.fundsShort(single, names(due), due.size(), needed, missing, firstAttempt, earliestExpiry,
                        days));
    }

    /** The point is this resource's first attempt (not a retry of an earlier one): expiry − lead days. */
    private boolean firstAttemptOn(CloudResource resource, ProductRule rule, LocalDate point) {
        return rule != null && point.equals(resource.nextAutoRenewOn) && point.equals(
                AutoRenewSchedule.forExpiry(resource.expiresAt, zone).firstAttemptDay(rule.autoRenewLeadDays));
    }

    /** "a, b, c", or "a, b, … (+5)" when the list would not fit the column. */
    static String names(List<CloudResource> resources) {
        StringBuilder names = new StringBuilder();
        for (int i = 0; i < resources.size(); i++) {
            String name = resources.get(i).name;
            if (i == 0) {
                names.append(name.length() > NAMES_MAX ? name.substring(0, NAMES_MAX) + "…" : name);
            } else if (names.length() + name.length() + 2 > NAMES_MAX) {
                return names + ", … (+" + (resources.size() - i) + ")";
            } else {
                names.append(", ").append(name);
            }
        }
        return names.toString();
    }
}
