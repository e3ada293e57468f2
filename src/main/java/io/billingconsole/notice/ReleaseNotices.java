package io.billingconsole.notice;

import io.billingconsole.resource.CloudResource;
import io.billingconsole.resource.ReleaseReason;
import io.billingconsole.shared.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import java.time.Instant;

/**
 * The notices (and e-mails) of a released resource, in the caller's transaction, once per resource: a resource
 * is released once, so the dedupe key names the resource only ({@code released:<id>}, {@code unsubscribed:<id>}).
 * RESOURCE_RELEASED says how (now by the customer, at its scheduled time, after overdue arrears) and when;
 * RESOURCE_UNSUBSCRIBED says what the refund gave back to cash and to credit.
 */
@ApplicationScoped
public class ReleaseNotices {

    @Inject
    NoticeService notices;

    /** The resource was just released for {@code reason} (CUSTOMER, SCHEDULED or OVERDUE) at its releasedAt. */
    @Transactional(TxType.MANDATORY)
    public boolean released(CloudResource resource, ReleaseReason reason) {
        return released(resource.accountId, resource.id, resource.name, resource.productType, resource.releasedAt,
                reason);
    }

    /** The same from a row of a set-based release. */
    @Transactional(TxType.MANDATORY)
    public boolean released(long accountId, long resourceId, String name, String productType, Instant releasedAt,
                            ReleaseReason reason) {
        return notices.publish(accountId, NoticeKind.RESOURCE_RELEASED, "released:" + resourceId,
                NoticeFacts.released(resourceId, name, productType, releasedAt, reason.name()));
    }

    /** The resource was unsubscribed: {@code toCash} back to the cash balance, {@code toCredit} to the credit line. */
    @Transactional(TxType.MANDATORY)
    public boolean unsubscribed(CloudResource resource, Money toCash, Money toCredit) {
        return notices.publish(resource.accountId, NoticeKind.RESOURCE_UNSUBSCRIBED, "unsubscribed:" + resource.id,
                NoticeFacts.unsubscribed(resource.id, resource.name, resource.productType, resource.releasedAt,
                        toCash, toCredit));
    }
}
