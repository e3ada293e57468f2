package io.billingconsole.renewal;

import io.billingconsole.resource.CloudResource;
import io.billingconsole.shared.ErrorCode;

/** A resource as the renewal pages show it: days left and, when it cannot be renewed, why. */
public record ResourceRow(CloudResource resource, String productName, Long daysLeft, ErrorCode blocker,
                          Long pendingOrderId) {

    public boolean renewable() {
        return blocker == null && pendingOrderId == null;
    }

    public boolean overdue() {
        return daysLeft != null && daysLeft < 0;
    }

    public Long overdueDays() {
        return daysLeft == null ? null : -daysLeft;
    }
}
