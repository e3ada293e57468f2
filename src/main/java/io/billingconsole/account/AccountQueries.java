package io.billingconsole.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * The native SQL on users and accounts beyond Panache finders, in one place: the transaction-scoped
 * advisory locks that serialise checks over all operators. Each runs in its caller's transaction and
 * is released at its end. (The failed-login counts keep their SQL in {@link LoginThrottle}, the one
 * class that reads and writes {@code login_throttle}.)
 */
@ApplicationScoped
class AccountQueries {

    /** Held while the first operator is looked for and created at start-up. */
    private static final long FIRST_OPERATOR_LOCK = 0x4f50455241544fL;

    /** Serialises "is this the last enabled operator?" between concurrent disables. */
    private static final long OPERATORS_LOCK = 0x5354414646L;

    @Inject
    EntityManager em;

    void lockFirstOperatorCheck() {
        advisoryLock(FIRST_OPERATOR_LOCK);
    }

    void lockEnabledOperators() {
        advisoryLock(OPERATORS_LOCK);
    }

    private void advisoryLock(long key) {
        em.createNativeQuery("select pg_advisory_xact_lock(?1)").setParameter(1, key).getSingleResult();
    }
}
