package io.billingconsole.autorenew;

import io.billingconsole.account.Account;
import io.billingconsole.catalog.ProductCatalog;
import io.billingconsole.catalog.ProductRule;
import io.billingconsole.ledger.LedgerService;
import io.billingconsole.ledger.Payment;
import io.billingconsole.order.Order;
import io.billingconsole.order.OrderKind;
import io.billingconsole.order.OrderLine;
import io.billingconsole.order.VoidReason;
import io.billingconsole.resource.BillingMethod;
import io.billingconsole.resource.CloudResource;
import io.billingconsole.resource.ResourceQueries;
import io.billingconsole.shared.Money;
import io.billingconsole.shared.SkipLocked;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/** One auto-renew attempt: an order paid from the balance, or voided at once when the money is short. */
@ApplicationScoped
public class AutoRenewal {

    /** What an attempt did; empty when the resource was not (or no longer) due. */
    public enum Outcome {
        RENEWED, INSUFFICIENT_BALANCE
    }

    @Inject
    EntityManager em;

    @Inject
    ResourceQueries resourceQueries;

    @Inject
    Clock clock;

    @Inject
    ZoneId zone;

    @Inject
    LedgerService ledger;

    @Inject
    ProductCatalog catalog;

    @Inject
    AutoRenewNotices notices;


    /**
     * Charges the resource for business day {@code day} if it is still due. Locks the account first
     * and then the resource (the order every money move uses), so concurrent sweeps, payments and
     * manual renewals serialise; the due date is checked again under the lock, so a resource is
     * charged at most once per day and a period is renewed at most once. Runs in the caller's transaction (the
     * sweep's per-row one, see {@code KeysetSweep}), or in a new one.
     */
    @Transactional
    public Optional<Outcome> attempt(long resourceId, LocalDate day) {
        Optional<Long> owner = resourceQueries.ownerOf(resourceId);
        if (owner.isEmpty()) {
            return Optional.empty();
        }
        return attempt(resourceId, owner.get(), day);
    }

    /**
     * As {@link #attempt(long, LocalDate)} for a resource the sweep read with its account: the account is locked
     * first, then the resource is claimed and loaded in one statement ({@code for update skip locked}); a resource
     * another transaction holds, no longer due, or (no longer) the account's is passed by.
     */
    @Transactional
    public Optional<Outcome> attempt(long resourceId, long accountId, LocalDate day) {
        Account account = ledger.lockAccount(accountId);
        CloudResource resource = em.find(CloudResource.class, resourceId, LockModeType.PESSIMISTIC_WRITE,
                SkipLocked.HINTS);
        return attempt(account, resource, day, new Funds());
    }

    /**
     * Several of one account's due resources in one transaction (the sweep's unit of work): the account is locked
     * once, the resources are claimed in one statement ({@code for update skip locked}), then each is attempted in
     * the given order as {@link #attempt(long, long, LocalDate)} does. With {@code waitForAccount} false an account
     * that another transaction holds (another instance's sweep, a customer's payment) is not waited for: the
     * result is empty and nothing was done, so the caller comes back to it later. Otherwise how many were charged
     * or voided. A failure rolls all of them back (the caller then tries them one by one).
     */
    @Transactional
    public OptionalInt attemptAll(long accountId, List<Long> resourceIds, LocalDate day, boolean waitForAccount) {
        Optional<Account> locked = waitForAccount ? Optional.of(ledger.lockAccount(accountId))
                : ledger.tryLockAccount(accountId);
        if (locked.isEmpty()) {
            return OptionalInt.empty();
        }
        Account account = locked.get();
        // Everything an attempt reads by query is either unchanged in this transaction or written at once (orders,
        // lines, ledger entries and outbox rows have IDENTITY keys, so they are inserted on persist; attempt rows,
        // notices and recharge remainders are native statements): the pending updates (account, resources,
        // vouchers) are never read back by a query, so they wait for the commit. Flush mode AUTO would dirty-check
        // the whole group before every query, which grows with the group (16 % of the sweep's JVM time).
        em.setFlushMode(FlushModeType.COMMIT);
        Map<Long, CloudResource> claimed = new HashMap<>();
        // only what is still due: rows another instance charged meanwhile are neither locked nor loaded. Native SQL
        // with one array parameter: the same HQL with "in :ids" is translated to SQL anew for every group, as the
        // statement's shape changes with the list's length (6 % of the sweep's JVM time)
        String ids = resourceIds.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
        @SuppressWarnings("unchecked")
        List<CloudResource> due = em.createNativeQuery("select * from cloud_resource where id = any(cast(?1 as bigint[]))"
                        + " and account_id = ?2 and next_auto_renew_on <= ?3 for update skip locked", CloudResource.class)
                .setParameter(1, ids)
                .setParameter(2, accountId)
                .setParameter(3, day)
                .getResultList();
        due.forEach(resource -> claimed.put(resource.id, resource));
        int changed = 0;
        Funds funds = new Funds();
        for (Long id : resourceIds) {
            if (attempt(account, claimed.get(id), day, funds).isPresent()) {
                changed++;
            }
        }
        return OptionalInt.of(changed);
    }

    /**
     * The account's money for the attempts of one transaction: read (and its vouchers locked) by the first attempt
     * that pays, then carried on to the next ones with what the earlier ones spent.
     */
    private final class Funds {
        private LedgerService.Spendable read;

        LedgerService.Spendable of(Account account) {
            read = read == null ? ledger.spendable(account) : ledger.stillSpendable(read);
            return read;
        }
    }

    /** One attempt with the account locked and the resource claimed (null: another transaction holds it). */
    private Optional<Outcome> attempt(Account account, CloudResource resource, LocalDate day, Funds money) {
        if (resource == null || resource.accountId != account.id || resource.nextAutoRenewOn == null
                || resource.nextAutoRenewOn.isAfter(day)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (!stillRenewable(resource, day, now)) {
            resource.nextAutoRenewOn = null;
            return Optional.empty();
        }
        ProductRule rule = catalog.require(resource.productType);
        int months = resource.autoRenewMonths;
        Money amount = price(resource);
        Instant periodExpiry = resource.expiresAt;
        LedgerService.Spendable funds = money.of(account);
        Money missing = ledger.shortfall(funds, amount);
        // every field is set before the order and its line are inserted: no UPDATE of them afterwards
        Order order = Order.open(account.id, now);
        order.kind = OrderKind.AUTO_RENEWAL;
        OrderLine line = order.addLine(resource.id, months, amount);
        if (missing.isPositive()) {
            order.voidFor(VoidReason.INSUFFICIENT_BALANCE, now);
            order.persist();
            resource.autoRenewFailedOn(day, zone);
            record(resource, day, periodExpiry, months, order, Outcome.INSUFFICIENT_BALANCE, missing, now);
            notices.balanceLow(resource, day, order, missing);
            return Optional.of(Outcome.INSUFFICIENT_BALANCE);
        }
        line.expiryBefore = periodExpiry;
        line.expiryAfter = resource.renew(months, rule, now, zone);
        Payment planned = ledger.plan(funds, amount);
        order.markPaid(planned, now);
        order.persist();
        Payment paid = ledger.pay(funds, amount, order.id);
        if (!paid.equals(planned)) {
            throw new IllegalStateException("order " + order.id + " was paid " + paid + ", planned " + planned);
        }
        record(resource, day, periodExpiry, months, order, Outcome.RENEWED, null, now);
        notices.renewed(resource, order, months, amount);
        return Optional.of(Outcome.RENEWED);
    }

    /** What one auto-renewal of the resource costs: its monthly price times the chosen months. */
    public static Money price(CloudResource resource) {
        return resource.monthlyPrice.times(resource.autoRenewMonths);
    }

    /**
     * Auto-renew still on, a subscription, the swept day before the expiry day, and not expired yet
     * now: a day caught up after downtime may lie before the expiry while the clock is already past
     * it, and after expiry only manual renewal remains (SPEC section 2).
     */
    private boolean stillRenewable(CloudResource resource, LocalDate day, Instant now) {
        return resource.autoRenewEnabled && resource.autoRenewMonths != null
                && resource.billingMethod == BillingMethod.SUBSCRIPTION && !resource.trial
                && day.isBefore(resource.expiresAt.atZone(zone).toLocalDate())
                && now.isBefore(resource.expiresAt);
    }

    private void record(CloudResource resource, LocalDate day, Instant periodExpiry, int months, Order order,
                        Outcome outcome, Money missing, Instant now) {
        // plain JDBC on the transaction's connection: the statement touches auto_renew_attempt only (no flush of the
        // account or the resource for it), and a native query would be parsed again for every attempt
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("insert into auto_renew_attempt (resource_id,"
                    + " account_id, business_date, period_expiry, months, order_id, outcome, missing_fen, created_at)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setLong(1, resource.id);
                insert.setLong(2, resource.accountId);
                insert.setObject(3, day);
                insert.setObject(4, periodExpiry.atOffset(ZoneOffset.UTC));
                insert.setInt(5, months);
                insert.setLong(6, order.id);
                insert.setString(7, outcome.name());
                insert.setObject(8, missing == null ? null : missing.fen(), Types.BIGINT);
                insert.setObject(9, now.atOffset(ZoneOffset.UTC));
                insert.executeUpdate();
            }
        });
    }
}
