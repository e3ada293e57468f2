package io.billingconsole.refund.web;

import io.billingconsole.refund.RefundCalculator;
import io.billingconsole.refund.RefundService;
import io.billingconsole.resource.ResourceStatus;
import io.billingconsole.shared.Money;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * An unsubscribe refund as the API shows it: per paid renewal (newest first) the days left of its
 * period, the refunded share and where it goes; the voucher part is reported, not refunded.
 * {@code refundId}, {@code createdAt} and {@code resourceStatus} are set once it is done.
 */
public record RefundJson(Long refundId, long resourceId, ResourceStatus resourceStatus, List<LineJson> lines,
                         Money toCash, Money toCredit, Money voucherNotRefunded, Money total,
                         OffsetDateTime createdAt) {

    public record LineJson(long orderId, long orderLineId, int daysLeft, int daysTotal, Money amount, Money toCash,
                           Money toCredit, Money voucherNotRefunded) {
    }

    public static RefundJson of(RefundService.Outcome outcome, ZoneId zone) {
        RefundCalculator.Plan plan = outcome.plan();
        return new RefundJson(outcome.refundId(), outcome.resource().id,
                outcome.refundId() == null ? null : outcome.resource().status,
                plan.lines().stream().map(l -> new LineJson(l.orderId(), l.orderLineId(), l.daysLeft(), l.daysTotal(),
                        l.amount(), l.toCash(), l.toCredit(), l.voucherNotRefunded())).toList(),
                plan.toCash(), plan.toCredit(), plan.voucherNotRefunded(), plan.total(),
                outcome.createdAt() == null ? null : outcome.createdAt().atZone(zone).toOffsetDateTime());
    }
}
