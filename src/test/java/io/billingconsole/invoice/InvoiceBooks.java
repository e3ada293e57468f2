package io.billingconsole.invoice;

import io.billingconsole.ledger.LedgerService;
import io.billingconsole.refund.OrderRefunded;
import io.billingconsole.resource.CloudResource;
import io.billingconsole.shared.Money;
import io.billingconsole.support.Api;
import io.billingconsole.support.Fixtures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test side of invoices: paid orders and bills written as the order and billing code would leave them,
 * and refunds of orders (the refund row, its line, and the {@link OrderRefunded} event in the same
 * transaction, with the account locked, as the unsubscribe does).
 */
@ApplicationScoped
public class InvoiceBooks {

    private static final AtomicInteger MONTHS = new AtomicInteger();

    @Inject
    EntityManager em;

    @Inject
    Fixtures fixtures;

    @Inject
    LedgerService ledger;

    @Inject
    Event<OrderRefunded> refunded;

    @Inject
    Clock clock;

    /** A paid order; {@code minutesAgo} orders them (older first). */
    @Transactional
    public long paidOrder(Fixtures.Customer c, String cash, String credit, String voucher, int minutesAgo) {
        Money ca = Money.parse(cash);
        Money cr = Money.parse(credit);
        Money vo = Money.parse(voucher);
        Instant at = clock.instant().minus(minutesAgo, ChronoUnit.MINUTES);
        return ((Number) em.createNativeQuery("insert into orders (account_id, status, amount_fen, paid_voucher_fen,"
                        + " paid_cash_fen, paid_credit_fen, created_at, paid_at) values (?1, 'PAID', ?2, ?3, ?4, ?5, ?6, ?6)"
                        + " returning id").setParameter(1, c.accountId()).setParameter(2, ca.plus(cr).plus(vo).fen())
                .setParameter(3, vo.fen()).setParameter(4, ca.fen()).setParameter(5, cr.fen()).setParameter(6, at)
                .getSingleResult()).longValue();
    }

    /** An unpaid order (never invoiceable). */
    @Transactional
    public long unpaidOrder(Fixtures.Customer c, String amount) {
        return ((Number) em.createNativeQuery("insert into orders (account_id, status, amount_fen, created_at)"
                        + " values (?1, 'UNPAID', ?2, ?3) returning id").setParameter(1, c.accountId())
                .setParameter(2, Money.parse(amount).fen()).setParameter(3, clock.instant()).getSingleResult()).longValue();
    }

    /** A bill of a past month with {@code paid} of {@code amount} paid. */
    @Transactional
    public long bill(Fixtures.Customer c, String amount, String paid, int minutesAgo) {
        LocalDate month = LocalDate.of(2001, 1, 1).plusMonths(MONTHS.incrementAndGet());
        Instant at = clock.instant().minus(minutesAgo, ChronoUnit.MINUTES);
        Money a = Money.parse(amount);
        Money p = Money.parse(paid);
        return ((Number) em.createNativeQuery("insert into bill (account_id, month, amount_fen, paid_fen, issued_at, paid_at)"
                        + " values (?1, ?2, ?3, ?4, ?5, ?6) returning id").setParameter(1, c.accountId())
                .setParameter(2, month).setParameter(3, a.fen()).setParameter(4, p.fen()).setParameter(5, at)
                .setParameter(6, p.equals(a) ? at : null).getSingleResult()).longValue();
    }

    /** Refunds part of an order (cash and credit as given) the way an unsubscribe does; returns the refund id. */
    public long refund(Fixtures.Customer c, long orderId, String cash, String credit) {
        CloudResource resource = fixtures.resource(c, "ECS", 30);
        return refundIn(c, resource.id, orderId, Money.parse(cash), Money.parse(credit));
    }

    @Transactional
    long refundIn(Fixtures.Customer c, long resourceId, long orderId, Money cash, Money credit) {
        ledger.lockAccount(c.accountId());
        Instant now = clock.instant();
        long lineId = ((Number) em.createNativeQuery("insert into order_line (order_id, resource_id, months, amount_fen)"
                        + " values (?1, ?2, 1, ?3) returning id").setParameter(1, orderId).setParameter(2, resourceId)
                .setParameter(3, cash.plus(credit).fen()).getSingleResult()).longValue();
        long refundId = ((Number) em.createNativeQuery("insert into refund (account_id, resource_id, cash_fen, credit_fen,"
                        + " voucher_fen, idempotency_key, created_at) values (?1, ?2, ?3, ?4, 0, ?5, ?6) returning id")
                .setParameter(1, c.accountId()).setParameter(2, resourceId).setParameter(3, cash.fen())
                .setParameter(4, credit.fen()).setParameter(5, "test-refund-" + resourceId).setParameter(6, now)
                .getSingleResult()).longValue();
        em.createNativeQuery("insert into refund_line (refund_id, order_id, order_line_id, days_left, days_total,"
                        + " cash_fen, credit_fen, voucher_fen) values (?1, ?2, ?3, 10, 30, ?4, ?5, 0)")
                .setParameter(1, refundId).setParameter(2, orderId).setParameter(3, lineId).setParameter(4, cash.fen())
                .setParameter(5, credit.fen()).executeUpdate();
        refunded.fire(new OrderRefunded(c.accountId(), refundId, orderId, cash.plus(credit)));
        return refundId;
    }

    /** Moves an offset back by {@code days} (an offset made last month). */
    @Transactional
    public void backdateOffset(long offsetId, int days) {
        em.createNativeQuery("update invoice_debt_offset set created_at = created_at - make_interval(days => ?1)"
                + " where id = ?2").setParameter(1, days).setParameter(2, offsetId).executeUpdate();
    }

    @Transactional
    public long lastOffsetOf(long accountId) {
        return ((Number) em.createNativeQuery("select max(f.id) from invoice_debt_offset f join invoice_debt d"
                + " on d.id = f.debt_id where d.account_id = ?1").setParameter(1, accountId).getSingleResult()).longValue();
    }

    @Transactional
    public long count(String sql, long id) {
        return ((Number) em.createNativeQuery(sql).setParameter(1, id).getSingleResult()).longValue();
    }

    /** An enterprise title with every field (special invoices allowed); returns its id. */
    public long enterpriseTitle(Fixtures.Customer c) {
        return Api.as(c).body(Map.of("type", "ENTERPRISE", "name", "杭州测试科技有限公司", "taxId", "91110108551385082Q",
                        "address", "杭州市西湖区文三路 1 号", "phone", "0571-88880000", "bank", "招商银行杭州分行",
                        "bankAccount", "571900000000001"))
                .post("/api/v1/invoice-titles").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    public long personalTitle(Fixtures.Customer c) {
        return Api.as(c).body(Map.of("type", "PERSONAL", "name", "张三"))
                .post("/api/v1/invoice-titles").then().statusCode(201).extract().jsonPath().getLong("id");
    }
}
