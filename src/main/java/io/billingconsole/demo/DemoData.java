package io.billingconsole.demo;

import io.billingconsole.account.Account;
import io.billingconsole.account.AccountService;
import io.billingconsole.account.AppUser;
import io.billingconsole.account.Audit;
import io.billingconsole.account.AuditAction;
import io.billingconsole.account.Role;
import io.billingconsole.catalog.ProductCatalog;
import io.billingconsole.catalog.ProductRule;
import io.billingconsole.ledger.LedgerService;
import io.billingconsole.ledger.LedgerText;
import io.billingconsole.autorenew.AutoRenewService;
import io.billingconsole.resource.BillingMethod;
import io.billingconsole.resource.Channel;
import io.billingconsole.resource.RegisterResourceCommand;
import io.billingconsole.resource.ResourceService;
import io.billingconsole.shared.BillingConfig;
import io.billingconsole.shared.Money;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

/**
 * Demo logins and data ({@code billing.demo-data=true}): customer {@code demo} with a funded balance
 * and resources of every product in every state, plus {@code demo2}, {@code finance} and {@code operator}.
 * Loaded once; dates are relative to the business clock at first start. Their passwords are
 * published, so a production start ({@link LaunchMode#NORMAL}) with demo data fails unless
 * {@code billing.demo-data-force=true} says it is meant (a throw-away demo server).
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class);
    /** The demo logins and their published passwords; the back office warns while any of them still works. */
    public static final Map<String, String> PUBLISHED = Map.of(
            "demo", "demo-pass-1", "demo2", "demo2-pass-1", "demo-member", "demo-member-pass-1", "finance", "finance-pass-1",
            "operator", "operator-pass-1");
    private static final Map<String, String[]> NAMES = Map.of(
            "DOMAIN", new String[]{"example-shop.com", "example-blog.cn", "example-old.net", "example-gone.com"},
            "DOMAIN_HK", new String[]{"example.hk", "example-trade.hk", "example-old.hk", "example-gone.hk"},
            "VIRTUAL_HOST", new String[]{"host-www", "host-campaign", "host-legacy", "host-archive"},
            "SITE_BUILDER", new String[]{"site-brand", "site-event", "site-old", "site-retired"},
            "ENTERPRISE_MAIL", new String[]{"mail-example.com", "mail-sales", "mail-old", "mail-retired"},
            "ECS", new String[]{"web-server-01", "batch-worker-02", "staging-03", "old-server-04"},
            "RDS", new String[]{"orders-db", "analytics-db", "legacy-db", "retired-db"});

    @Inject
    BillingConfig config;

    @Inject
    AccountService accounts;

    @Inject
    ResourceService resources;

    @Inject
    LedgerService ledger;

    @Inject
    ProductCatalog catalog;

    @Inject
    AutoRenewService autoRenew;

    @Inject
    Clock clock;

    @Inject
    Audit audit;

    @Inject
    ZoneId zone;

    @Transactional
    void load(@Observes @Priority(3) StartupEvent event) {
        refusal(config.demoData(), config.demoDataForce(), LaunchMode.current()).ifPresent(message -> {
            throw new IllegalStateException(message);
        });
        if (!config.demoData() || AppUser.findByUsername("demo").isPresent()) {
            return;
        }
        // Names and notes show in the viewer's language: the system's top-up note and voucher name are
        // stored as LedgerText codes; a customer's display name is only used in mails, which are
        // written in the account's language (zh for new customers), so it is given in that language.
        Account demo = accounts.createCustomer(new AccountService.NewCustomer("demo", "demo-pass-1",
                "demo@example.com", "+86 138 0000 0000", "演示客户"));
        // recharges, transfers and withdrawals come with DemoMoney, once this is committed
        ledger.grantVoucher(demo.id, LedgerText.WELCOME_VOUCHER, "新客代金券", Money.yuan(100), at(90));
        accounts.setCreditLine(demo.id, Money.yuan(1000));
        for (ProductRule rule : catalog.all()) {
            String[] names = NAMES.get(rule.productType);
            long running = subscription(demo, rule, names[0], 120, false, Channel.CONSOLE);
            autoRenew.set(demo.id, running, rule.allowedMonthList().get(0));
            subscription(demo, rule, names[1], 5, false, Channel.CONSOLE);
            subscription(demo, rule, names[2], -3, false, Channel.CONSOLE);
            subscription(demo, rule, names[3], -(rule.renewWindowDays + 10), false, Channel.CONSOLE);
        }
        subscription(demo, catalog.require("ECS"), "trial-server", 12, true, Channel.CONSOLE);
        subscription(demo, catalog.require("DOMAIN"), "reseller-domain.com", 25, false, Channel.RESELLER);
        subscription(demo, catalog.require("ECS"), "api-server-05", 40, false, Channel.API);
        payg(demo, "ECS", "payg-worker-01");
        payg(demo, "RDS", "payg-cache-db");

        Account other = accounts.createCustomer(new AccountService.NewCustomer("demo2", "demo2-pass-1",
                "demo2@example.com", null, "另一个客户"));
        ledger.topUp(other.id, Money.yuan(200), LedgerText.DEMO_TOP_UP);
        subscription(other, catalog.require("ECS"), "other-server", 6, false, Channel.CONSOLE);

        accounts.createStaff("finance", "finance-pass-1", Role.FINANCE);
        accounts.createStaff("operator", "operator-pass-1", Role.OPERATOR);
        audit.recordBySystem(AuditAction.DEMO_DATA_LOADED, null, "demo, demo2, finance, operator with published passwords");
        LOG.info("Demo data loaded: demo / demo-pass-1, demo2 / demo2-pass-1, finance / finance-pass-1, "
                + "operator / operator-pass-1");
    }

    /**
     * Why demo data may not be loaded, if it may not: in production (the packaged console, launch
     * mode NORMAL) only when forced.
     */
    static Optional<String> refusal(boolean demoData, boolean forced, LaunchMode mode) {
        if (!demoData || forced || mode != LaunchMode.NORMAL) {
            return Optional.empty();
        }
        return Optional.of("billing.demo-data=true (BILLING_DEMO_DATA) is refused in production: the demo logins"
                + " demo, demo2, finance and operator have published passwords. Start without it and create the first"
                + " operator with BILLING_ADMIN_USERNAME/BILLING_ADMIN_PASSWORD, or set billing.demo-data-force=true"
                + " (BILLING_DEMO_DATA_FORCE=true) for a throw-away demo server.");
    }

    private long subscription(Account account, ProductRule rule, String name, int daysFromToday, boolean trial,
                              Channel channel) {
        return resources.register(new RegisterResourceCommand(account.id, rule.productType, name, "cn-hangzhou",
                at(daysFromToday), BillingMethod.SUBSCRIPTION, trial, channel, null)).id;
    }

    private void payg(Account account, String productType, String name) {
        resources.register(new RegisterResourceCommand(account.id, productType, name, "cn-shanghai", null,
                BillingMethod.PAYG, false, Channel.CONSOLE, null));
    }

    /** 00:00 in the business zone, some days from today. */
    private Instant at(int daysFromToday) {
        return LocalDate.now(clock.withZone(zone)).plusDays(daysFromToday).atStartOfDay(zone).toInstant();
    }
}
