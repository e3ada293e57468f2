package io.billingconsole.account;

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

/** One row of the audit log: who did what, when, to whom. Written by {@link Audit} only; never changed. */
@Entity
@Table(name = "audit_log")
public class AuditEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public Instant at;

    @Column(name = "actor_user_id")
    public Long actorUserId;

    public String actor;

    @Enumerated(EnumType.STRING)
    public AuditAction action;

    @Column(name = "target_user_id")
    public Long targetUserId;

    public String target;

    public String details;
}
