package io.billingconsole.notice.web;

import io.billingconsole.notice.Notice;
import io.billingconsole.notice.NoticeKind;
import io.billingconsole.notice.NoticeTexts;
import io.billingconsole.shared.Money;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** A notice as the API shows it: the facts as data, and the sentence in the caller's language. */
public record NoticeJson(long id, NoticeKind kind, String title, String message, OffsetDateTime createdAt,
                         boolean read, OffsetDateTime readAt, Facts facts) {

    /** Moments with the business zone's offset, money as "100.00". */
    public record Facts(Long resourceId, String resourceName, String productType, OffsetDateTime expiresAt,
                        OffsetDateTime releaseAt, Integer months, Money amount, Money missing, Long orderId,
                        Integer daysBefore) {
    }

    public static NoticeJson of(Notice n, NoticeTexts.Wording wording, ZoneId zone) {
        return new NoticeJson(n.id, n.kind, wording.title(n.kind), wording.message(n.kind, n.facts(), n.createdAt),
                at(n.createdAt, zone), n.isRead(), at(n.readAt, zone),
                new Facts(n.resourceId, n.resourceName, n.productType, at(n.expiresAt, zone), at(n.releaseAt, zone),
                        n.months, n.amount, n.missing, n.orderId, n.daysBefore));
    }

    private static OffsetDateTime at(Instant instant, ZoneId zone) {
        return instant == null ? null : instant.atZone(zone).toOffsetDateTime();
    }
}
