package io.billingconsole.renewal.web;

import io.quarkus.qute.TemplateData;

/**
 * One row of the renewal list, every cell already text (labels in the user's language, the expiry
 * formatted, days left, the links): the row template only prints fields, with a handful of
 * conditions, instead of resolving some twenty expressions, message calls and formats per row (issue
 * 13). Null texts are cells that show nothing. Built by {@link ResourceRows#listRows}.
 */
@TemplateData
public record ListRow(String id, String href, String name, String trialTag, String productName, String billingMethod,
                      String region, String expires, String daysLeft, String status, String statusLabel,
                      String autoRenew, String autoRenewBlocked, String autoRenewReason, String autoRenewAction,
                      boolean renewable, String renewLabel, String renewBlocked, Long pendingOrderId,
                      String pendingText, String payPending) {
}
