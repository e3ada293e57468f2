package io.billingconsole.refund;

import io.billingconsole.shared.Money;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The part of one paid renewal (order line) an unsubscribe gave back. */
@Entity
@Table(name = "refund_line")
public class RefundLine extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "refund_id")
    public long refundId;

    @Column(name = "order_id")
    public long orderId;

    @Column(name = "order_line_id")
    public long orderLineId;

    @Column(name = "days_left")
    public int daysLeft;

    @Column(name = "days_total")
    public int daysTotal;

    @Column(name = "cash_fen")
    public Money cash;

    @Column(name = "credit_fen")
    public Money credit;

    @Column(name = "voucher_fen")
    public Money voucher;
}
