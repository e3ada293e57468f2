package io.billingconsole.autorenew;

import io.billingconsole.notice.NoticeFacts;
import io.billingconsole.notice.NoticeKind;
import io.billingconsole.notice.NoticeService;
import io.billingconsole.notice.RenewalNotices;
import io.billingconsole.order.Order;
import io.billingconsole.resource.CloudResource;
import io.billingconsole.shared.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.LocalDate;

/** The notices (message center + e-mail) of auto-renewal, written in the caller's transaction. */
@ApplicationScoped
public class AutoRenewNotices {

    @Inject
    NoticeService notices;

    @Inject
    RenewalNotices renewals;

    @Inject
    Clock clock;

    void changed(CloudResource resource, boolean wasOn) {
        NoticeKind kind = wasOn ? NoticeKind.AUTO_RENEW_MODIFIED : NoticeKind.AUTO_RENEW_ENABLED;
        notices.publish(resource.accountId, kind, eventKey(kind, resource),
                NoticeFacts.autoRenew(resource.id, resource.name, resource.productType, resource.expiresAt,
                        resource.autoRenewMonths));
    }

    void cancelled(CloudResource resource) {
        notices.publish(resource.accountId, NoticeKind.AUTO_RENEW_CANCELLED,
                eventKey(NoticeKind.AUTO_RENEW_CANCELLED, resource),
                NoticeFacts.autoRenew(resource.id, resource.name, resource.productType, resource.expiresAt, null));
    }

    /** Once per resource and attempt day. */
    void balanceLow(CloudResource resource, LocalDate day, Order voided, Money missing) {
        notices.publish(resource.accountId, NoticeKind.BALANCE_LOW, "balance-low:" + resource.id + ":" + day,
                NoticeFacts.balanceLow(resource.id, resource.name, resource.productType, resource.expiresAt,
                        voided.lines.get(0).months, voided.amount, missing, voided.id));
    }

    /** Once per order line, with the same key as a manual renewal's ({@link RenewalNotices}). */
    public void renewed(CloudResource resource, Order order, int months, Money amount) {
        renewals.renewed(resource, order.id, months, amount);
    }

    /** Settings change as often as the customer likes; each change is its own event. */
    private String eventKey(NoticeKind kind, CloudResource resource) {
        return kind.name().toLowerCase() + ":" + resource.id + ":" + clock.millis() + ":" + resource.version;
    }
}
