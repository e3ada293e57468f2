package io.billingconsole.refund;

import io.billingconsole.shared.Money;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** An unsubscribe's refund (退订, SPEC 13): one per resource; its lines name the order lines it reverses. */
@Entity
@Table(name = "refund")
public class Refund extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "account_id")
    public long accountId;

    @Column(name = "resource_id")
    public long resourceId;

    @Column(name = "cash_fen")
    public Money cash;

    @Column(name = "credit_fen")
    public Money credit;

    /** The voucher part of the unused days: not refunded, kept to show it. */
    @Column(name = "voucher_fen")
    public Money voucher;

    @Column(name = "requested_by")
    public Long requestedBy;

    @Column(name = "idempotency_key")
    public String idempotencyKey;

    @Column(name = "created_at")
    public Instant createdAt;

    public Money total() {
        return cash.plus(credit);
    }
}
