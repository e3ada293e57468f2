package io.billingconsole.sms;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A text message the sandbox sender kept instead of sending it (its outbox). */
@Entity
@Table(name = "sms_message")
public class SmsMessage extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String phone;

    public String text;

    @Column(name = "sent_at")
    public Instant sentAt;
}
