package io.billingconsole.ledger;

import io.billingconsole.account.Account;
import io.billingconsole.recharge.Recharge;
import io.billingconsole.recharge.RechargeChannel;
import io.billingconsole.recharge.RechargeService;
import io.billingconsole.shared.Money;
import io.billingconsole.support.Books;
import io.billingconsole.support.Fixtures;
import io.billingconsole.support.Fixtures.Customer;
import io.billingconsole.transfer.Transfer;
import io.billingconsole.transfer.TransferService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Where money came from (SPEC 10, 11): consumption takes the oldest recharge's withdrawable amount
 * first, a recharge that pays back used credit is withdrawable only for the rest, transferred-in
 * funds pay before own cash, and a recall gives the master's recharges their amount back. After each
 * step the ledger's pockets add up to the balances.
 */
@QuarkusTest
class FundSourcesTest {

    @Inject
    Fixtures fixtures;

    @Inject
    RechargeService recharges;

    @Inject
    TransferService transfers;

    @Inject
    LedgerService ledger;

    @Inject
    Books books;

    @Inject
    EntityManager em;

    @Test
    void consumptionTakesTheOldestRechargeFirst() {
        Customer c = fixtures.customer("0");
        long older = record(c.accountId(), "100.00");
        long newer = record(c.accountId(), "50.00");

        pay(c.accountId(), "120.00");

        assertEquals(Money.parse("0.00"), remainder(older));
        assertEquals(Money.parse("30.00"), remainder(newer));
        assertBooksBalance(c.accountId());
    }

    @Test
    void aRechargeThatPaysBackUsedCreditIsWithdrawableOnlyForTheRest() {
        Customer c = fixtures.customer("0");
        fixtures.fund(c, "100.00", "0");
        pay(c.accountId(), "80.00");

        long recharge = record(c.accountId(), "100.00");

        assertEquals(Money.parse("20.00"), remainder(recharge));
        assertEquals(Money.parse("20.00"), account(c.accountId()).cashBalance);
        assertBooksBalance(c.accountId());
    }

    @Test
    void transferredInFundsPayFirstAndARecallGivesTheMasterItsRechargeBack() {
        Customer master = fixtures.customer("0");
        Customer member = fixtures.customer("0");
        long masterRecharge = record(master.accountId(), "300.00");
        long memberRecharge = record(member.accountId(), "100.00");
        transfers.link(member.accountId(), master.accountId());

        Transfer transfer = transfers.transfer(new TransferService.Command(master.accountId(), member.accountId(),
                Money.parse("200.00"), null, UUID.randomUUID().toString(), null));

        assertEquals(Money.parse("100.00"), remainder(masterRecharge));
        assertEquals(Money.parse("300.00"), account(member.accountId()).cashBalance);
        assertEquals(Money.parse("200.00"), account(member.accountId()).transferredIn);

        pay(member.accountId(), "150.00");

        assertEquals(Money.parse("50.00"), account(member.accountId()).transferredIn);
        assertEquals(Money.parse("100.00"), remainder(memberRecharge), "own cash untouched while transferred-in funds last");
        assertEquals(Money.parse("50.00"), transfers.recallable(master.accountId(), transfer.id));

        transfers.recall(master.accountId(), transfer.id, Money.parse("50.00"));

        assertEquals(Money.parse("150.00"), remainder(masterRecharge));
        assertEquals(Money.parse("150.00"), account(master.accountId()).cashBalance);
        assertEquals(Money.ZERO, account(member.accountId()).transferredIn);
        assertEquals(Money.parse("100.00"), account(member.accountId()).cashBalance);
        assertBooksBalance(master.accountId());
        assertBooksBalance(member.accountId());
    }

    @Test
    void aReplayedTransferMovesMoneyOnce() {
        Customer master = fixtures.customer("0");
        Customer member = fixtures.customer("0");
        record(master.accountId(), "100.00");
        transfers.link(member.accountId(), master.accountId());
        String key = UUID.randomUUID().toString();
        var command = new TransferService.Command(master.accountId(), member.accountId(), Money.parse("60.00"), null,
                key, null);

        long first = transfers.transfer(command).id;
        long second = transfers.transfer(command).id;

        assertEquals(first, second);
        assertEquals(Money.parse("40.00"), account(master.accountId()).cashBalance);
        assertEquals(Money.parse("60.00"), account(member.accountId()).cashBalance);
    }

    @Test
    void billsArePaidFromCashOnlyTransferredInFundsFirstNeverFromCreditOrVouchers() {
        Customer master = fixtures.customer("0");
        Customer member = fixtures.customer("0");
        record(master.accountId(), "100.00");
        long memberRecharge = record(member.accountId(), "50.00");
        fixtures.fund(member, "1000.00", "100.00");
        transfers.link(member.accountId(), master.accountId());
        Transfer transfer = transfers.transfer(new TransferService.Command(master.accountId(), member.accountId(),
                Money.parse("100.00"), null, UUID.randomUUID().toString(), null));
        long bill = bill(member.accountId(), 20_000);

        Money paid = QuarkusTransaction.requiringNew().call(() ->
                ledger.payBill(ledger.lockAccount(member.accountId()), Money.parse("200.00"), bill));

        assertEquals(Money.parse("150.00"), paid, "only the cash balance pays a bill");
        assertEquals(Money.ZERO, account(member.accountId()).cashBalance, "the credit line is not used");
        assertEquals(Money.ZERO, account(member.accountId()).transferredIn);
        assertEquals(Money.ZERO, remainder(memberRecharge));
        assertEquals(Money.ZERO, transfers.recallable(master.accountId(), transfer.id));
        assertEquals(Money.parse("100.00"), ledger.summary(member.accountId()).vouchers(), "vouchers untouched");
        assertEquals(List.of(-10_000L, -5_000L), entryAmounts("bill_id", bill));
        assertEquals(Money.ZERO, QuarkusTransaction.requiringNew().call(() ->
                ledger.payBill(ledger.lockAccount(member.accountId()), Money.parse("50.00"), bill)), "no cash, nothing paid");
        assertBooksBalance(member.accountId());
    }

    @Test
    void aRefundGoesBackToThePocketsTheOrderWasPaidFrom() {
        Customer master = fixtures.customer("0");
        Customer member = fixtures.customer("0");
        record(master.accountId(), "100.00");
        long memberRecharge = record(member.accountId(), "100.00");
        transfers.link(member.accountId(), master.accountId());
        Transfer transfer = transfers.transfer(new TransferService.Command(master.accountId(), member.accountId(),
                Money.parse("100.00"), null, UUID.randomUUID().toString(), null));
        long order = paidOrder(member, 15_000);
        QuarkusTransaction.requiringNew().run(() ->
                ledger.pay(ledger.lockAccount(member.accountId()), Money.parse("150.00"), order));
        assertEquals(Money.parse("50.00"), remainder(memberRecharge));
        long refund = refundRow(member, order);

        QuarkusTransaction.requiringNew().run(() -> ledger.refund(ledger.lockAccount(member.accountId()), order,
                Money.parse("120.00"), Money.ZERO, refund));

        assertEquals(Money.parse("170.00"), account(member.accountId()).cashBalance);
        assertEquals(Money.parse("100.00"), account(member.accountId()).transferredIn,
                "what transferred-in funds paid goes back to them, not to withdrawable cash");
        assertEquals(Money.parse("100.00"), transfers.recallable(master.accountId(), transfer.id));
        assertEquals(Money.parse("70.00"), remainder(memberRecharge), "the own part is withdrawable by its recharge again");
        assertEquals(List.of(10_000L, 2_000L), entryAmounts("refund_id", refund));
        assertBooksBalance(member.accountId());
    }

    private long bill(long accountId, long amountFen) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("insert into bill"
                        + " (account_id, month, amount_fen, issued_at) values (?1, date '2020-01-01', ?2, now()) returning id")
                .setParameter(1, accountId).setParameter(2, amountFen).getSingleResult()).longValue());
    }

    private long paidOrder(Customer owner, long amountFen) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("insert into orders"
                        + " (account_id, status, amount_fen, paid_cash_fen, created_at, paid_at) values (?1, 'PAID', ?2, ?2, now(), now())"
                        + " returning id")
                .setParameter(1, owner.accountId()).setParameter(2, amountFen).getSingleResult()).longValue());
    }

    private long refundRow(Customer owner, long orderId) {
        long resource = fixtures.resource(owner, "ECS", 30).id;
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("insert into refund"
                        + " (account_id, resource_id, cash_fen, credit_fen, voucher_fen, idempotency_key, created_at)"
                        + " values (?1, ?2, 12000, 0, 0, ?3, now()) returning id")
                .setParameter(1, owner.accountId()).setParameter(2, resource).setParameter(3, "k" + orderId)
                .getSingleResult()).longValue());
    }

    /** The amounts of the entries that name {@code column} = {@code id}, in the order they were written. */
    @SuppressWarnings("unchecked")
    private List<Long> entryAmounts(String column, long id) {
        return QuarkusTransaction.requiringNew().call(() -> ((List<Number>) em.createNativeQuery(
                        "select amount_fen from ledger_entry where " + column + " = ?1 order by id")
                .setParameter(1, id).getResultList()).stream().map(Number::longValue).toList());
    }

    private long record(long accountId, String amount) {
        Recharge r = recharges.record(new RechargeService.Recorded(accountId, Money.parse(amount),
                RechargeChannel.BANK_TRANSFER, "ICBC", null, "6222020000001234", "Test", null, null, null));
        return r.id;
    }

    private void pay(long accountId, String amount) {
        QuarkusTransaction.requiringNew().run(() -> ledger.pay(ledger.lockAccount(accountId), Money.parse(amount), null));
    }

    private Money remainder(long rechargeId) {
        return QuarkusTransaction.requiringNew().call(() -> Money.ofFen(((Number) em.createNativeQuery(
                "select withdrawable_fen from recharge where id = ?1").setParameter(1, rechargeId).getSingleResult())
                .longValue()));
    }

    private Account account(long accountId) {
        return QuarkusTransaction.requiringNew().call(() -> em.find(Account.class, accountId));
    }

    private void assertBooksBalance(long accountId) {
        Account account = account(accountId);
        assertEquals(account.cashBalance, books.ledgerCashSum(accountId));
        Money transferred = QuarkusTransaction.requiringNew().call(() -> Money.ofFen(((Number) em.createNativeQuery(
                "select coalesce(sum(amount_fen), 0) from ledger_entry where account_id = ?1 and pocket = 'TRANSFERRED'")
                .setParameter(1, accountId).getSingleResult()).longValue()));
        assertEquals(account.transferredIn, transferred);
    }
}
