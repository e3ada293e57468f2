package io.billingconsole.invoice.web;

import io.billingconsole.invoice.Invoice;
import io.billingconsole.invoice.InvoiceDebtService;
import io.billingconsole.invoice.InvoiceTitle;
import io.billingconsole.invoice.Invoiceable;
import io.billingconsole.shared.Money;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/** The JSON shapes of invoices, titles, invoiceable items and invoice debt. */
public record InvoiceJson(long id, long accountId, long titleId, String kind, String status, Money amount, String email,
                          String titleType, String titleName, String titleTaxId, String number, LocalDate issuedOn,
                          String rejectReason, String returnReason, String returnRefusal, OffsetDateTime createdAt,
                          OffsetDateTime reviewedAt, OffsetDateTime returnedAt, List<ItemJson> items) {

    public record ItemJson(Long orderId, Long billId, Money amount) {
    }

    public record TitleJson(long id, String type, String name, String taxId, String address, String phone, String bank,
                            String bankAccount, boolean specialAllowed, OffsetDateTime createdAt) {
        static TitleJson of(InvoiceTitle t, ZoneId zone) {
            return new TitleJson(t.id, t.type.name(), t.name, t.taxId, t.address, t.phone, t.bank, t.bankAccount,
                    t.allowsSpecial(), at(t.createdAt, zone));
        }
    }

    public record InvoiceableJson(Long orderId, Long billId, LocalDate billMonth, OffsetDateTime at, Money amount) {
        static InvoiceableJson of(Invoiceable i, ZoneId zone) {
            return new InvoiceableJson(i.orderId(), i.billId(), i.billMonth(), InvoiceJson.at(i.at(), zone), i.amount());
        }
    }

    public record DebtJson(long id, long invoiceId, String invoiceNumber, long orderId, long refundId, Money amount,
                           Money remaining, OffsetDateTime createdAt) {
        static DebtJson of(InvoiceDebtService.DebtRow r, ZoneId zone) {
            return new DebtJson(r.debt().id, r.debt().invoiceId, r.invoiceNumber(), r.debt().orderId,
                    r.debt().refundId, r.debt().amount, r.debt().remaining, at(r.debt().createdAt, zone));
        }
    }

    public record OffsetJson(long id, long debtId, long accountId, Long orderId, Long billId, Long invoiceId,
                             Money amount, OffsetDateTime createdAt, OffsetDateTime undoneAt) {
        static OffsetJson of(InvoiceDebtService.OffsetRow r, ZoneId zone) {
            return new OffsetJson(r.id(), r.debtId(), r.accountId(), r.orderId(), r.billId(), r.invoiceId(), r.amount(),
                    at(r.createdAt(), zone), at(r.undoneAt(), zone));
        }
    }

    static InvoiceJson of(Invoice i, List<Invoiceable.Piece> items, ZoneId zone) {
        return new InvoiceJson(i.id, i.accountId, i.titleId, i.kind.name(), i.status.name(), i.amount, i.email,
                i.titleType.name(), i.titleName, i.titleTaxId, i.number, i.issuedOn, i.rejectReason, i.returnReason,
                i.returnRefusal, at(i.createdAt, zone), at(i.reviewedAt, zone), at(i.returnedAt, zone),
                items == null ? null : items.stream().map(p -> new ItemJson(p.orderId(), p.billId(), p.amount())).toList());
    }

    static OffsetDateTime at(Instant instant, ZoneId zone) {
        return instant == null ? null : instant.atZone(zone).toOffsetDateTime();
    }
}
