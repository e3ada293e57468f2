package io.billingconsole.quote;

import io.billingconsole.shared.Money;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A renewal quote (导出续费清单): the lines a renewal order would have; it renews and charges nothing. */
@Entity
@Table(name = "quote")
public class Quote extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "account_id")
    public long accountId;

    public String number;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "valid_until")
    public Instant validUntil;

    @Column(name = "total_fen")
    public Money total = Money.ZERO;

    @OneToMany(mappedBy = "quote", cascade = CascadeType.ALL)
    @OrderBy("id")
    public List<QuoteLine> lines = new ArrayList<>();

    public QuoteLine addLine(QuoteLine line) {
        line.quote = this;
        lines.add(line);
        total = total.plus(line.amount);
        return line;
    }
}
