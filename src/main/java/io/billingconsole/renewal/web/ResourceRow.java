package io.billingconsole.renewal.web;

import io.billingconsole.resource.CloudResource;
import io.billingconsole.resource.ResourceError;
import io.billingconsole.shared.DomainException;

import java.util.List;

/**
 * A resource as the renewal pages show it: days left and, when it cannot be renewed, why; and
 * whether auto-renewal can be enabled or modified now ({@code autoRenewRefusal} is the rule's
 * refusal, {@code autoRenewReason} its full text in the user's language).
 */
public record ResourceRow(CloudResource resource, String productName, Long daysLeft, ResourceError blocker,
                          Long pendingOrderId, DomainException autoRenewRefusal, String autoRenewReason) {

    public boolean renewable() {
        return blocker == null && pendingOrderId == null;
    }

    public boolean overdue() {
        return daysLeft != null && daysLeft < 0;
    }

    public Long overdueDays() {
        return daysLeft == null ? null : -daysLeft;
    }

    /** The rule that refuses enabling or modifying auto-renewal now, or null when it is allowed. */
    public ResourceError autoRenewBlocker() {
        return autoRenewRefusal == null ? null : (ResourceError) autoRenewRefusal.code();
    }

    /** The limit the refusal names (the minimum days left, or the days before expiry), for the short text. */
    public String autoRenewLimit() {
        List<String> args = autoRenewRefusal == null ? List.of() : autoRenewRefusal.args();
        return args.size() < 2 ? "" : args.get(args.size() - 1);
    }
}
