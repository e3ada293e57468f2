package io.billingconsole.notice;

import io.billingconsole.shared.Money;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One entry of an account's message center. Rows are inserted by {@link NoticeService#publish} only. */
@Entity
@Table(name = "notice")
public class Notice extends PanacheEntityBase {

    @Id
    public Long id;

    @Column(name = "account_id")
    public long accountId;

    @Enumerated(EnumType.STRING)
    public NoticeKind kind;

    @Column(name = "dedupe_key")
    public String dedupeKey;

    @Column(name = "resource_id")
    public Long resourceId;

    @Column(name = "resource_name")
    public String resourceName;

    @Column(name = "product_type")
    public String productType;

    @Column(name = "expires_at")
    public Instant expiresAt;

    @Column(name = "release_at")
    public Instant releaseAt;

    public Integer months;

    @Column(name = "amount_fen")
    public Money amount;

    @Column(name = "missing_fen")
    public Money missing;

    @Column(name = "order_id")
    public Long orderId;

    @Column(name = "days_before")
    public Integer daysBefore;

    /** The release reason of a RESOURCE_RELEASED notice (a {@code resource.ReleaseReason} name); null otherwise. */
    @Column(name = "release_reason")
    public String releaseReason;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "read_at")
    public Instant readAt;

    public NoticeFacts facts() {
        return new NoticeFacts(resourceId, resourceName, productType, expiresAt, releaseAt, months, amount, missing,
                orderId, daysBefore, releaseReason);
    }

    public boolean isRead() {
        return readAt != null;
    }

    /** Reading twice keeps the first moment. */
    public void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }
}
