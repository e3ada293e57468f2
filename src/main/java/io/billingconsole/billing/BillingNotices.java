package io.billingconsole.billing;

import io.billingconsole.notice.NoticeFacts;
import io.billingconsole.notice.NoticeKind;
import io.billingconsole.notice.NoticeService;
import io.billingconsole.resource.CloudResource;
import io.billingconsole.shared.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;

/**
 * The notices (and e-mails) of bills, arrears and overdue stops, in the caller's transaction, each once per
 * point (dedupe key). Bill notices carry the month ({@code yyyy-MM}) as their name, the bill amount and what is
 * unpaid; resource notices carry the resource, the arrears and the moment of the stop or release.
 */
@ApplicationScoped
public class BillingNotices {

    @Inject
    NoticeService notices;

    void billIssued(Bill bill) {
        notices.publish(bill.accountId, NoticeKind.BILL_ISSUED, "bill-issued:" + bill.id,
                new NoticeFacts(null, bill.monthText(), null, null, null, null, bill.amount, bill.unpaid(), null,
                        null));
    }

    void arrears(Bill bill) {
        notices.publish(bill.accountId, NoticeKind.ARREARS, "arrears:" + bill.id,
                new NoticeFacts(null, bill.monthText(), null, null, null, null, bill.amount, bill.unpaid(), null,
                        null));
    }

    void stopWarning(CloudResource resource, long billId, Money arrears, Instant stopAt) {
        notices.publish(resource.accountId, NoticeKind.PAYG_STOP_WARNING, "payg-stop-warning:" + resource.id + ":" + billId,
                new NoticeFacts(resource.id, resource.name, resource.productType, stopAt, null, null, arrears, null,
                        null, null));
    }

    void stopped(CloudResource resource, Money arrears, Instant releaseAt) {
        notices.publish(resource.accountId, NoticeKind.PAYG_STOPPED,
                "payg-stopped:" + resource.id + ":" + resource.stoppedAt.getEpochSecond(),
                new NoticeFacts(resource.id, resource.name, resource.productType, resource.stoppedAt, releaseAt, null,
                        arrears, null, null, null));
    }

    void restarted(CloudResource resource, Instant stoppedAt) {
        notices.publish(resource.accountId, NoticeKind.PAYG_RESTARTED,
                "payg-restarted:" + resource.id + ":" + stoppedAt.getEpochSecond(),
                new NoticeFacts(resource.id, resource.name, resource.productType, stoppedAt, null, null, null, null,
                        null, null));
    }
}
