package io.billingconsole.renewal;

import io.billingconsole.ledger.BalanceSummary;
import io.billingconsole.resource.ResourceStatus;
import io.billingconsole.shared.PageOf;

import java.util.List;

/** What the renewal pages render. */
public final class RenewalViews {

    private RenewalViews() {
    }

    public record ProductTab(String type, String name, long count, boolean active) {
    }

    public record ListView(List<ProductTab> tabs, boolean allActive, String type, String status, Integer expiring,
                           String search, PageOf<ResourceRow> page, String base, List<ResourceStatus> statuses,
                           List<Integer> expiryOptions) {
    }

    public record RenewView(ResourceRow row, List<DurationOption> options, Integer selected, String error,
                            BalanceSummary balance, int windowDays) {
    }

    public record BatchLine(ResourceRow row, List<DurationOption> options, Integer selected) {
    }

    public record BatchView(List<BatchLine> lines, List<DurationOption> commonOptions, boolean perResourceAllowed,
                            boolean eachMode, Integer selected, String error, BalanceSummary balance) {
    }
}
