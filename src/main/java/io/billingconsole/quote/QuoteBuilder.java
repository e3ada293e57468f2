package io.billingconsole.quote;

import io.billingconsole.renewal.RenewalItem;
import io.billingconsole.renewal.RenewalService;
import io.billingconsole.renewal.RenewalService.PricedLine;
import io.billingconsole.shared.DomainException;
import io.billingconsole.shared.Money;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.Session;
import org.jboss.logging.Logger;

import java.sql.PreparedStatement;
import java.sql.Types;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;

/**
 * Builds quotes: small ones in the caller's request; large ones in the background, one transaction per
 * {@link RenewalService#MAX_BATCH} lines (priced by {@link RenewalService#price}, inserted with one JDBC
 * batch), each moving {@code lines_done}, {@code total_fen} and the heartbeat in the quote row. The
 * database is the truth: the quote row is locked per step and a step of an older attempt writes nothing;
 * a refusal ends the build FAILED with its reason; an instance that dies leaves a heartbeat that goes
 * stale, which {@link QuoteService#find} turns into FAILED (retry).
 */
@ApplicationScoped
public class QuoteBuilder {

    private static final Logger LOG = Logger.getLogger(QuoteBuilder.class);

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Inject
    RenewalService renewals;

    @Inject
    QuoteService quotes;

    private volatile ExecutorService pool;

    @PreDestroy
    void stop() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }

    /** A small quote, priced and stored at once: READY. */
    @Transactional
    public Quote createNow(long accountId, List<RenewalItem> items) {
        List<PricedLine> priced = renewals.price(accountId, items, false);
        Quote quote = quotes.newQuote(accountId);
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
        quote.status = QuoteStatus.READY;
        quote.linesTotal = priced.size();
        quote.linesDone = priced.size();
        quote.persist();
        return quote;
    }

    /** A large quote, checked as a whole and stored PREPARING with its selection (one JDBC batch). */
    @Transactional
    public Quote prepare(long accountId, List<RenewalItem> items) {
        quotes.checkSelection(accountId, items);
        Quote quote = quotes.newQuote(accountId);
        quote.status = QuoteStatus.PREPARING;
        quote.linesTotal = items.size();
        quote.attempt = 1;
        quote.heartbeatAt = clock.instant();
        quote.persist();
        em.flush();
        long quoteId = quote.id;
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into quote_item (quote_id, position, resource_id, months) values (?, ?, ?, ?)")) {
                for (int i = 0; i < items.size(); i++) {
                    insert.setLong(1, quoteId);
                    insert.setInt(2, i);
                    insert.setLong(3, items.get(i).resourceId());
                    insert.setInt(4, items.get(i).months());
                    insert.addBatch();
                    if ((i + 1) % 1000 == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
        });
        return quote;
    }

    /** A FAILED quote back to PREPARING under the next attempt, its partial lines dropped; others unchanged. */
    @Transactional
    public Quote restart(long accountId, long quoteId) {
        Quote quote = em.find(Quote.class, quoteId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (quote == null || quote.accountId != accountId) {
            throw new DomainException(QuoteError.QUOTE_NOT_FOUND, String.valueOf(quoteId));
        }
        if (quote.status != QuoteStatus.FAILED) {
            return quote;
        }
        em.createNativeQuery("delete from quote_line where quote_id = :id").setParameter("id", quoteId).executeUpdate();
        quote.status = QuoteStatus.PREPARING;
        quote.linesDone = 0;
        quote.total = Money.ZERO;
        quote.failure = null;
        quote.attempt++;
        quote.heartbeatAt = clock.instant();
        return quote;
    }

    /** Builds the quote in the background (call after the transaction that prepared it committed). */
    public void start(long quoteId, int attempt) {
        try {
            pool().submit(() -> run(quoteId, attempt));
        } catch (RejectedExecutionException e) {
            // shutting down: the heartbeat goes stale and the page offers a retry
            LOG.warnf("quote %d not started: shutting down", quoteId);
        }
    }

    void run(long quoteId, int attempt) {
        try {
            boolean more = true;
            while (more && !Thread.currentThread().isInterrupted()) {
                more = QuarkusTransaction.requiringNew().call(() -> step(quoteId, attempt));
            }
        } catch (DomainException refusal) {
            fail(quoteId, attempt, QuoteService.failureText(refusal));
        } catch (RuntimeException e) {
            LOG.errorf(e, "building quote %d failed", quoteId);
            fail(quoteId, attempt, QuoteError.QUOTE_BUILD_INTERRUPTED.name());
        }
    }

    /**
     * One step: the next lines of the selection (keyset on the position, from {@code lines_done}),
     * priced and inserted; false when the quote is complete or no longer this attempt's to build.
     */
    boolean step(long quoteId, int attempt) {
        @SuppressWarnings("unchecked")
        List<Object[]> head = em.createNativeQuery("select account_id, status, attempt, lines_done from quote"
                + " where id = :id for update").setParameter("id", quoteId).getResultList();
        if (head.isEmpty()) {
            return false;
        }
        Object[] row = head.get(0);
        long accountId = ((Number) row[0]).longValue();
        int done = ((Number) row[3]).intValue();
        if (!QuoteStatus.PREPARING.name().equals(row[1]) || ((Number) row[2]).intValue() != attempt) {
            return false;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> next = em.createNativeQuery("select resource_id, months from quote_item"
                        + " where quote_id = :id and position >= :done order by position")
                .setParameter("id", quoteId).setParameter("done", done)
                .setMaxResults(RenewalService.MAX_BATCH).getResultList();
        if (next.isEmpty()) {
            em.createNativeQuery("update quote set status = 'READY', heartbeat_at = :now where id = :id")
                    .setParameter("now", clock.instant()).setParameter("id", quoteId).executeUpdate();
            return false;
        }
        List<RenewalItem> items = new ArrayList<>(next.size());
        for (Object[] item : next) {
            items.add(new RenewalItem(((Number) item[0]).longValue(), ((Number) item[1]).intValue()));
        }
        List<PricedLine> priced = renewals.price(accountId, items, false);
        Money sum = Money.ZERO;
        for (PricedLine p : priced) {
            sum = sum.plus(p.amount());
        }
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("insert into quote_line (quote_id, resource_id,"
                    + " resource_name, product_type, months, unit_price_fen, amount_fen, expiry_before, expiry_after)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (PricedLine p : priced) {
                    insert.setLong(1, quoteId);
                    insert.setLong(2, p.resource().id);
                    insert.setString(3, p.resource().name);
                    insert.setString(4, p.rule().productType);
                    insert.setInt(5, p.months());
                    insert.setLong(6, p.unitPrice().fen());
                    insert.setLong(7, p.amount().fen());
                    setInstant(insert, 8, p.expiryBefore());
                    setInstant(insert, 9, p.expiryAfter());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
        em.createNativeQuery("update quote set lines_done = lines_done + :n, total_fen = total_fen + :sum,"
                        + " heartbeat_at = :now where id = :id")
                .setParameter("n", priced.size()).setParameter("sum", sum.fen())
                .setParameter("now", clock.instant()).setParameter("id", quoteId).executeUpdate();
        // the resources priced in this step are not needed any more
        em.clear();
        return true;
    }

    private void fail(long quoteId, int attempt, String failure) {
        try {
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update quote set status = 'FAILED',"
                            + " failure = :failure where id = :id and status = 'PREPARING' and attempt = :attempt")
                    .setParameter("failure", failure).setParameter("id", quoteId).setParameter("attempt", attempt)
                    .executeUpdate());
        } catch (RuntimeException e) {
            // the heartbeat goes stale and the page offers a retry
            LOG.errorf(e, "quote %d: cannot store its failure", quoteId);
        }
    }

    private static void setInstant(PreparedStatement statement, int index, java.time.Instant value) throws java.sql.SQLException {
        if (value == null) {
            statement.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            statement.setObject(index, value.atOffset(java.time.ZoneOffset.UTC));
        }
    }

    private ExecutorService pool() {
        if (pool == null) {
            synchronized (this) {
                if (pool == null) {
                    pool = Executors.newFixedThreadPool(2, task -> {
                        Thread thread = new Thread(task, "quote-builder");
                        thread.setDaemon(true);
                        return thread;
                    });
                }
            }
        }
        return pool;
    }
}
