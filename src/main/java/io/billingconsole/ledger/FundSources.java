package io.billingconsole.ledger;

import io.billingconsole.shared.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import org.hibernate.query.NativeQuery;

import java.util.ArrayList;
import java.util.List;

/**
 * Where an account's money came from, as far as withdrawals and recalls care (SPEC 10, 11): the
 * withdrawable remainder of each paid recharge and what is left at a member of each transfer.
 * Consumption takes the oldest first. Only {@link LedgerService} calls it, under the account's row
 * lock, so two changes of one account's sources never interleave.
 */
@ApplicationScoped
class FundSources {

    @Inject
    EntityManager em;

    /** Takes up to {@code amount} from the account's recharges, oldest paid first; returns what it took from which. */
    @Transactional(TxType.MANDATORY)
    List<RechargeShare> takeFromRecharges(long accountId, Money amount) {
        return spread("select id, withdrawable_fen from recharge"
                        + " where account_id = ?1 and withdrawable_fen > 0 order by paid_at, id",
                "update recharge set withdrawable_fen = withdrawable_fen - ?1 where id = ?2", "recharge", accountId, amount);
    }

    /**
     * Moves up to {@code amount} over the rows {@code rowsQuery} lists as (id, available or room), in its
     * order, with {@code update} (?1 the part, ?2 the id), skipping rows with nothing available; returns
     * what it moved to or from which row.
     */
    private List<RechargeShare> spread(String rowsQuery, String update, long accountId, Money amount) {
        return spread(rowsQuery, update, null, accountId, amount);
    }

    /**
     * As above; {@code onlyTable}, when not null, is the one table both statements read and write, so Hibernate
     * flushes pending changes first only when they touch it (a payment's account update waits for the commit).
     */
    private List<RechargeShare> spread(String rowsQuery, String update, String onlyTable, long accountId, Money amount) {
        List<RechargeShare> taken = new ArrayList<>();
        if (!amount.isPositive()) {
            return taken;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = (List<Object[]>) nativeQuery(rowsQuery, onlyTable).setParameter(1, accountId).getResultList();
        long left = amount.fen();
        for (Object[] row : rows) {
            if (left == 0) {
                break;
            }
            long id = ((Number) row[0]).longValue();
            long take = Math.min(left, ((Number) row[1]).longValue());
            if (take <= 0) {
                continue;
            }
            nativeQuery(update, onlyTable).setParameter(1, take).setParameter(2, id).executeUpdate();
            taken.add(new RechargeShare(id, Money.ofFen(take)));
            left -= take;
        }
        return taken;
    }

    private NativeQuery<?> nativeQuery(String sql, String onlyTable) {
        NativeQuery<?> query = em.createNativeQuery(sql).unwrap(NativeQuery.class);
        return onlyTable == null ? query : query.addSynchronizedQuerySpace(onlyTable);
    }

    /** Gives withdrawable amount back to one recharge (a recall, a returned withdrawal). */
    @Transactional(TxType.MANDATORY)
    void giveBack(long rechargeId, Money amount) {
        if (amount.isPositive()) {
            em.createNativeQuery("update recharge set withdrawable_fen = withdrawable_fen + ?1 where id = ?2")
                    .setParameter(1, amount.fen()).setParameter(2, rechargeId).executeUpdate();
        }
    }

    /** Takes {@code amount} from the one recharge a withdrawal names; false when it has less than that. */
    @Transactional(TxType.MANDATORY)
    boolean takeFrom(long rechargeId, Money amount) {
        return em.createNativeQuery("update recharge set withdrawable_fen = withdrawable_fen - ?1"
                        + " where id = ?2 and withdrawable_fen >= ?1")
                .setParameter(1, amount.fen()).setParameter(2, rechargeId).executeUpdate() == 1;
    }

    /** Sum of the withdrawable remainders of the account's recharges. */
    @Transactional(TxType.MANDATORY)
    Money rechargeRemainders(long accountId, Long exceptRechargeId) {
        Number sum = (Number) em.createNativeQuery("select coalesce(sum(withdrawable_fen), 0) from recharge"
                        + " where account_id = ?1 and id <> ?2")
                .setParameter(1, accountId).setParameter(2, exceptRechargeId == null ? -1L : exceptRechargeId)
                .getSingleResult();
        return Money.ofFen(sum.longValue());
    }

    /** Sets a just-paid recharge's withdrawable remainder. */
    @Transactional(TxType.MANDATORY)
    void setRemainder(long rechargeId, Money amount) {
        em.createNativeQuery("update recharge set withdrawable_fen = ?1 where id = ?2")
                .setParameter(1, amount.fen()).setParameter(2, rechargeId).executeUpdate();
    }

    /** Takes {@code amount} off what is left of a transfer at its member and counts it recalled; false when less is left. */
    @Transactional(TxType.MANDATORY)
    boolean recall(long transferId, Money amount) {
        return em.createNativeQuery("update transfer set remaining_fen = remaining_fen - ?1,"
                        + " recalled_fen = recalled_fen + ?1 where id = ?2 and remaining_fen >= ?1")
                .setParameter(1, amount.fen()).setParameter(2, transferId).executeUpdate() == 1;
    }

    /** What of an order was paid from transferred-in funds and is not refunded to them yet. */
    @Transactional(TxType.MANDATORY)
    Money transferredPaidFor(long orderId) {
        Number sum = (Number) em.createNativeQuery("select coalesce(-sum(amount_fen), 0) from ledger_entry"
                        + " where order_id = ?1 and pocket = 'TRANSFERRED' and entry_type in ('PAYMENT', 'REFUND')")
                .setParameter(1, orderId).getSingleResult();
        return Money.max(Money.ZERO, Money.ofFen(sum.longValue()));
    }

    /** Refunded transferred-in funds go back to the member's transfers they were spent from, newest first. */
    @Transactional(TxType.MANDATORY)
    void restoreTransfers(long memberAccountId, Money amount) {
        spread("select id, amount_fen - remaining_fen - recalled_fen from transfer"
                        + " where to_account_id = ?1 and amount_fen - remaining_fen - recalled_fen > 0"
                        + " order by created_at desc, id desc",
                "update transfer set remaining_fen = remaining_fen + ?1 where id = ?2", memberAccountId, amount);
    }

    /**
     * Refunded own cash becomes withdrawable again by the recharges consumption took it from, newest
     * first, as far as each has room: its amount less what is withdrawable, withdrawn (not returned) or
     * transferred away (not recalled).
     */
    @Transactional(TxType.MANDATORY)
    void restoreRecharges(long accountId, Money amount) {
        spread("""
                select r.id, r.amount_fen - r.withdrawable_fen
                         - coalesce((select sum(w.amount_fen) from withdrawal w where w.recharge_id = r.id
                                       and w.status not in ('REJECTED', 'FAILED')), 0)
                         - coalesce((select sum(s.taken_fen - s.restored_fen) from transfer_source s
                                      where s.recharge_id = r.id), 0) as room
                  from recharge r
                 where r.account_id = ?1 and r.status = 'PAID'
                 order by r.paid_at desc, r.id desc""",
                "update recharge set withdrawable_fen = withdrawable_fen + ?1 where id = ?2", accountId, amount);
    }

    /** Spends a member's transferred-in funds from its transfers, oldest first. */
    @Transactional(TxType.MANDATORY)
    void spendTransfers(long memberAccountId, Money amount) {
        spread("select id, remaining_fen from transfer"
                        + " where to_account_id = ?1 and remaining_fen > 0 order by created_at, id",
                "update transfer set remaining_fen = remaining_fen - ?1 where id = ?2", memberAccountId, amount);
    }
}
