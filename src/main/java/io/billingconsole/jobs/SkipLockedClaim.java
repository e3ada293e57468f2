package io.billingconsole.jobs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * Claims one row for the current transaction with {@code SELECT ... FOR UPDATE SKIP LOCKED}: a row that another
 * transaction holds (a concurrent sweep on another instance, a payment in progress) is passed by, not waited for.
 */
@ApplicationScoped
public class SkipLockedClaim {

    @Inject
    EntityManager em;

    /**
     * Locks row {@code id} of {@code table} until the transaction ends, if it still matches {@code condition} (SQL;
     * its parameters are {@code ?2}, {@code ?3}, … given in {@code params}; {@code ?1} is the id); false when the
     * row is gone, no longer matches, or another transaction holds it.
     */
    @Transactional(TxType.MANDATORY)
    public boolean claim(String table, long id, String condition, Object... params) {
        var query = em.createNativeQuery("select id from " + table + " where id = ?1 and (" + condition + ")"
                + " for update skip locked");
        query.setParameter(1, id);
        for (int i = 0; i < params.length; i++) {
            query.setParameter(i + 2, params[i]);
        }
        return !query.getResultList().isEmpty();
    }
}
