package io.billingconsole.billing;

import io.billingconsole.shared.Money;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A usage charge a provisioning system reported for one PAYG resource and period (SPEC 12). It keeps the
 * reported amount and what is billed of it ({@code charged}); the part after a (scheduled) release is dropped
 * with its reason (SPEC 6). Unsettled while {@code billId} is null.
 */
@Entity
@Table(name = "usage_record")
public class UsageRecord extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "account_id")
    public long accountId;

    @Column(name = "resource_id")
    public long resourceId;

    @Column(name = "amount_fen")
    public Money amount;

    @Column(name = "charged_fen")
    public Money charged;

    @Enumerated(EnumType.STRING)
    @Column(name = "dropped_reason")
    public DropReason droppedReason;

    @Column(name = "period_from")
    public Instant periodFrom;

    @Column(name = "period_to")
    public Instant periodTo;

    /** First day of the business month the record is billed in. */
    public LocalDate month;

    @Column(name = "bill_id")
    public Long billId;

    @Column(name = "idempotency_key")
    public String idempotencyKey;

    @Column(name = "created_at")
    public Instant createdAt;

    /** The billing month as {@code yyyy-MM}. */
    public String monthText() {
        return month.toString().substring(0, 7);
    }

    /** What was dropped (not billed) of the reported amount. */
    public Money dropped() {
        return amount.minus(charged);
    }
}
