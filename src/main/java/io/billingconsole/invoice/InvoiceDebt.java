package io.billingconsole.invoice;

import io.billingconsole.shared.Money;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * Invoice debt (欠票, SPEC 14): the invoiced part of a refunded order. {@code remaining} freezes as
 * much cash (SPEC 7) until offsets or the invoice's return clear it.
 */
@Entity
@Table(name = "invoice_debt")
public class InvoiceDebt extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "account_id")
    public long accountId;

    @Column(name = "invoice_id")
    public long invoiceId;

    @Column(name = "order_id")
    public long orderId;

    @Column(name = "refund_id")
    public long refundId;

    @Column(name = "amount_fen")
    public Money amount;

    @Column(name = "remaining_fen")
    public Money remaining;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "cleared_at")
    public Instant clearedAt;

    @Column(name = "cleared_by")
    public String clearedBy;

    @Version
    public long version;
}
