package io.billingconsole.quote;

import io.billingconsole.account.Account;
import io.billingconsole.catalog.ProductCatalog;
import io.billingconsole.catalog.ProductRule;
import io.billingconsole.renewal.RenewalError;
import io.billingconsole.renewal.RenewalItem;
import io.billingconsole.renewal.RenewalService;
import io.billingconsole.renewal.RenewalService.PricedLine;
import io.billingconsole.resource.CloudResource;
import io.billingconsole.resource.ResourceError;
import io.billingconsole.resource.ResourceFilter;
import io.billingconsole.resource.ResourceService;
import io.billingconsole.resource.ResourceSort;
import io.billingconsole.shared.CommonError;
import io.billingconsole.shared.DomainException;
import io.billingconsole.shared.ErrorCode;
import io.billingconsole.shared.Money;
import io.billingconsole.shared.PageOf;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Renewal quotes (导出续费清单, SPEC 5): a selection checked and priced by {@link RenewalService#price}
 * exactly as a renewal order would be, kept with a number and a validity. Renews and charges nothing.
 * <p>
 * Up to {@link #INSTANT_LINES} lines a quote is built at once (READY); larger selections, up to
 * {@link #MAX_LINES}, are checked (ownership, durations), stored as PREPARING with their selection, and
 * built by {@link QuoteBuilder} in the background, {@link RenewalService#MAX_BATCH} lines per transaction,
 * with the progress in the database.
 */
@ApplicationScoped
public class QuoteService {

    /** The most lines one quote may have. */
    public static final int MAX_LINES = 10_000;

    /** Up to this many lines a quote is built in the request; above, in the background. */
    public static final int INSTANT_LINES = RenewalService.MAX_BATCH;

    /** Lines per page when exports read a quote. */
    static final int EXPORT_PAGE = 1_000;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

    /** The error enums whose refusals a failed build may keep (by name) to show them later. */
    private static final List<Class<? extends Enum<?>>> FAILURE_CODES = List.of(QuoteError.class, RenewalError.class,
            ResourceError.class, CommonError.class);

    /** One line as exports and pages read it (no entity, nothing kept in the persistence context). */
    public record LineRow(long id, long resourceId, String resourceName, String productType, int months,
                          Money unitPrice, Money amount, Instant expiryBefore, Instant expiryAfter) {
    }

    /** The renewable resources matching the renewal list's filter, and how many matches cannot be renewed. */
    public record Matching(List<CloudResource> resources, int skipped) {
    }

    @Inject
    Clock clock;

    @Inject
    ZoneId zone;

    @Inject
    EntityManager em;

    @Inject
    RenewalService renewals;

    @Inject
    ResourceService resources;

    @Inject
    ProductCatalog catalog;

    @Inject
    QuoteBuilder builder;

    @ConfigProperty(name = "billing.quote.valid-days", defaultValue = "7")
    int validDays;

    /** A PREPARING quote whose builder gave no sign of life for this long was interrupted. */
    @ConfigProperty(name = "billing.quote.stale-after", defaultValue = "PT2M")
    Duration staleAfter;

    /**
     * The quote of a selection; nothing is locked, renewed or charged. Small selections come back READY
     * with their lines; larger ones PREPARING (already checked for size, ownership and durations), their
     * lines being built in the background.
     */
    public Quote create(long accountId, List<RenewalItem> items) {
        if (items == null || items.isEmpty()) {
            throw new DomainException(RenewalError.EMPTY_SELECTION);
        }
        if (items.size() > MAX_LINES) {
            throw new DomainException(QuoteError.QUOTE_TOO_LARGE, String.valueOf(MAX_LINES), String.valueOf(items.size()));
        }
        if (items.size() <= INSTANT_LINES) {
            return builder.createNow(accountId, items);
        }
        Quote quote = builder.prepare(accountId, items);
        builder.start(quote.id, quote.attempt);
        return quote;
    }

    /**
     * The quote of every renewable resource matching the renewal list's filter, with one duration for
     * all; only the account's resources can match.
     */
    public Quote createMatching(long accountId, ResourceFilter filter, ResourceSort sort, boolean hideReleased,
                                int months) {
        List<CloudResource> matching = matching(accountId, filter, sort, hideReleased).resources();
        if (matching.size() > MAX_LINES) {
            // reading stopped one past the limit: the filter finds more than that
            throw new DomainException(QuoteError.QUOTE_TOO_LARGE, String.valueOf(MAX_LINES), MAX_LINES + "+");
        }
        return create(accountId, matching.stream().map(r -> new RenewalItem(r.id, months)).toList());
    }

    /**
     * The account's resources matching the renewal list's filter in the list's order, read in pages of the
     * list's own query, without those that cannot be renewed now (the list shows them without a checkbox).
     * At most {@link #MAX_LINES} + 1 are read: one more says the selection is too large.
     */
    public Matching matching(long accountId, ResourceFilter filter, ResourceSort sort, boolean hideReleased) {
        Map<String, ProductRule> rules = catalog.byType();
        Instant now = clock.instant();
        List<CloudResource> found = new ArrayList<>();
        int skipped = 0;
        int size = 500;
        for (int page = 1; found.size() <= MAX_LINES; page++) {
            PageOf<CloudResource> batch = resources.search(accountId, new ResourceFilter(filter.productType(),
                    filter.status(), filter.renewal(), filter.expiresWithinDays(), filter.search(), page, size),
                    sort, hideReleased);
            for (CloudResource r : batch.items()) {
                // the list's query is the account's; checked again, as nothing else may ever get in
                if (r.accountId != accountId) {
                    continue;
                }
                ProductRule rule = rules.get(r.productType);
                if (rule == null || r.renewalBlocker(now, rule, zone).isPresent()) {
                    skipped++;
                } else {
                    found.add(r);
                }
            }
            if (batch.items().size() < size) {
                break;
            }
        }
        return new Matching(found, skipped);
    }

    /** The durations every product of the resources allows (the "one duration for all" choices). */
    public List<Integer> commonDurations(List<CloudResource> selection) {
        Map<String, ProductRule> rules = catalog.byType();
        Set<Integer> common = null;
        for (String type : selection.stream().map(r -> r.productType).distinct().toList()) {
            List<Integer> allowed = rules.get(type).allowedMonthList();
            common = common == null ? new LinkedHashSet<>(allowed) : common;
            common.retainAll(allowed);
        }
        return common == null ? List.of() : List.copyOf(common);
    }

    /** The lines a quote of this selection would have (the quote form's preview); nothing is stored. */
    public List<PricedLine> preview(long accountId, List<RenewalItem> items) {
        return renewals.price(accountId, items, false);
    }

    /**
     * The account's quote (header and progress, lines not read); another account's is "not found". A
     * PREPARING quote whose builder went away (no progress for {@code billing.quote.stale-after}) is
     * marked FAILED here, so that a crash ends in a retry, not in a page that waits for ever.
     */
    @Transactional
    public Quote find(long accountId, long quoteId) {
        Quote quote = Quote.findById(quoteId);
        if (quote == null || quote.accountId != accountId) {
            throw new DomainException(QuoteError.QUOTE_NOT_FOUND, String.valueOf(quoteId));
        }
        if (quote.status == QuoteStatus.PREPARING && quote.heartbeatAt != null
                && quote.heartbeatAt.isBefore(clock.instant().minus(staleAfter))) {
            int marked = em.createNativeQuery("update quote set status = 'FAILED', failure = :failure"
                            + " where id = :id and status = 'PREPARING' and attempt = :attempt and heartbeat_at = :beat")
                    .setParameter("failure", QuoteError.QUOTE_BUILD_INTERRUPTED.name())
                    .setParameter("id", quoteId).setParameter("attempt", quote.attempt)
                    .setParameter("beat", quote.heartbeatAt).executeUpdate();
            if (marked > 0) {
                em.refresh(quote);
            }
        }
        return quote;
    }

    /** As {@link #find}, and the quote must be READY (exports). */
    @Transactional
    public Quote findReady(long accountId, long quoteId) {
        Quote quote = find(accountId, quoteId);
        if (quote.status != QuoteStatus.READY) {
            throw new DomainException(QuoteError.QUOTE_NOT_READY, String.valueOf(quoteId));
        }
        return quote;
    }

    /**
     * Builds a FAILED quote again from its stored selection (a new attempt; lines of the failed one are
     * dropped). A quote that is READY or still being built is left as it is. Safe on two instances: the
     * quote row is locked and the attempt number guards the workers.
     */
    public Quote retry(long accountId, long quoteId) {
        Quote quote = builder.restart(accountId, find(accountId, quoteId).id);
        if (quote.status == QuoteStatus.PREPARING) {
            builder.start(quote.id, quote.attempt);
        }
        return quote;
    }

    /** Up to {@code limit} lines after the line id {@code afterId}, in line order (a keyset page). */
    @Transactional
    public List<LineRow> lines(long quoteId, long afterId, int limit) {
        List<Object[]> rows = em.createQuery("select l.id, l.resourceId, l.resourceName, l.productType, l.months,"
                        + " l.unitPrice, l.amount, l.expiryBefore, l.expiryAfter from QuoteLine l"
                        + " where l.quote.id = :quote and l.id > :after order by l.id", Object[].class)
                .setParameter("quote", quoteId).setParameter("after", afterId).setMaxResults(limit).getResultList();
        return rows.stream().map(r -> new LineRow((Long) r[0], (Long) r[1], (String) r[2], (String) r[3],
                (Integer) r[4], (Money) r[5], (Money) r[6], (Instant) r[7], (Instant) r[8])).toList();
    }

    /** The failure of a FAILED quote as a refusal, to show its reason in the user's language. */
    public DomainException failure(Quote quote) {
        if (quote.failure == null) {
            return new DomainException(QuoteError.QUOTE_BUILD_INTERRUPTED);
        }
        String[] parts = quote.failure.split("\t", -1);
        String[] args = Arrays.copyOfRange(parts, 1, parts.length);
        for (Class<? extends Enum<?>> type : FAILURE_CODES) {
            for (Enum<?> code : type.getEnumConstants()) {
                if (code.name().equals(parts[0])) {
                    return new DomainException((ErrorCode) code, args);
                }
            }
        }
        return new DomainException(QuoteError.QUOTE_BUILD_INTERRUPTED);
    }

    /** How exports name the account: its display name and number. */
    @Transactional
    public String accountLabel(long accountId) {
        Account account = Account.findById(accountId);
        return account == null || account.displayName == null ? "#" + accountId : account.displayName + " (#" + accountId + ")";
    }

    /** Product rules by type, for the product names of the lines. */
    public Map<String, ProductRule> products() {
        return catalog.byType();
    }

    // ---- used by QuoteBuilder, in its transactions ----

    /** A new quote header (number, dates) for the account, not persisted. */
    Quote newQuote(long accountId) {
        Instant now = clock.instant();
        Quote quote = new Quote();
        quote.accountId = accountId;
        quote.createdAt = now;
        quote.validUntil = now.plus(Duration.ofDays(validDays));
        long next = ((Number) em.createNativeQuery("select nextval('quote_number_seq')").getSingleResult()).longValue();
        quote.number = "Q" + now.atZone(zone).format(DAY) + String.format("%06d", next);
        return quote;
    }

    /**
     * The checks of a renewal that hold across the whole selection, in one query: no duplicates, every
     * resource the account's, every duration allowed by its product, one duration per product unless it
     * allows per-resource durations. The per-resource blockers are checked by {@link RenewalService#price}
     * as the lines are built. The refusals are those of a renewal.
     */
    void checkSelection(long accountId, List<RenewalItem> items) {
        Set<Long> seen = new HashSet<>();
        for (RenewalItem item : items) {
            if (!seen.add(item.resourceId())) {
                throw new DomainException(RenewalError.DUPLICATE_RESOURCE, String.valueOf(item.resourceId()));
            }
        }
        Map<Long, String> types = new HashMap<>();
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "select id, product_type from cloud_resource where account_id = ? and id = any(?)")) {
                Array ids = connection.createArrayOf("bigint", seen.toArray());
                select.setLong(1, accountId);
                select.setArray(2, ids);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        types.put(rows.getLong(1), rows.getString(2));
                    }
                }
            }
        });
        Map<String, ProductRule> rules = catalog.byType();
        Map<String, Integer> monthsByProduct = new HashMap<>();
        for (RenewalItem item : items) {
            String type = types.get(item.resourceId());
            if (type == null) {
                throw new DomainException(ResourceError.RESOURCE_NOT_FOUND, String.valueOf(item.resourceId()));
            }
            ProductRule rule = rules.get(type);
            if (!rule.allowsMonths(item.months())) {
                throw new DomainException(ResourceError.INVALID_DURATION, String.valueOf(item.months()), rule.allowedMonths);
            }
            Integer first = monthsByProduct.putIfAbsent(type, item.months());
            if (first != null && first != item.months() && !rule.perResourceDuration) {
                throw new DomainException(RenewalError.PER_RESOURCE_DURATION_NOT_ALLOWED, type);
            }
        }
    }

    /** A refusal as the failure column keeps it: its code and arguments, tab-separated. */
    static String failureText(DomainException e) {
        String text = String.join("\t", Stream.concat(Stream.of(e.code().toString()),
                e.args().stream().map(a -> a == null ? "" : a.replace('\t', ' '))).toList());
        return text.length() > 400 ? text.substring(0, 400) : text;
    }
}
