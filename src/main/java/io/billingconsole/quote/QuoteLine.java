package io.billingconsole.quote;

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

/** One resource of a quote: its price and the expiry a renewal would give it. */
@Entity
@Table(name = "quote_line")
public class QuoteLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "quote_id")
    public Quote quote;

    @Column(name = "resource_id")
    public long resourceId;

    @Column(name = "resource_name")
    public String resourceName;

    @Column(name = "product_type")
    public String productType;

    public int months;

    @Column(name = "unit_price_fen")
    public Money unitPrice;

    @Column(name = "amount_fen")
    public Money amount;

    @Column(name = "expiry_before")
    public Instant expiryBefore;

    @Column(name = "expiry_after")
    public Instant expiryAfter;
}
