package io.billingconsole.quote;

import io.billingconsole.account.Account;
import io.billingconsole.catalog.ProductCatalog;
import io.billingconsole.catalog.ProductRule;
import io.billingconsole.renewal.RenewalItem;
import io.billingconsole.renewal.RenewalService;
import io.billingconsole.renewal.RenewalService.PricedLine;
import io.billingconsole.shared.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * Renewal quotes (导出续费清单, SPEC 5): a selection checked and priced by {@link RenewalService#price}
 * exactly as a renewal order would be, kept with a number and a validity. Renews and charges nothing.
 */
@ApplicationScoped
public class QuoteService {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

    @Inject
    Clock clock;

    @Inject
    ZoneId zone;

    @Inject
    EntityManager em;

    @Inject
    RenewalService renewals;

    @Inject
    ProductCatalog catalog;

    @ConfigProperty(name = "billing.quote.valid-days", defaultValue = "7")
    int validDays;

    /** The quote with its lines; nothing is locked, renewed or charged. */
    @Transactional
    public Quote create(long accountId, List<RenewalItem> items) {
        List<PricedLine> priced = renewals.price(accountId, items, false);
        Instant now = clock.instant();
        Quote quote = new Quote();
        quote.accountId = accountId;
        quote.createdAt = now;
        quote.validUntil = now.plus(Duration.ofDays(validDays));
        long next = ((Number) em.createNativeQuery("select nextval('quote_number_seq')").getSingleResult()).longValue();
        quote.number = "Q" + now.atZone(zone).format(DAY) + String.format("%06d", next);
        for (PricedLine p : priced) {
            QuoteLine line = new QuoteLine();
            line.resourceId = p.resource().id;
            line.resourceName = p.resource().name;
            line.productType = p.rule().productType;
            line.months = p.months();
            line.unitPrice = p.unitPrice();
            line.amount = p.amount();
            line.expiryBefore = p.expiryBefore();
            line.expiryAfter = p.expiryAfter();
            quote.addLine(line);
        }
        quote.persist();
        return quote;
    }

    /** The lines a quote of this selection would have (the quote form's preview); nothing is stored. */
    public List<PricedLine> preview(long accountId, List<RenewalItem> items) {
        return renewals.price(accountId, items, false);
    }

    /** The account's quote with its lines; another account's is "not found". */
    @Transactional
    public Quote find(long accountId, long quoteId) {
        Quote quote = Quote.findById(quoteId);
        if (quote == null || quote.accountId != accountId) {
            throw new DomainException(QuoteError.QUOTE_NOT_FOUND, String.valueOf(quoteId));
        }
        quote.lines.size();
        return quote;
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
}
