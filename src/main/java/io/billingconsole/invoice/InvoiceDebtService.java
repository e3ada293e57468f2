package io.billingconsole.invoice;

import io.billingconsole.account.Audit;
import io.billingconsole.account.AuditAction;
import io.billingconsole.ledger.LedgerService;
import io.billingconsole.refund.OrderRefunded;
import io.billingconsole.shared.DomainException;
import io.billingconsole.shared.Money;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Invoice debt (欠票, SPEC 14). A refund of an invoiced order records the invoiced part that is no
 * longer consumed as debt of the invoices holding it (newest invoice first). The customer clears it
 * by offsetting new consumption (oldest debt first; the items are used up, not invoiced) or by
 * returning the invoice. Finance may undo an offset within the business month it was made.
 */
@ApplicationScoped
public class InvoiceDebtService {

    /** An open debt with the number of the invoice that carries it. */
    public record DebtRow(InvoiceDebt debt, String invoiceNumber, InvoiceStatus invoiceStatus) {
    }

    /** An offset as finance sees it. */
    public record OffsetRow(long id, long debtId, long accountId, Long orderId, Long billId, Long invoiceId,
                            Money amount, Instant createdAt, Instant undoneAt) {
    }

    @Inject
    EntityManager em;

    @Inject
    LedgerService ledger;

    @Inject
    Invoiceables invoiceables;

    @Inject
    Audit audit;

    @Inject
    Clock clock;

    @Inject
    ZoneId zone;

    /**
     * Records the debt a refund causes (in the refund's transaction, account already locked): what
     * active invoices hold of the order, less what stays consumed (paid less every refund of the order,
     * this one included), less the order's debt already recorded on active invoices.
     */
    @Transactional(TxType.MANDATORY)
    void onRefund(@Observes OrderRefunded refunded) {
        long orderId = refunded.orderId();
        Object[] order = (Object[]) em.createNativeQuery("select paid_cash_fen + paid_credit_fen, account_id from orders"
                + " where id = ?1").setParameter(1, orderId).getSingleResult();
        long paid = ((Number) order[0]).longValue();
        long otherRefunds = number(em.createNativeQuery("select coalesce(sum(cash_fen + credit_fen), 0) from refund_line"
                + " where order_id = ?1 and refund_id <> ?2").setParameter(1, orderId)
                .setParameter(2, refunded.refundId()).getSingleResult());
        long consumed = paid - otherRefunds - refunded.amount().fen();
        @SuppressWarnings("unchecked")
        List<Object[]> holders = em.createNativeQuery("select i.id, sum(ii.amount_fen) from invoice_item ii"
                        + " join invoice i on i.id = ii.invoice_id where ii.order_id = ?1 and i.status in "
                        + InvoiceStatus.ACTIVE_SQL + " group by i.id, i.created_at order by i.created_at desc, i.id desc")
                .setParameter(1, orderId).getResultList();
        long invoiced = holders.stream().mapToLong(h -> number(h[1])).sum();
        long existing = number(em.createNativeQuery("select coalesce(sum(d.amount_fen), 0) from invoice_debt d"
                + " join invoice i on i.id = d.invoice_id where d.order_id = ?1 and i.status in "
                + InvoiceStatus.ACTIVE_SQL).setParameter(1, orderId).getSingleResult());
        long debt = invoiced - Math.max(consumed, 0) - existing;
        Instant now = clock.instant();
        for (Object[] holder : holders) {
            if (debt <= 0) {
                break;
            }
            long invoiceId = number(holder[0]);
            long carried = number(em.createNativeQuery("select coalesce(sum(amount_fen), 0) from invoice_debt"
                    + " where invoice_id = ?1 and order_id = ?2").setParameter(1, invoiceId).setParameter(2, orderId)
                    .getSingleResult());
            long part = Math.min(debt, number(holder[1]) - carried);
            if (part <= 0) {
                continue;
            }
            InvoiceDebt d = new InvoiceDebt();
            d.accountId = refunded.accountId();
            d.invoiceId = invoiceId;
            d.orderId = orderId;
            d.refundId = refunded.refundId();
            d.amount = Money.ofFen(part);
            d.remaining = d.amount;
            d.createdAt = now;
            d.persist();
            debt -= part;
        }
    }

    /** The account's open debts, oldest first. */
    @Transactional
    public List<DebtRow> open(long accountId) {
        List<InvoiceDebt> debts = InvoiceDebt.<InvoiceDebt>find("accountId = ?1 and remaining > ?2",
                Sort.ascending("createdAt", "id"), accountId, Money.ZERO).list();
        // the invoices of all debts in one query, not one per debt
        Map<Long, Invoice> invoices = debts.isEmpty() ? Map.of()
                : Invoice.<Invoice>list("id in ?1", debts.stream().map(d -> d.invoiceId).distinct().toList()).stream()
                        .collect(Collectors.toMap(i -> i.id, Function.identity()));
        List<DebtRow> rows = new ArrayList<>();
        for (InvoiceDebt d : debts) {
            Invoice i = invoices.get(d.invoiceId);
            rows.add(new DebtRow(d, i.number, i.status));
        }
        return rows;
    }

    /** What the account's open debts add up to. */
    @Transactional
    public Money openTotal(long accountId) {
        return Money.ofFen(number(em.createNativeQuery("select coalesce(sum(remaining_fen), 0) from invoice_debt"
                + " where account_id = ?1 and remaining_fen > 0").setParameter(1, accountId).getSingleResult()));
    }

    /**
     * Offsets the open debt with the items' invoiceable amounts (oldest item and oldest debt first);
     * only as much as the debt needs is used up, the rest stays invoiceable. Answers what was offset.
     */
    @Transactional
    public Money offset(long accountId, List<Invoiceable.Item> items, long userId) {
        ledger.lockAccount(accountId);
        Money debt = openTotal(accountId);
        if (!debt.isPositive()) {
            throw new DomainException(InvoiceError.NOTHING_TO_OFFSET);
        }
        List<Invoiceable> chosen = Invoiceables.chosen(invoiceables.of(accountId), items);
        List<Invoiceable.Piece> pieces = chosen.stream().map(Invoiceable::piece).toList();
        return use(accountId, Invoiceables.split(pieces, debt).get(0), null, userId);
    }

    /**
     * Records offsets of the pieces against the open debts, oldest debt first (caller holds the
     * account lock; the pieces add up to no more than the open debt). {@code invoiceId}: the
     * application that offset before invoicing the rest, null on the debt page.
     */
    @Transactional(TxType.MANDATORY)
    Money use(long accountId, List<Invoiceable.Piece> pieces, Long invoiceId, long userId) {
        List<InvoiceDebt> debts = InvoiceDebt.<InvoiceDebt>find("accountId = ?1 and remaining > ?2",
                Sort.ascending("createdAt", "id"), accountId, Money.ZERO).list();
        Instant now = clock.instant();
        Money used = Money.ZERO;
        int next = 0;
        for (Invoiceable.Piece piece : pieces) {
            Money left = piece.amount();
            while (left.isPositive() && next < debts.size()) {
                InvoiceDebt d = debts.get(next);
                Money take = Money.min(left, d.remaining);
                em.createNativeQuery("insert into invoice_debt_offset (debt_id, order_id, bill_id, invoice_id, amount_fen,"
                                + " created_by, created_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
                        .setParameter(1, d.id).setParameter(2, piece.orderId()).setParameter(3, piece.billId())
                        .setParameter(4, invoiceId).setParameter(5, take.fen()).setParameter(6, userId)
                        .setParameter(7, now).executeUpdate();
                d.remaining = d.remaining.minus(take);
                if (d.remaining.isZero()) {
                    d.clearedAt = now;
                    d.clearedBy = "OFFSET";
                    next++;
                }
                left = left.minus(take);
                used = used.plus(take);
            }
        }
        return used;
    }

    /**
     * The invoice was returned (or never went out: cancelled, rejected), so the over-invoicing its
     * debts recorded is gone: each of its debts is cleared by RETURN, and the offsets that covered
     * them are released (marked undone, without a finance user), so that consumption is invoiceable again.
     */
    @Transactional(TxType.MANDATORY)
    void clearFor(long invoiceId) {
        Instant now = clock.instant();
        for (InvoiceDebt d : InvoiceDebt.<InvoiceDebt>find("invoiceId", invoiceId).list()) {
            em.createNativeQuery("update invoice_debt_offset set undone_at = ?1 where debt_id = ?2 and undone_at is null")
                    .setParameter(1, now).setParameter(2, d.id).executeUpdate();
            d.remaining = Money.ZERO;
            d.clearedAt = now;
            d.clearedBy = "RETURN";
        }
    }

    /** This business month's offsets (finance may undo them), newest first. */
    @Transactional
    public List<OffsetRow> offsetsThisMonth() {
        YearMonth month = YearMonth.from(clock.instant().atZone(zone));
        Instant from = month.atDay(1).atStartOfDay(zone).toInstant();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select f.id, f.debt_id, d.account_id, f.order_id, f.bill_id,"
                        + " f.invoice_id, f.amount_fen, f.created_at, f.undone_at from invoice_debt_offset f"
                        + " join invoice_debt d on d.id = f.debt_id where f.created_at >= ?1"
                        + " order by f.created_at desc, f.id desc limit 200")
                .setParameter(1, from).getResultList();
        return rows.stream().map(r -> new OffsetRow(number(r[0]), number(r[1]), number(r[2]), optional(r[3]),
                optional(r[4]), optional(r[5]), Money.ofFen(number(r[6])), Invoiceable.instant(r[7]),
                Invoiceable.instant(r[8]))).toList();
    }

    /**
     * Finance undoes an offset made in the current business month: the debt's remaining grows back,
     * the items it used are invoiceable again; an audit entry records who did it.
     */
    @Transactional
    public OffsetRow undo(long offsetId, long financeUserId) {
        @SuppressWarnings("unchecked")
        List<Object[]> found = em.createNativeQuery("select d.account_id from invoice_debt_offset f"
                + " join invoice_debt d on d.id = f.debt_id where f.id = ?1").setParameter(1, offsetId).getResultList();
        if (found.isEmpty()) {
            throw new DomainException(InvoiceError.DEBT_OFFSET_NOT_FOUND, String.valueOf(offsetId));
        }
        long accountId = number(found.get(0));
        ledger.lockAccount(accountId);
        Object[] row = (Object[]) em.createNativeQuery("select f.debt_id, f.amount_fen, f.created_at, f.undone_at,"
                + " f.order_id, f.bill_id from invoice_debt_offset f where f.id = ?1 for update")
                .setParameter(1, offsetId).getSingleResult();
        if (row[3] != null) {
            throw new DomainException(InvoiceError.DEBT_OFFSET_ALREADY_UNDONE, String.valueOf(offsetId));
        }
        Instant now = clock.instant();
        Instant made = Invoiceable.instant(row[2]);
        if (!YearMonth.from(made.atZone(zone)).equals(YearMonth.from(now.atZone(zone)))) {
            throw new DomainException(InvoiceError.DEBT_OFFSET_MONTH_CLOSED, String.valueOf(offsetId));
        }
        InvoiceDebt d = em.find(InvoiceDebt.class, number(row[0]), LockModeType.PESSIMISTIC_WRITE);
        if ("RETURN".equals(d.clearedBy)) {
            throw new DomainException(InvoiceError.DEBT_OFFSET_DEBT_RETURNED, String.valueOf(offsetId));
        }
        Money amount = Money.ofFen(number(row[1]));
        em.createNativeQuery("update invoice_debt_offset set undone_at = ?1, undone_by = ?2 where id = ?3")
                .setParameter(1, now).setParameter(2, financeUserId).setParameter(3, offsetId).executeUpdate();
        d.remaining = d.remaining.plus(amount);
        d.clearedAt = null;
        d.clearedBy = null;
        audit.record(AuditAction.INVOICE_DEBT_OFFSET_UNDONE, null, "invoice debt offset " + offsetId + " account "
                + accountId, "debt " + d.id + " amount " + amount.toPlainString()
                + (row[4] != null ? " order " + number(row[4]) : " bill " + number(row[5])));
        return new OffsetRow(offsetId, d.id, accountId, optional(row[4]), optional(row[5]), null, amount, made, now);
    }

    static long number(Object value) {
        return ((Number) value).longValue();
    }

    private static Long optional(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }
}
