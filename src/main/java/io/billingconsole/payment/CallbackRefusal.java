package io.billingconsole.payment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A gateway callback the console refused (bad signature, other amount, unknown order): kept, never applied. */
@Entity
@Table(name = "gateway_callback_refusal")
public class CallbackRefusal extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "gateway_ref")
    public String gatewayRef;

    public String reason;

    public String payload;

    @Column(name = "received_at")
    public Instant receivedAt;
}
