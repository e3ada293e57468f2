package io.billingconsole.order.web;

import io.billingconsole.order.Order;
import io.billingconsole.order.OrderStatus;
import io.billingconsole.order.VoidReason;
import io.billingconsole.shared.Money;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/** An order as the API shows it. */
public record OrderJson(long id, OrderStatus status, VoidReason voidReason, Money amount, Money paidFromVouchers,
                        Money paidFromCash, Money paidFromCredit, OffsetDateTime createdAt, OffsetDateTime paidAt,
                        OffsetDateTime voidedAt, List<Line> lines) {

    public record Line(long resourceId, int months, Money amount, OffsetDateTime expiryBefore,
                       OffsetDateTime expiryAfter) {
    }

    public static OrderJson of(Order o, ZoneId zone) {
        return new OrderJson(o.id, o.status, o.voidReason, o.amount, o.paidFromVouchers, o.paidFromCash,
                o.paidFromCredit, at(o.createdAt, zone), at(o.paidAt, zone), at(o.voidedAt, zone),
                o.lines.stream().map(l -> new Line(l.resourceId, l.months, l.amount, at(l.expiryBefore, zone),
                        at(l.expiryAfter, zone))).toList());
    }

    private static OffsetDateTime at(Instant instant, ZoneId zone) {
        return instant == null ? null : instant.atZone(zone).toOffsetDateTime();
    }
}
