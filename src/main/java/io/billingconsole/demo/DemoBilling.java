package io.billingconsole.demo;

import io.billingconsole.account.AppUser;
import io.billingconsole.billing.ArrearsService;
import io.billingconsole.billing.Bill;
import io.billingconsole.billing.BillService;
import io.billingconsole.billing.OverdueService;
import io.billingconsole.billing.UsageService;
import io.billingconsole.catalog.ProductCatalog;
import io.billingconsole.invoice.CreditCodes;
import io.billingconsole.invoice.Invoice;
import io.billingconsole.invoice.InvoiceKind;
import io.billingconsole.invoice.InvoiceService;
import io.billingconsole.invoice.InvoiceTitle;
import io.billingconsole.invoice.Invoiceable;
import io.billingconsole.invoice.TitleType;
import io.billingconsole.order.Order;
import io.billingconsole.order.OrderService;
import io.billingconsole.refund.RefundService;
import io.billingconsole.renewal.RenewalItem;
import io.billingconsole.renewal.RenewalService;
import io.billingconsole.resource.BillingMethod;
import io.billingconsole.resource.Channel;
import io.billingconsole.resource.CloudResource;
import io.billingconsole.resource.RegisterResourceCommand;
import io.billingconsole.resource.ResourceService;
import io.billingconsole.shared.BillingConfig;
import io.billingconsole.shared.Money;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * The issue 11 part of the demo, after {@link DemoMoney}: PAYG usage of {@code demo} in the last two
 * months (closed into bills, paid by auto-repay) and in the running month (unsettled), a scheduled
 * release; {@code demo-member} with auto-repay off, a bill left unpaid past its grace and its PAYG
 * resource stopped by the overdue sweep; invoice titles, paid renewals and invoices of {@code demo} in
 * every status; and an invoice debt (an invoiced renewal refunded by unsubscribing). Everything goes
 * through the services customers, provisioning and finance use; the only shortcuts are demo history
 * (bills' issue and payment times on the 1st after their month, PAYG resources created before their
 * usage) — timestamps, never money.
 */
@ApplicationScoped
public class DemoBilling {

    private static final Logger LOG = Logger.getLogger(DemoBilling.class);
    /** The month close runs on the 1st before the 08:00 sweeps. */
    private static final LocalTime CLOSED_AT = LocalTime.of(7, 0);

    @Inject
    BillingConfig config;

    @Inject
    UsageService usage;

    @Inject
    BillService bills;

    @Inject
    ArrearsService arrears;

    @Inject
    OverdueService overdue;

    @Inject
    ResourceService resources;

    @Inject
    RenewalService renewals;

    @Inject
    OrderService orders;

    @Inject
    InvoiceService invoices;

    @Inject
    RefundService refunds;

    @Inject
    ProductCatalog catalog;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ZoneId zone;

    void load(@Observes @Priority(5) StartupEvent event) {
        if (!config.demoData()) {
            return;
        }
        Long demoId = accountOf("demo");
        Long memberId = accountOf("demo-member");
        if (demoId == null || memberId == null
                || QuarkusTransaction.requiringNew().call(() -> Bill.count("accountId", demoId)) > 0) {
            return;
        }
        long demoUser = userId("demo");
        long finance = userId("finance");
        LocalDate running = usage.monthOf(clock.instant());

        demoUsage(demoId, running);
        memberArrears(memberId, running);
        demoInvoices(demoId, demoUser, finance);
        LOG.info("Demo billing loaded: PAYG bills and unsettled usage (demo), arrears and a stopped resource"
                + " (demo-member), invoices in every status and an invoice debt (demo)");
    }

    /** Usage of demo's PAYG resources in the last two months (billed and paid) and this month (unsettled). */
    private void demoUsage(long demoId, LocalDate running) {
        List<CloudResource> payg = paygOf(demoId);
        backdateCreation(payg, running.minusMonths(3));
        long[] perMonth = {8_640, 15_200};
        long[] thisMonth = {1_230, 2_050};
        for (int i = 0; i < payg.size(); i++) {
            long base = perMonth[i % perMonth.length];
            CloudResource r = payg.get(i);
            report(r.id, Money.ofFen(base + 1_250), running.minusMonths(2), running.minusMonths(1));
            report(r.id, Money.ofFen(base), running.minusMonths(1), running);
            Instant from = start(running);
            Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
            if (from.isBefore(now)) {
                usage.report(new UsageService.Report(r.id, Money.ofFen(thisMonth[i % thisMonth.length]), from, now,
                        UUID.randomUUID().toString()));
            }
        }
        backdate(bills.close(demoId, running));
        // the last PAYG resource is to be released in three weeks (SPEC 6)
        CloudResource last = payg.get(payg.size() - 1);
        resources.scheduleRelease(demoId, last.id,
                LocalDate.now(clock.withZone(zone)).plusDays(21).atTime(LocalTime.of(9, 0)).toString());
    }

    /**
     * demo-member: auto-repay off, a PAYG server with a month of usage, its bill unpaid (arrears) and, past
     * the product's grace, the server stopped by the overdue sweep. Its cash stays, to pay the arrears by hand.
     */
    private void memberArrears(long memberId, LocalDate running) {
        arrears.setAutoRepay(memberId, false);
        CloudResource server = resources.register(new RegisterResourceCommand(memberId, "ECS", "lisi-payg-server",
                "cn-shanghai", null, BillingMethod.PAYG, false, Channel.CONSOLE, null));
        LocalDate today = LocalDate.now(clock.withZone(zone));
        int grace = catalog.require("ECS").paygGraceDays;
        // last month, unless its bill (issued on the 1st) would still be within the grace today
        LocalDate month = running.minusMonths(1);
        if (today.isBefore(running.plusDays(grace + 1L))) {
            month = month.minusMonths(1);
        }
        backdateCreation(List.of(server), month.minusMonths(1));
        LocalDate mid = month.plusDays(14);
        report(server.id, Money.ofFen(3_120), month, mid);
        report(server.id, Money.ofFen(3_720), mid, month.plusMonths(1));
        backdate(bills.close(memberId, running));
        overdue.sweep(memberId, today);
    }

    /** Titles, paid renewals and an invoice in every status; then an invoiced renewal refunded: the invoice debt. */
    private void demoInvoices(long demoId, long demoUser, long finance) {
        InvoiceTitle personal = invoices.createTitle(demoId, new InvoiceService.NewTitle(TitleType.PERSONAL, "张三",
                null, null, null, null, null));
        String first17 = "91330106MA27XY0K3";
        InvoiceTitle enterprise = invoices.createTitle(demoId, new InvoiceService.NewTitle(TitleType.ENTERPRISE,
                "演示科技有限公司", first17 + CreditCodes.check(first17), "杭州市西湖区文三路 100 号",
                "0571-8888 0000", "中国银行杭州西湖支行", "104100012345"));
        // the first order takes the ¥100 welcome voucher; the voucher part is not invoiceable
        long hostWww = renew(demoId, resourceNamed(demoId, "host-www"), 12);
        long webServer = renew(demoId, resourceNamed(demoId, "web-server-01"), 1);
        long ordersDb = renew(demoId, resourceNamed(demoId, "orders-db"), 1);
        long mail = renew(demoId, resourceNamed(demoId, "mail-example.com"), 12);
        long apiServer = renew(demoId, resourceNamed(demoId, "api-server-05"), 1);
        List<Long> billIds = QuarkusTransaction.requiringNew().call(() -> Bill.<Bill>find(
                "accountId = ?1 order by month", demoId).list().stream().map(b -> b.id).toList());

        Invoice issued = apply(demoId, demoUser, enterprise, InvoiceKind.SPECIAL,
                List.of(new Invoiceable.Item(ordersDb, null), new Invoiceable.Item(null, billIds.get(0))));
        invoices.issue(issued.id, finance);

        apply(demoId, demoUser, enterprise, InvoiceKind.GENERAL_E, List.of(new Invoiceable.Item(webServer, null)));

        Invoice rejected = apply(demoId, demoUser, personal, InvoiceKind.GENERAL_E,
                List.of(new Invoiceable.Item(mail, null)));
        invoices.reject(rejected.id, finance, "企业邮箱为公司使用，请改用企业抬头申请");

        Invoice cancelled = apply(demoId, demoUser, personal, InvoiceKind.GENERAL_E,
                List.of(new Invoiceable.Item(null, billIds.get(billIds.size() - 1))));
        invoices.cancel(demoId, cancelled.id);

        Invoice toReturn = apply(demoId, demoUser, enterprise, InvoiceKind.GENERAL_E,
                List.of(new Invoiceable.Item(hostWww, null)));
        invoices.issue(toReturn.id, finance);
        invoices.requestReturn(demoId, toReturn.id, "公司地址变更，需重开发票");

        Invoice returned = apply(demoId, demoUser, personal, InvoiceKind.GENERAL_E,
                List.of(new Invoiceable.Item(apiServer, null)));
        invoices.issue(returned.id, finance);
        invoices.requestReturn(demoId, returned.id, "开错抬头，应开企业抬头");
        invoices.confirmReturn(returned.id, finance);

        // an invoiced renewal, then unsubscribed: the refund leaves an invoice debt (欠票)
        long promo = resources.register(new RegisterResourceCommand(demoId, "VIRTUAL_HOST", "host-promo", "cn-hangzhou",
                LocalDate.now(clock.withZone(zone)).plusDays(60).atStartOfDay(zone).toInstant(),
                BillingMethod.SUBSCRIPTION, false, Channel.CONSOLE, null)).id;
        long promoOrder = renew(demoId, promo, 12);
        Invoice invoicedThenRefunded = apply(demoId, demoUser, enterprise, InvoiceKind.GENERAL_E,
                List.of(new Invoiceable.Item(promoOrder, null)));
        invoices.issue(invoicedThenRefunded.id, finance);
        refunds.unsubscribe(demoId, demoUser, promo, UUID.randomUUID().toString());
    }

    private Invoice apply(long accountId, long userId, InvoiceTitle title, InvoiceKind kind,
                          List<Invoiceable.Item> items) {
        return invoices.apply(new InvoiceService.Application(accountId, userId, title.id, kind, items, null,
                "zhangsan@example.com", UUID.randomUUID().toString())).invoice();
    }

    private long renew(long accountId, long resourceId, int months) {
        Order order = renewals.createOrder(accountId, List.of(new RenewalItem(resourceId, months)));
        return orders.pay(accountId, order.id).id;
    }

    private void report(long resourceId, Money amount, LocalDate from, LocalDate to) {
        usage.report(new UsageService.Report(resourceId, amount, start(from), start(to), UUID.randomUUID().toString()));
    }

    /** A bill is issued (and, with auto-repay, paid) by the month close at 07:00 on the 1st after its month. */
    private void backdate(List<Bill> closed) {
        Instant now = clock.instant();
        for (Bill bill : closed) {
            Instant at = bill.month.plusMonths(1).atTime(CLOSED_AT).atZone(zone).toInstant();
            Instant issued = at.isBefore(now) ? at : now;
            QuarkusTransaction.requiringNew().run(() -> {
                em.createNativeQuery("update bill set issued_at = ?1 where id = ?2")
                        .setParameter(1, issued).setParameter(2, bill.id).executeUpdate();
                em.createNativeQuery("update bill set paid_at = ?1 where id = ?2 and paid_at is not null")
                        .setParameter(1, issued).setParameter(2, bill.id).executeUpdate();
            });
        }
    }

    /** PAYG resources were created before the usage reported for them. */
    private void backdateCreation(List<CloudResource> payg, LocalDate createdOn) {
        Instant at = createdOn.atTime(LocalTime.of(10, 0)).atZone(zone).toInstant();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update cloud_resource set created_at = ?1"
                        + " where id in (?2) and created_at > ?1")
                .setParameter(1, at).setParameter(2, payg.stream().map(r -> r.id).toList()).executeUpdate());
    }

    private Instant start(LocalDate day) {
        return day.atStartOfDay(zone).toInstant();
    }

    private List<CloudResource> paygOf(long accountId) {
        return QuarkusTransaction.requiringNew().call(() -> CloudResource.<CloudResource>find(
                "accountId = ?1 and billingMethod = ?2 order by id", accountId, BillingMethod.PAYG).list());
    }

    private long resourceNamed(long accountId, String name) {
        return QuarkusTransaction.requiringNew().call(() -> CloudResource.<CloudResource>find(
                "accountId = ?1 and name = ?2", accountId, name).firstResult().id);
    }

    private Long accountOf(String username) {
        return QuarkusTransaction.requiringNew().call(() -> AppUser.findByUsername(username)
                .map(u -> u.accountId).orElse(null));
    }

    private long userId(String username) {
        return QuarkusTransaction.requiringNew().call(() -> AppUser.findByUsername(username).orElseThrow().id);
    }
}
