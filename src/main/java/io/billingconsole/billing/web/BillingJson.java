package io.billingconsole.billing.web;

import io.billingconsole.billing.ArrearsService;
import io.billingconsole.billing.Bill;
import io.billingconsole.billing.BillService;
import io.billingconsole.billing.DropReason;
import io.billingconsole.billing.UsageRecord;
import io.billingconsole.billing.UsageService;
import io.billingconsole.resource.ResourceStatus;
import io.billingconsole.shared.Money;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/** How usage, bills and repayments look in the JSON API (months as {@code yyyy-MM}, moments in the business zone). */
public final class BillingJson {

    private BillingJson() {
    }

    /** A usage record: the reported amount, what is billed ({@code charged}), what is dropped and why. */
    public record Usage(long id, long resourceId, Money amount, Money charged, Money dropped, DropReason droppedReason,
                        OffsetDateTime from, OffsetDateTime to, String month, Long billId, OffsetDateTime createdAt) {
        static Usage of(UsageRecord u, ZoneId zone) {
            return new Usage(u.id, u.resourceId, u.amount, u.charged, u.dropped(), u.droppedReason, at(u.periodFrom, zone),
                    at(u.periodTo, zone), u.month.toString().substring(0, 7), u.billId, at(u.createdAt, zone));
        }
    }

    /** One resource's unsettled usage. */
    public record ResourceUsage(long resourceId, String name, String productType, ResourceStatus status, Money unsettled,
                                Money dropped, long records) {
        static ResourceUsage of(UsageService.ResourceUsage u) {
            return new ResourceUsage(u.resourceId(), u.name(), u.productType(), u.status(), u.charged(), u.dropped(),
                    u.count());
        }
    }

    public record UsageView(Money unsettled, List<ResourceUsage> resources, List<Usage> records, int page, int size,
                            long total) {
    }

    public record BillSummary(long id, String month, Money amount, Money paid, Money unpaid, boolean paidInFull,
                              OffsetDateTime issuedAt, OffsetDateTime paidAt) {
        static BillSummary of(Bill b, ZoneId zone) {
            return new BillSummary(b.id, b.monthText(), b.amount, b.paid, b.unpaid(), b.paidInFull(), at(b.issuedAt, zone),
                    b.paidAt == null ? null : at(b.paidAt, zone));
        }
    }

    public record Line(long resourceId, String resourceName, String productType, Money amount, int usageCount) {
        static Line of(BillService.LineView l) {
            return new Line(l.line().resourceId, l.resourceName(), l.productType(), l.line().amount, l.line().usageCount);
        }
    }

    public record BillDetail(long id, String month, Money amount, Money paid, Money unpaid, boolean paidInFull,
                             OffsetDateTime issuedAt, OffsetDateTime paidAt, List<Line> lines) {
    }

    public record BillList(List<BillSummary> items, Money arrears, boolean autoRepay, int page, int size, long total) {
    }

    public record BillPayment(long billId, String month, Money paid, Money unpaid) {
    }

    /** What a repayment paid (oldest bill first) and what is still owed. */
    public record Repayment(Money paid, Money left, List<BillPayment> bills) {
        static Repayment of(ArrearsService.Repaid r) {
            return new Repayment(r.paid(), r.left(), r.bills().stream()
                    .map(b -> new BillPayment(b.billId(), b.month(), b.paid(), b.unpaid())).toList());
        }
    }

    public record Settings(boolean autoRepay) {
    }

    static OffsetDateTime at(java.time.Instant instant, ZoneId zone) {
        return instant.atZone(zone).toOffsetDateTime();
    }
}
