package io.billingconsole.invoice;

import io.billingconsole.shared.Money;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * What is still invoiceable of one paid order or one paid bill (SPEC 14): paid in cash and credit,
 * less refunds, less what active invoices hold, less what offsets used up. {@code at} orders them
 * (oldest first): the order's payment, the bill's last payment (or its issue while partly paid).
 */
public record Invoiceable(Long orderId, Long billId, Instant at, LocalDate billMonth, Money amount) {

    /** One order or one bill named by a request. */
    public record Item(Long orderId, Long billId) {
        public boolean valid() {
            return (orderId == null) != (billId == null);
        }
    }

    /** A part of an order or a bill used by an invoice item or an offset. */
    public record Piece(Long orderId, Long billId, Money amount) {
        Piece withAmount(Money other) {
            return new Piece(orderId, billId, other);
        }
    }

    /** The bill's month as {@code 2026-11}; empty for an order. */
    public String monthText() {
        return billMonth == null ? "" : billMonth.toString().substring(0, 7);
    }

    public boolean isOrder() {
        return orderId != null;
    }

    public boolean names(Item item) {
        return Objects.equals(orderId, item.orderId()) && Objects.equals(billId, item.billId());
    }

    public Piece piece() {
        return new Piece(orderId, billId, amount);
    }

    /** A form's value for this row: {@code O12} or {@code B7}. */
    public String key() {
        return (isOrder() ? "O" : "B") + (isOrder() ? orderId : billId);
    }

    static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalStateException("not a moment: " + value.getClass());
    }

    static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof LocalDate d) {
            return d;
        }
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        throw new IllegalStateException("not a date: " + value.getClass());
    }
}
