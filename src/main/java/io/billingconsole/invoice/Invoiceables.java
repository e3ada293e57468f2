package io.billingconsole.invoice;

import io.billingconsole.shared.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads what is invoiceable (SPEC 14), per paid order and per paid bill, oldest first, only what is
 * above zero. Vouchers and unspent recharges never count: only the cash and credit paid for orders
 * and what bills were paid. Writers call it with the account row locked, so what they read cannot
 * be invoiced or offset by anyone else before they write.
 */
@ApplicationScoped
public class Invoiceables {

    private static final String ACTIVE = InvoiceStatus.ACTIVE_SQL;

    private static final String SQL = "select * from ("
            + " select o.id as order_id, null::bigint as bill_id, o.paid_at as at, null::date as month,"
            + "  o.paid_cash_fen + o.paid_credit_fen"
            + "  - coalesce((select sum(rl.cash_fen + rl.credit_fen) from refund_line rl where rl.order_id = o.id), 0)"
            + "  - coalesce((select sum(ii.amount_fen) from invoice_item ii join invoice i on i.id = ii.invoice_id"
            + "     where ii.order_id = o.id and i.status in " + ACTIVE + "), 0)"
            + "  - coalesce((select sum(f.amount_fen) from invoice_debt_offset f where f.order_id = o.id"
            + "     and f.undone_at is null), 0) as left_fen"
            + " from orders o where o.account_id = ?1 and o.status = 'PAID'"
            + " union all"
            + " select null::bigint, b.id, coalesce(b.paid_at, b.issued_at), b.month,"
            + "  b.paid_fen"
            + "  - coalesce((select sum(ii.amount_fen) from invoice_item ii join invoice i on i.id = ii.invoice_id"
            + "     where ii.bill_id = b.id and i.status in " + ACTIVE + "), 0)"
            + "  - coalesce((select sum(f.amount_fen) from invoice_debt_offset f where f.bill_id = b.id"
            + "     and f.undone_at is null), 0)"
            + " from bill b where b.account_id = ?1 and b.paid_fen > 0"
            + ") x where left_fen > 0 order by at, bill_id nulls first, order_id, bill_id";

    @Inject
    EntityManager em;

    /** The account's invoiceable orders and bills, oldest first. */
    @Transactional
    public List<Invoiceable> of(long accountId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(SQL).setParameter(1, accountId).getResultList();
        List<Invoiceable> found = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            found.add(new Invoiceable(r[0] == null ? null : ((Number) r[0]).longValue(),
                    r[1] == null ? null : ((Number) r[1]).longValue(), Invoiceable.instant(r[2]),
                    Invoiceable.date(r[3]), Money.ofFen(((Number) r[4]).longValue())));
        }
        return found;
    }

    public static Money total(List<Invoiceable> rows) {
        Money sum = Money.ZERO;
        for (Invoiceable r : rows) {
            sum = sum.plus(r.amount());
        }
        return sum;
    }

    /**
     * The rows a request names, in the invoiceable (oldest first) order; an unknown, not invoiceable
     * or repeated item is refused.
     */
    static List<Invoiceable> chosen(List<Invoiceable> all, List<Invoiceable.Item> items) {
        if (items == null || items.isEmpty()) {
            throw new io.billingconsole.shared.DomainException(InvoiceError.INVOICE_ITEMS_OR_AMOUNT);
        }
        List<Invoiceable> picked = new ArrayList<>();
        for (Invoiceable.Item item : items) {
            if (item == null || !item.valid()) {
                throw new io.billingconsole.shared.DomainException(InvoiceError.INVOICE_ITEMS_OR_AMOUNT);
            }
            Invoiceable row = all.stream().filter(r -> r.names(item)).findFirst().orElse(null);
            if (row == null || picked.contains(row)) {
                throw new io.billingconsole.shared.DomainException(InvoiceError.NOT_INVOICEABLE,
                        item.orderId() != null ? "#" + item.orderId() : "B" + item.billId());
            }
            picked.add(row);
        }
        return all.stream().filter(picked::contains).toList();
    }

    /** Splits pieces (in order) into the first {@code first} of money and the rest; a piece may be cut in two. */
    static List<List<Invoiceable.Piece>> split(List<Invoiceable.Piece> pieces, Money first) {
        List<Invoiceable.Piece> head = new ArrayList<>();
        List<Invoiceable.Piece> tail = new ArrayList<>();
        Money left = first;
        for (Invoiceable.Piece p : pieces) {
            if (!left.isPositive()) {
                tail.add(p);
                continue;
            }
            Money take = Money.min(left, p.amount());
            head.add(p.withAmount(take));
            left = left.minus(take);
            Money rest = p.amount().minus(take);
            if (rest.isPositive()) {
                tail.add(p.withAmount(rest));
            }
        }
        return List.of(head, tail);
    }
}
