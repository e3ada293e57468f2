package io.billingconsole.order;

import io.billingconsole.shared.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;

/** One resource renewed by an order, with the expiry before and after once the order is paid. */
@Entity
@Table(name = "order_line")
public class OrderLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "order_id")
    public Order order;

    @Column(name = "resource_id")
    public long resourceId;

    public int months;

    @Column(name = "amount_fen")
    public Money amount;

    @Column(name = "expiry_before")
    public Instant expiryBefore;

    @Column(name = "expiry_after")
    public Instant expiryAfter;
}
