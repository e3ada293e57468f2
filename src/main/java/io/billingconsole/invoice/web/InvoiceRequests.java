package io.billingconsole.invoice.web;

import io.billingconsole.invoice.InvoiceError;
import io.billingconsole.invoice.Invoiceable;
import io.billingconsole.shared.CommonError;
import io.billingconsole.shared.DomainException;
import io.billingconsole.shared.Params;

import java.util.ArrayList;
import java.util.List;

/** Reads invoice requests at the edge: enum values, item lists from JSON or from a form's ticks. */
final class InvoiceRequests {

    /** One item of a request: {@code {"orderId": 1}} or {@code {"billId": 2}}. */
    record ItemBody(Long orderId, Long billId) {
    }

    private InvoiceRequests() {
    }

    static <E extends Enum<E>> E enumOf(Class<E> type, String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        E value = Params.optionalEnum(type, text);
        if (value == null) {
            throw new DomainException(CommonError.INVALID_INPUT, field);
        }
        return value;
    }

    static List<Invoiceable.Item> items(List<ItemBody> body) {
        if (body == null) {
            return null;
        }
        List<Invoiceable.Item> items = new ArrayList<>();
        for (ItemBody b : body) {
            if (b == null) {
                throw new DomainException(InvoiceError.INVOICE_ITEMS_OR_AMOUNT);
            }
            items.add(new Invoiceable.Item(b.orderId(), b.billId()));
        }
        return items;
    }

    /** A form's ticks: {@code O12} for order 12, {@code B7} for bill 7; anything else is refused. */
    static List<Invoiceable.Item> ticks(List<String> ticks) {
        List<Invoiceable.Item> items = new ArrayList<>();
        if (ticks == null) {
            return items;
        }
        for (String t : ticks) {
            if (t == null || !t.matches("[OB]\\d{1,18}")) {
                throw new DomainException(InvoiceError.INVOICE_ITEMS_OR_AMOUNT);
            }
            long id = Long.parseLong(t.substring(1));
            items.add(t.charAt(0) == 'O' ? new Invoiceable.Item(id, null) : new Invoiceable.Item(null, id));
        }
        return items;
    }
}
