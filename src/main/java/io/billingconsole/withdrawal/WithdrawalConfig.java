package io.billingconsole.withdrawal;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/** Withdrawal settings ({@code billing.withdrawal.*}). */
@ConfigMapping(prefix = "billing.withdrawal")
public interface WithdrawalConfig {

    /** Above this amount (yuan, e.g. 5000.00) a withdrawal needs two different finance approvers. */
    @WithName("two-approvals-above")
    @WithDefault("5000.00")
    String twoApprovalsAbove();
}
