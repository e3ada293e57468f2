package io.billingconsole.renewal.web;

import io.billingconsole.autorenew.ChargeCalendar;
import io.billingconsole.catalog.AfterWindow;
import io.billingconsole.catalog.ProductRule;
import io.billingconsole.ledger.BalanceSummary;
import io.billingconsole.renewal.DurationOption;
import io.billingconsole.resource.ResourceStatus;
import io.billingconsole.shared.PageOf;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/** What the renewal pages render. */
public final class RenewalViews {

    private RenewalViews() {
    }

    public record ProductTab(String type, String name, long count, boolean active) {
    }

    /** A renewal-mode tab (全部 / 自动续费 / 手动续费 / 不续费); {@code mode} is "ALL" or a RenewalMode name. */
    public record ModeTab(String mode, String href, boolean active) {
    }

    public record ListView(List<ProductTab> tabs, boolean allActive, String type, String status, String renewal,
                           List<ModeTab> modeTabs, Integer expiring, String search, PageOf<ResourceRow> page,
                           String base, List<ResourceStatus> statuses, List<Integer> expiryOptions, String done) {
    }

    public record RenewView(ResourceRow row, List<DurationOption> options, Integer selected, String error,
                            BalanceSummary balance, int windowDays) {
    }

    public record BatchLine(ResourceRow row, List<DurationOption> options, Integer selected) {
    }

    public record BatchView(List<BatchLine> lines, List<DurationOption> commonOptions, boolean perResourceAllowed,
                            boolean eachMode, Integer selected, String error, BalanceSummary balance) {
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

        private static Instant instant(OffsetDateTime moment) {
            return moment == null ? null : moment.toInstant();
        }
    }

    /** The batch "enable auto-renewal" form: the selection, one duration for all, and why it would be refused. */
    public record AutoRenewBatchView(List<ResourceRow> rows, List<DurationOption> options, Integer selected,
                                     String refusal, String error) {
    }
}
