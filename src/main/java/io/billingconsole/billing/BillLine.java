package io.billingconsole.billing;

import io.billingconsole.shared.Money;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One resource's part of a bill: the sum of its charged usage in the month and how many records it had. */
@Entity
@Table(name = "bill_line")
public class BillLine extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "bill_id")
    public long billId;

    @Column(name = "resource_id")
    public long resourceId;

    @Column(name = "amount_fen")
    public Money amount;

    @Column(name = "usage_count")
    public int usageCount;
}
