package io.billingconsole.withdrawal;

import io.billingconsole.account.Account;
import io.billingconsole.account.AccountService;
import io.billingconsole.account.AccountStatus;
import io.billingconsole.bank.BankAccountType;
import io.billingconsole.recharge.Recharge;
import io.billingconsole.recharge.RechargeChannel;
import io.billingconsole.recharge.RechargeService;
import io.billingconsole.shared.Money;
import io.billingconsole.sms.SmsBooks;
import io.billingconsole.support.Api;
import io.billingconsole.support.Fixtures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Withdrawal test data: real-name verified customers with a security phone, their recharges, the SMS
 * codes the sandbox sent, and what the database holds afterwards (cash, remainders, ledger, outbox).
 */
@ApplicationScoped
public class WithdrawalBooks {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    /** A verified customer with a phone; {@code realName} is unique so no risk rule sees a namesake. */
    public record Holder(Fixtures.Customer customer, String phone, String realName) {
        public long accountId() {
            return customer.accountId();
        }

        public String username() {
            return customer.username();
        }
    }

    @Inject
    Fixtures fixtures;

    @Inject
    SmsBooks sms;

    @Inject
    AccountService accounts;

    @Inject
    RechargeService recharges;

    @Inject
    EntityManager em;

    public Holder holder() {
        String phone = sms.newPhone();
        Fixtures.Customer customer = sms.customerWithPhone(phone);
        String name = "测试" + System.nanoTime() % 1_000_000 + "号" + SEQUENCE.incrementAndGet();
        verify(customer.accountId(), name);
        return new Holder(customer, phone, name);
    }

    @Transactional
    public void verify(long accountId, String realName) {
        Account a = em.find(Account.class, accountId);
        a.realNameVerified = realName != null;
        a.realName = realName;
    }

    @Transactional
    public void status(long accountId, AccountStatus status) {
        em.find(Account.class, accountId).status = status;
    }

    /** An online-banking recharge recorded as paid now (the business clock's now). */
    public Recharge recharge(Holder h, String amount, String bank, BankAccountType type) {
        return recharges.record(new RechargeService.Recorded(h.accountId(), Money.parse(amount),
                RechargeChannel.ONLINE_BANKING, bank, type, "6222020000" + (1000 + SEQUENCE.incrementAndGet() % 9000),
                h.realName(), null, null, null));
    }

    @Transactional
    public Money remainder(long rechargeId) {
        Number fen = (Number) em.createNativeQuery("select withdrawable_fen from recharge where id = ?1")
                .setParameter(1, rechargeId).getSingleResult();
        return Money.ofFen(fen.longValue());
    }

    @Transactional
    public Money cash(long accountId) {
        Number fen = (Number) em.createNativeQuery("select cash_balance_fen from account where id = ?1")
                .setParameter(1, accountId).getSingleResult();
        return Money.ofFen(fen.longValue());
    }

    @Transactional
    public long count(String sql, Object... params) {
        var q = em.createNativeQuery(sql);
        for (int i = 0; i < params.length; i++) {
            q.setParameter(i + 1, params[i]);
        }
        return ((Number) q.getSingleResult()).longValue();
    }

    public long withdrawals(long accountId) {
        return count("select count(*) from withdrawal where account_id = ?1", accountId);
    }

    public long ledgerWithdrawals(long accountId) {
        return count("select count(*) from ledger_entry where account_id = ?1 and entry_type = 'WITHDRAWAL'", accountId);
    }

    /** The subjects of the mails queued for the account, oldest first. */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<String> mailSubjects(long accountId) {
        return em.createNativeQuery("select subject from mail_outbox where account_id = ?1 order by id")
                .setParameter(1, accountId).getResultList();
    }

    @Transactional
    @SuppressWarnings("unchecked")
    public List<String> mailTexts(long accountId) {
        return em.createNativeQuery("select body_text from mail_outbox where account_id = ?1 order by id")
                .setParameter(1, accountId).getResultList();
    }

    /** Asks the API for a code and reads it from the sandbox (as an operator). */
    public String code(Holder h) {
        Api.as(h.customer()).body(Map.of()).post("/api/v1/withdrawals/sms-code").then().statusCode(201);
        return sms.lastCode(h.phone());
    }

    public String lastCode(String phone) {
        return sms.lastCode(phone);
    }

    @Transactional
    public long userId(String username) {
        return io.billingconsole.account.AppUser.<io.billingconsole.account.AppUser>find("username", username)
                .firstResult().id;
    }

    public static String key() {
        return UUID.randomUUID().toString();
    }
}
