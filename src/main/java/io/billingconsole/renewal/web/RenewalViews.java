package io.billingconsole.renewal.web;

import io.billingconsole.autorenew.ChargeCalendar;
import io.billingconsole.catalog.AfterWindow;
import io.billingconsole.catalog.ProductRule;
import io.billingconsole.ledger.BalanceSummary;
import io.billingconsole.renewal.DurationOption;
import io.billingconsole.resource.ResourceStatus;
import io.billingconsole.shared.Money;
import io.billingconsole.shared.PageOf;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/** What the renewal pages render. */
public final class RenewalViews {

    private RenewalViews() {
    }

    public record ProductTab(String type, String name, long count, boolean active) {
    }

    /** A renewal-mode tab (全部 / 自动续费 / 手动续费 / 不续费); {@code mode} is "ALL" or a RenewalMode name. */
    public record ModeTab(String mode, String href, boolean active, String label) {
    }

    /** Where a customer short of money is sent to top up: the recharge page. */
    public static final String TOP_UP_HREF = "/recharges/new";

    /** A status in the status filter with how many resources have it. */
    public record StatusOption(ResourceStatus status, long count, String label, boolean selected) {
    }

    /** A choice of the expiry filter ("within 7 days"), its label and whether it is the one chosen. */
    public record ExpiryOption(int days, String label, boolean selected) {
    }

    /** A quick filter above the list ("expiring" within the overview's days, or "expired") with its count. */
    public record QuickFilter(String key, long count, String href, boolean active, String label, String title) {
    }

    /** A sortable column's link and its aria-sort value. */
    public record SortLink(String href, String ariaSort) {
    }

    public record ListView(List<ProductTab> tabs, boolean allActive, String type, String status, String renewal,
                           List<ModeTab> modeTabs, Integer expiring, String search, PageOf<ListRow> page,
                           String base, List<StatusOption> statuses, List<ExpiryOption> expiryOptions, String done,
                           String error, boolean showReleased, String sort, SortLink sortName, SortLink sortExpiry,
                           SortLink sortDays, List<QuickFilter> quickFilters, ListFilters filters) {
    }

    /** The single renewal form; {@code shortfalls} says, per duration, how much money is missing (absent: none). */
    public record RenewView(ResourceRow row, List<DurationOption> options, Integer selected, String error,
                            BalanceSummary balance, int windowDays, Map<Integer, Money> shortfalls,
                            ListFilters filters) {

        public Money shortfall(int months) {
            return shortfalls.get(months);
        }

        public String topUpHref() {
            return TOP_UP_HREF;
        }
    }

    public record BatchLine(ResourceRow row, List<DurationOption> options, Integer selected) {
    }

    public record BatchView(List<BatchLine> lines, List<DurationOption> commonOptions, boolean perResourceAllowed,
                            boolean eachMode, Integer selected, String error, BalanceSummary balance,
                            Map<Integer, Money> shortfalls, ListFilters filters) {

        /** What the whole selection misses for one common duration, or null when it can be paid. */
        public Money shortfall(int months) {
            return shortfalls.get(months);
        }

        /** What the cheapest common duration misses, or null: then no duration can be paid. */
        public Money shortOfCheapest() {
            return commonOptions.isEmpty() ? null : shortfalls.get(commonOptions.get(0).months());
        }

        public String topUpHref() {
            return TOP_UP_HREF;
        }
    }

    /**
     * A resource's detail with its auto-renew form: {@code row.autoRenewReason} says why enabling or
     * modifying is refused, {@code cancelRefusal} why cancelling is (both null when allowed).
     */
    public record DetailView(ResourceRow row, ProductRule rule, CalendarView calendar, List<DurationOption> options,
                             Integer selected, String cancelRefusal, String sweepAt, String error, String done) {
    }

    /** The charge calendar as the detail page prints it (moments as instants, days as dates). */
    public record CalendarView(boolean applies, boolean autoRenew, Instant nextAttempt, List<LocalDate> retryDays,
                               Instant lastAttempt, Instant expiresAt, LocalDate lastRenewableDay, Instant releaseAt,
                               AfterWindow afterWindow) {

        static CalendarView of(ChargeCalendar calendar, LocalTime sweepAt, ZoneId zone) {
            LocalDate lastAttemptDay = calendar.lastAttemptDay();
            return new CalendarView(calendar.expiresAt() != null, calendar.autoRenew(), instant(calendar.nextAttempt()),
                    calendar.retryDays(),
                    lastAttemptDay == null ? null : lastAttemptDay.atTime(sweepAt).atZone(zone).toInstant(),
                    instant(calendar.expiresAt()), calendar.lastRenewableDay(), instant(calendar.releaseAt()),
                    calendar.afterWindow());
        }

        /** The first retry day, or null: retries are daily, so the first and last day say them all. */
        public LocalDate retryFrom() {
            return retryDays.isEmpty() ? null : retryDays.get(0);
        }

        public LocalDate retryTo() {
            return retryDays.isEmpty() ? null : retryDays.get(retryDays.size() - 1);
        }

        private static Instant instant(OffsetDateTime moment) {
            return moment == null ? null : moment.toInstant();
        }
    }

    /** The batch "enable auto-renewal" form: the selection, one duration for all, and why it would be refused. */
    public record AutoRenewBatchView(List<ResourceRow> rows, List<DurationOption> options, Integer selected,
                                     String refusal, String error, List<Ineligible> ineligible, String continueHref,
                                     ListFilters filters) {
    }

    /** A selected resource auto-renewal cannot be enabled for now, with the reason in the user's language. */
    public record Ineligible(ResourceRow row, String reason) {
    }
}
