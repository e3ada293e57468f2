package io.billingconsole.billing;

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
import java.time.LocalDate;

/**
 * One account's monthly PAYG bill (账单, SPEC 12). What is not paid of it is arrears (欠费); payments only
 * happen with the account row locked, oldest bill first.
 */
@Entity
@Table(name = "bill")
public class Bill extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "account_id")
    public long accountId;

    /** First day of the billed business month. */
    public LocalDate month;

    @Column(name = "amount_fen")
    public Money amount;

    @Column(name = "paid_fen")
    public Money paid;

    @Column(name = "issued_at")
    public Instant issuedAt;

    @Column(name = "paid_at")
    public Instant paidAt;

    @Version
    public long version;

    public Money unpaid() {
        return amount.minus(paid);
    }

    public boolean paidInFull() {
        return !unpaid().isPositive();
    }

    /** Books a payment of {@code part}; the bill is paid (with its time) once nothing is left. */
    public void pay(Money part, Instant now) {
        paid = paid.plus(part);
        if (paidInFull()) {
            paidAt = now;
        }
    }

    /** The billed month as {@code yyyy-MM}. */
    public String monthText() {
        return month.toString().substring(0, 7);
    }
}
