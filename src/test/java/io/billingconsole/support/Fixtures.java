package io.billingconsole.support;

import io.billingconsole.account.Account;
import io.billingconsole.account.AccountService;
import io.billingconsole.account.Role;
import io.billingconsole.ledger.LedgerService;
import io.billingconsole.resource.BillingMethod;
import io.billingconsole.resource.Channel;
import io.billingconsole.resource.CloudResource;
import io.billingconsole.resource.RegisterResourceCommand;
import io.billingconsole.resource.ResourceService;
import io.billingconsole.resource.ResourceStatus;
import io.billingconsole.shared.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicInteger;

/** Small builders for test data, through the same services the application uses. */
@ApplicationScoped
public class Fixtures {

    public static final String PASSWORD = "test-pass-123";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Inject
    AccountService accounts;

    @Inject
    LedgerService ledger;

    @Inject
    ResourceService resources;

    @Inject
    Clock clock;

    @Inject
    ZoneId zone;

    /** A customer as a test sees it: the account and the login. */
    public record Customer(long accountId, String username) {
        public String password() {
            return PASSWORD;
        }
    }

    public Customer customer(String cash) {
        String username = "cust" + System.nanoTime() % 1_000_000_000L + "x" + SEQUENCE.incrementAndGet();
        Account account = accounts.createCustomer(new AccountService.NewCustomer(username, PASSWORD,
                username + "@example.com", null, "Customer " + username));
        Money amount = Money.parse(cash);
        if (amount.isPositive()) {
            ledger.topUp(account.id, amount, "test top-up");
        }
        return new Customer(account.id, username);
    }

    /** A staff login (operator or finance); returns the username. */
    public String staff(Role role) {
        String username = role.name().toLowerCase() + System.nanoTime() % 1_000_000_000L + "x" + SEQUENCE.incrementAndGet();
        accounts.createStaff(username, PASSWORD, role);
        return username;
    }

    /** Cash, credit line and vouchers as the payment order needs them. */
    public void fund(Customer customer, String creditLine, String voucher) {
        accounts.setCreditLine(customer.accountId(), Money.parse(creditLine));
        if (Money.parse(voucher).isPositive()) {
            ledger.grantVoucher(customer.accountId(), "test voucher", Money.parse(voucher), midnight(30));
        }
    }

    public CloudResource resource(Customer owner, String productType, int daysFromToday) {
        return resource(owner, productType, productType.toLowerCase() + "-" + SEQUENCE.incrementAndGet(), daysFromToday);
    }

    /** A subscription with a chosen name, for tests that search by name or look for it on a page. */
    public CloudResource resource(Customer owner, String productType, String name, int daysFromToday) {
        return resources.register(new RegisterResourceCommand(owner.accountId(), productType, name, "cn-hangzhou",
                midnight(daysFromToday), BillingMethod.SUBSCRIPTION, false, Channel.CONSOLE, null));
    }

    public CloudResource payg(Customer owner, String productType) {
        return resources.register(new RegisterResourceCommand(owner.accountId(), productType,
                "payg-" + SEQUENCE.incrementAndGet(), "cn-hangzhou", null, BillingMethod.PAYG, false,
                Channel.CONSOLE, null));
    }

    /**
     * Puts the stored status back to {@code status}, as a resource looks between two runs of the
     * lifecycle job (past its window, not released yet).
     */
    @Transactional
    public void storedStatus(CloudResource resource, ResourceStatus status) {
        CloudResource.update("status = ?1 where id = ?2", status, resource.id);
    }

    /** A subscription bought with the given trial flag and channel, expiring {@code daysFromToday} from today. */
    public CloudResource resource(Customer owner, String productType, boolean trial, Channel channel, int daysFromToday) {
        return resources.register(new RegisterResourceCommand(owner.accountId(), productType,
                productType.toLowerCase() + "-" + channel.name().toLowerCase() + "-" + SEQUENCE.incrementAndGet(),
                "cn-hangzhou", midnight(daysFromToday), BillingMethod.SUBSCRIPTION, trial, channel, null));
    }

    /**
     * Stores auto-renewal as on, bypassing the rules, as a resource looks once the days have passed
     * since it was enabled (a domain with auto-renewal and less than 20 days left, say).
     */
    @Transactional
    public void storedAutoRenew(CloudResource resource, int months) {
        CloudResource.update("autoRenewEnabled = true, autoRenewMonths = ?1 where id = ?2", months, resource.id);
    }

    /**
     * Stores another expiry moment, bypassing the rule that expiries are set at 00:00: as a resource
     * looks whose expiry was set while the business zone was another one.
     */
    @Transactional
    public void storedExpiry(CloudResource resource, Instant expiresAt) {
        CloudResource.update("expiresAt = ?1 where id = ?2", expiresAt, resource.id);
    }

    /** 00:00 in the business zone, {@code days} from today by the business clock. */
    public Instant midnight(int days) {
        return LocalDate.now(clock.withZone(zone)).plusDays(days).atStartOfDay(zone).toInstant();
    }
}
