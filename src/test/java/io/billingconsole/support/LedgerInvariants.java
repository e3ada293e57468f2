package io.billingconsole.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.List;

/**
 * The books of one account checked against each other (issue 11): the cash balance and the
 * transferred-in funds are the sums of their ledger entries; every bill payment, refund and invoice
 * debt has its entries or rows; nothing is invoiced beyond what was paid, less refunds, plus the debt
 * the refunds left. Checked per account: other tests set balances with SQL on their own accounts.
 */
@ApplicationScoped
public class LedgerInvariants {

    private static final String[][] CHECKS = {
            {"cash balance = sum of cash, credit and transferred entries", """
                    select count(*) from account a where a.id = ?1 and a.cash_balance_fen <> (
                      select coalesce(sum(amount_fen), 0) from ledger_entry
                       where account_id = a.id and pocket in ('CASH', 'CREDIT', 'TRANSFERRED'))"""},
            {"transferred-in = sum of transferred entries", """
                    select count(*) from account a where a.id = ?1 and a.transferred_in_fen <> (
                      select coalesce(sum(amount_fen), 0) from ledger_entry where account_id = a.id and pocket = 'TRANSFERRED')"""},
            {"bill paid = its bill-payment entries", """
                    select count(*) from bill b where b.account_id = ?1 and b.paid_fen <> (
                      select coalesce(-sum(amount_fen), 0) from ledger_entry where bill_id = b.id and entry_type = 'BILL_PAYMENT')"""},
            {"bill amount = sum of its lines = its charged usage", """
                    select count(*) from bill b where b.account_id = ?1
                       and (b.amount_fen <> (select coalesce(sum(amount_fen), 0) from bill_line where bill_id = b.id)
                         or b.amount_fen <> (select coalesce(sum(charged_fen), 0) from usage_record where bill_id = b.id))"""},
            {"refund = its refund entries = its lines", """
                    select count(*) from refund r where r.account_id = ?1
                       and (r.cash_fen + r.credit_fen <> (select coalesce(sum(amount_fen), 0) from ledger_entry
                                                           where refund_id = r.id and entry_type = 'REFUND')
                         or r.cash_fen <> (select coalesce(sum(cash_fen), 0) from refund_line where refund_id = r.id)
                         or r.credit_fen <> (select coalesce(sum(credit_fen), 0) from refund_line where refund_id = r.id))"""},
            {"invoice amount = sum of its items", """
                    select count(*) from invoice i where i.account_id = ?1
                       and i.amount_fen <> (select coalesce(sum(amount_fen), 0) from invoice_item where invoice_id = i.id)"""},
            {"order: invoiced <= paid - refunded + debt", """
                    select count(*) from orders o where o.account_id = ?1 and o.status = 'PAID'
                       and (select coalesce(sum(it.amount_fen), 0) from invoice_item it join invoice i on i.id = it.invoice_id
                             where it.order_id = o.id and i.status in ('PENDING_REVIEW', 'ISSUED', 'RETURN_REQUESTED'))
                         > o.paid_cash_fen + o.paid_credit_fen
                           - (select coalesce(sum(cash_fen + credit_fen), 0) from refund_line where order_id = o.id)
                           + (select coalesce(sum(amount_fen), 0) from invoice_debt
                               where order_id = o.id and (cleared_by is null or cleared_by <> 'RETURN'))"""},
            {"bill: invoiced + offset <= paid", """
                    select count(*) from bill b where b.account_id = ?1
                       and (select coalesce(sum(it.amount_fen), 0) from invoice_item it join invoice i on i.id = it.invoice_id
                             where it.bill_id = b.id and i.status in ('PENDING_REVIEW', 'ISSUED', 'RETURN_REQUESTED'))
                         + (select coalesce(sum(amount_fen), 0) from invoice_debt_offset where bill_id = b.id and undone_at is null)
                         > b.paid_fen"""},
            {"debt remaining = amount - offsets (unless returned)", """
                    select count(*) from invoice_debt d where d.account_id = ?1 and (d.cleared_by is null or d.cleared_by <> 'RETURN')
                       and d.remaining_fen <> d.amount_fen - (select coalesce(sum(amount_fen), 0) from invoice_debt_offset
                                                                where debt_id = d.id and undone_at is null)"""},
            {"recharge remainders <= own cash", """
                    select count(*) from account a where a.id = ?1
                       and (select coalesce(sum(withdrawable_fen), 0) from recharge where account_id = a.id)
                         > greatest(a.cash_balance_fen - a.transferred_in_fen, 0)"""},
    };

    @Inject
    EntityManager em;

    /** The invariants the account's rows break; empty when its books agree. */
    @Transactional
    public List<String> broken(long accountId) {
        List<String> broken = new ArrayList<>();
        for (String[] check : CHECKS) {
            long rows = ((Number) em.createNativeQuery(check[1]).setParameter(1, accountId).getSingleResult()).longValue();
            if (rows != 0) {
                broken.add(check[0] + " (" + rows + " rows)");
            }
        }
        return broken;
    }
}
