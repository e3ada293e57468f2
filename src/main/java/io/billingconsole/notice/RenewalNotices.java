package io.billingconsole.notice;

import io.billingconsole.resource.CloudResource;
import io.billingconsole.shared.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * The RENEWAL_SUCCEEDED notice of a paid renewal, manual or automatic, in the caller's transaction: one per order
 * and resource ({@code renewed:<orderId>:<resourceId>}), so a repeated submit, a retry or a second sweep never sends
 * two, and both ways of renewing share the one key.
 */
@ApplicationScoped
public class RenewalNotices {

    @Inject
    NoticeService notices;

    /** Renewed by order {@code orderId} for {@code months}, {@code amount} charged; the new expiry is its expiresAt. */
    @Transactional(TxType.MANDATORY)
    public boolean renewed(CloudResource resource, long orderId, int months, Money amount) {
        return notices.publish(resource.accountId, NoticeKind.RENEWAL_SUCCEEDED,
                "renewed:" + orderId + ":" + resource.id, NoticeFacts.renewed(resource.id, resource.name,
                        resource.productType, resource.expiresAt, months, amount, orderId));
    }
}
