package io.billingconsole.ledger;

import io.billingconsole.shared.Money;
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

/** A fixed-amount voucher (代金券); it pays before cash and can be spent over several orders. */
@Entity
@Table(name = "voucher")
public class Voucher extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "account_id")
    public long accountId;

    public String name;

    /** A name the system gave, shown in the viewer's language; null when staff typed the name. */
    @Enumerated(EnumType.STRING)
    @Column(name = "name_code")
    public LedgerText nameCode;

    @Column(name = "face_value_fen")
    public Money faceValue;

    @Column(name = "remaining_fen")
    public Money remaining;

    @Column(name = "expires_at")
    public Instant expiresAt;

    @Column(name = "created_at")
    public Instant createdAt;

    public boolean usableAt(Instant now) {
        return remaining.isPositive() && now.isBefore(expiresAt);
    }

    /** Takes up to {@code wanted} from the voucher and returns what it took. */
    public Money spend(Money wanted) {
        Money taken = Money.min(wanted, remaining);
        remaining = remaining.minus(taken);
        return taken;
    }
}
