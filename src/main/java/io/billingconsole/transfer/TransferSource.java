package io.billingconsole.transfer;

import io.billingconsole.shared.Money;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;

/** How much withdrawable amount a transfer took from one of the master's recharges, and how much a recall gave back. */
@Entity
@Table(name = "transfer_source")
public class TransferSource extends PanacheEntityBase {

    @Embeddable
    public record Key(@Column(name = "transfer_id") long transferId, @Column(name = "recharge_id") long rechargeId)
            implements Serializable {
    }

    @EmbeddedId
    public Key key;

    @Column(name = "taken_fen")
    public Money taken;

    @Column(name = "restored_fen")
    public Money restored;

    public Money restorable() {
        return taken.minus(restored);
    }
}
