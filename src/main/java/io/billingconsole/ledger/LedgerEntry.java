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
import org.hibernate.annotations.Immutable;

import java.time.Instant;

/** One money move, append-only (the database refuses updates and deletes). */
@Entity
@Immutable
@Table(name = "ledger_entry")
public class LedgerEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "account_id")
    public long accountId;

    @Enumerated(EnumType.STRING)
    @Column(name = "entry_type")
    public EntryType type;

    @Enumerated(EnumType.STRING)
    public Pocket pocket;

    /** Signed: positive adds to the pocket, negative takes from it. */
    @Column(name = "amount_fen")
    public Money amount;

    @Column(name = "cash_balance_after_fen")
    public Money cashBalanceAfter;

    @Column(name = "order_id")
    public Long orderId;

    @Column(name = "voucher_id")
    public Long voucherId;

    @Column(name = "recharge_id")
    public Long rechargeId;

    @Column(name = "transfer_id")
    public Long transferId;

    @Column(name = "withdrawal_id")
    public Long withdrawalId;

    @Column(name = "bill_id")
    public Long billId;

    @Column(name = "refund_id")
    public Long refundId;

    public String note;

    /** A note the system wrote, shown in the viewer's language; null for a free-text note. */
    @Enumerated(EnumType.STRING)
    @Column(name = "note_code")
    public LedgerText noteCode;

    @Column(name = "created_at")
    public Instant createdAt;
}
