package io.billingconsole.order;

import io.billingconsole.ledger.Payment;
import io.billingconsole.shared.DomainException;
import io.billingconsole.shared.Money;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A renewal order of one account: one line per resource, paid at most once or voided for good. */
@Entity
@Table(name = "orders")
public class Order extends PanacheEntityBase {

    /** An unpaid order is voided this long after its creation (reason UNPAID_TIMEOUT). */
    public static final Duration PAY_WITHIN = Duration.ofDays(7);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "account_id")
    public long accountId;

    @Enumerated(EnumType.STRING)
    public OrderKind kind = OrderKind.RENEWAL;

    @Enumerated(EnumType.STRING)
    public OrderStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "void_reason")
    public VoidReason voidReason;

    @Column(name = "amount_fen")
    public Money amount;

    @Column(name = "paid_voucher_fen")
    public Money paidFromVouchers = Money.ZERO;

    @Column(name = "paid_cash_fen")
    public Money paidFromCash = Money.ZERO;

    @Column(name = "paid_credit_fen")
    public Money paidFromCredit = Money.ZERO;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "paid_at")
    public Instant paidAt;

    @Column(name = "voided_at")
    public Instant voidedAt;

    @Version
    public long version;

    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL)
    @OrderBy("id")
    public List<OrderLine> lines = new ArrayList<>();

    public static Order open(long accountId, Instant now) {
        Order order = new Order();
        order.accountId = accountId;
        order.status = OrderStatus.UNPAID;
        order.amount = Money.ZERO;
        order.createdAt = now;
        return order;
    }

    public OrderLine addLine(long resourceId, int months, Money amount) {
        OrderLine line = new OrderLine();
        line.order = this;
        line.resourceId = resourceId;
        line.months = months;
        line.amount = amount;
        lines.add(line);
        this.amount = this.amount.plus(amount);
        return line;
    }

    public void ensurePayable() {
        switch (status) {
            case PAID -> throw new DomainException(OrderError.ORDER_ALREADY_PAID, String.valueOf(id));
            case VOIDED -> throw new DomainException(OrderError.ORDER_VOIDED, String.valueOf(id));
            case UNPAID -> { }
        }
    }

    public void markPaid(Payment payment, Instant now) {
        ensurePayable();
        paidFromVouchers = payment.fromVouchers();
        paidFromCash = payment.fromCash();
        paidFromCredit = payment.fromCredit();
        status = OrderStatus.PAID;
        paidAt = now;
    }

    public void voidFor(VoidReason reason, Instant now) {
        ensurePayable();
        status = OrderStatus.VOIDED;
        voidReason = reason;
        voidedAt = now;
    }

    public boolean isUnpaid() {
        return status == OrderStatus.UNPAID;
    }

    /** Whole days an unpaid order waits for payment before it is voided. */
    public long payWithinDays() {
        return PAY_WITHIN.toDays();
    }

    /** The moment an unpaid order is voided if still unpaid; null once it is paid or voided. */
    public Instant payBy() {
        return isUnpaid() ? createdAt.plus(PAY_WITHIN) : null;
    }
}
