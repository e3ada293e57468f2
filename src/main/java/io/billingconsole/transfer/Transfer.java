package io.billingconsole.transfer;

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
 * Money a master account moved to one of its members (资金划拨, SPEC 11). What is left of it at the
 * member and what was recalled are read-only here: the ledger changes them with the balances.
 */
@Entity
@Table(name = "transfer")
public class Transfer extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "from_account_id")
    public long fromAccountId;

    @Column(name = "to_account_id")
    public long toAccountId;

    @Column(name = "amount_fen")
    public Money amount;

    @Column(name = "remaining_fen", updatable = false)
    public Money remaining;

    @Column(name = "recalled_fen", insertable = false, updatable = false)
    public Money recalled;

    public String note;

    @Column(name = "idempotency_key")
    public String idempotencyKey;

    @Column(name = "created_by")
    public Long createdBy;

    @Column(name = "created_at")
    public Instant createdAt;

    @Version
    public long version;
}
