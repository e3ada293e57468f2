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

    /** {@link QuoteStatus}: READY at once for small quotes; large ones are PREPARING while built in the background. */
    @Column(name = "status")
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    public QuoteStatus status = QuoteStatus.READY;

    @Column(name = "lines_total")
    public int linesTotal;

    @Column(name = "lines_done")
    public int linesDone;

    /** The build attempt; a retry takes the next one and a worker of an older one stops. */
    public int attempt;

    @Column(name = "heartbeat_at")
    public Instant heartbeatAt;

    /** Why the build failed: the error code and its arguments, tab-separated. */
    public String failure;

    /** The lines (lazy): read them whole only for small quotes; exports read them in pages. */
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
