package io.billingconsole.finance;

import io.billingconsole.account.Account;
import io.billingconsole.account.AccountService;
import io.billingconsole.account.AppUser;
import io.billingconsole.recharge.Recharge;
import io.billingconsole.recharge.RechargeChannel;
import io.billingconsole.recharge.RechargeService;
import io.billingconsole.shared.Money;
import io.billingconsole.sms.SmsCodeService;
import io.billingconsole.sms.SmsPurpose;
import io.billingconsole.support.Fixtures;
import io.billingconsole.withdrawal.PayeeType;
import io.billingconsole.withdrawal.Withdrawal;
import io.billingconsole.withdrawal.WithdrawalKind;
import io.billingconsole.withdrawal.ProofFiles;
import io.billingconsole.withdrawal.WithdrawalReason;
import io.billingconsole.withdrawal.WithdrawalRoute;
import io.billingconsole.withdrawal.WithdrawalService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Withdrawals as a customer makes them, for the finance tests: a real-name verified customer with a
 * security phone and a recharge, the SMS code read from the sandbox outbox, then {@link WithdrawalService#create}.
 */
@ApplicationScoped
public class WithdrawalBooks {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final Pattern CODE = Pattern.compile("(?<![0-9])([0-9]{6})(?![0-9])");

    /** A customer ready to withdraw: the login, its user id, its real name and its recharge. */
    public record Withdrawer(Fixtures.Customer customer, long userId, String realName, long rechargeId) {
        public long accountId() {
            return customer.accountId();
        }
    }

    @Inject
    Fixtures fixtures;

    @Inject
    AccountService accounts;

    @Inject
    RechargeService recharges;

    @Inject
    SmsCodeService codes;

    @Inject
    WithdrawalService withdrawals;

    @Inject
    ProofFiles proofFiles;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ZoneId zone;

    /** A verified customer with a phone and a bank remittance of {@code recharged} from {@code payerAccount}. */
    public Withdrawer withdrawer(String recharged, String payerAccount) {
        int n = SEQUENCE.incrementAndGet();
        Fixtures.Customer customer = fixtures.customer("0");
        String realName = "财务测试" + System.nanoTime() % 1_000_000_000L + "x" + n;
        accounts.setPhone(customer.accountId(), newPhone(n));
        verify(customer.accountId(), realName);
        Recharge recharge = recharges.record(new RechargeService.Recorded(customer.accountId(), Money.parse(recharged),
                RechargeChannel.BANK_TRANSFER, null, null, payerAccount, realName, LocalDate.now(clock.withZone(zone)),
                "test remittance", null));
        return new Withdrawer(customer, userId(customer.username()), realName, recharge.id);
    }

    /** To a designated Alipay account: always under review. */
    public Withdrawal designated(Withdrawer who, String amount, String payeeAccount) {
        return withdrawals.create(new WithdrawalService.Request(who.accountId(), who.userId(), WithdrawalKind.RECHARGE,
                who.rechargeId(), Money.parse(amount), WithdrawalRoute.DESIGNATED,
                new WithdrawalService.Payee(PayeeType.ALIPAY, payeeAccount, who.realName(), null, null, null, null, null),
                WithdrawalReason.ORIGINAL_ACCOUNT_CLOSED, "the old account was closed", code(who), key()));
    }

    /** Back the original route: straight to payout unless a risk rule fires. */
    public Withdrawal original(Withdrawer who, String amount) {
        return withdrawals.create(new WithdrawalService.Request(who.accountId(), who.userId(), WithdrawalKind.RECHARGE,
                who.rechargeId(), Money.parse(amount), WithdrawalRoute.ORIGINAL, null, null, null, code(who), key()));
    }

    /**
     * Another verified account of the same real name with a PAYG bill left unpaid past its product's
     * grace (1 day; issued 3 days ago): the SAME_NAME_OVERDUE risk fires for {@code who}.
     */
    @Transactional
    public void sameNameOverdue(Withdrawer who) {
        Fixtures.Customer other = fixtures.customer("0");
        verify(other.accountId(), who.realName());
        unpaidBill(other.accountId(), clock.instant().minus(Duration.ofDays(3)));
    }

    /** A same-name account whose unpaid bill is still within its grace: no risk. */
    @Transactional
    public void sameNameInGrace(Withdrawer who) {
        Fixtures.Customer other = fixtures.customer("0");
        verify(other.accountId(), who.realName());
        unpaidBill(other.accountId(), clock.instant().minus(Duration.ofHours(2)));
    }

    private void unpaidBill(long accountId, Instant issuedAt) {
        Number resource = (Number) em.createNativeQuery("insert into cloud_resource (account_id, product_type, name, region,"
                        + " billing_method, status, monthly_price_fen, created_at) values (?1, 'ECS', 'payg-owing', 'cn-hangzhou',"
                        + " 'PAYG', 'RUNNING', 0, ?2) returning id")
                .setParameter(1, accountId).setParameter(2, issuedAt).getSingleResult();
        Number bill = (Number) em.createNativeQuery("insert into bill (account_id, month, amount_fen, issued_at)"
                        + " values (?1, date_trunc('month', ?2 at time zone 'Asia/Shanghai')::date, 500, ?2) returning id")
                .setParameter(1, accountId).setParameter(2, issuedAt).getSingleResult();
        em.createNativeQuery("insert into bill_line (bill_id, resource_id, amount_fen, usage_count) values (?1, ?2, 500, 1)")
                .setParameter(1, bill.longValue()).setParameter(2, resource.longValue()).executeUpdate();
    }

    @Transactional
    public Money cash(long accountId) {
        return em.find(Account.class, accountId).cashBalance;
    }

    /** The ledger entries of one type for one withdrawal (WITHDRAWAL, WITHDRAWAL_RETURN). */
    @Transactional
    public long entries(long withdrawalId, String type) {
        return ((Number) em.createNativeQuery("select count(*) from ledger_entry where withdrawal_id = ?1 and entry_type = ?2")
                .setParameter(1, withdrawalId).setParameter(2, type).getSingleResult()).longValue();
    }

    /** The audit actions recorded about one withdrawal, oldest first, as "ACTION actor". */
    @Transactional
    public List<String> audit(Withdrawal w) {
        return em.createNativeQuery("select action || ' ' || actor from audit_log where target = ?1 order by id", String.class)
                .setParameter(1, "withdrawal " + w.id + " account " + w.accountId).getResultList();
    }

    @Transactional
    public Withdrawal reload(long withdrawalId) {
        return em.find(Withdrawal.class, withdrawalId);
    }

    @Transactional
    public long userId(String username) {
        return AppUser.findByUsername(username).orElseThrow().id;
    }

    /** A small PDF proof attached to the withdrawal as its customer would. */
    public long proof(Withdrawer who, Withdrawal w, String name, byte[] content) {
        return proofFiles.attach(who.accountId(), w.id, who.userId(), name, content).id();
    }

    @Transactional
    void verify(long accountId, String realName) {
        em.createNativeQuery("update account set real_name_verified = true, real_name = ?1 where id = ?2")
                .setParameter(1, realName).setParameter(2, accountId).executeUpdate();
    }

    /** Sends a withdrawal code and reads it from the sandbox outbox. */
    String code(Withdrawer who) {
        codes.send(who.accountId(), SmsPurpose.WITHDRAWAL);
        String text = newestText(who.accountId());
        Matcher m = CODE.matcher(text);
        if (!m.find()) {
            throw new AssertionError("no code in " + text);
        }
        return m.group(1);
    }

    @Transactional
    String newestText(long accountId) {
        return (String) em.createNativeQuery("select m.text from sms_message m join account a on a.phone = m.phone"
                        + " where a.id = ?1 order by m.sent_at desc, m.id desc limit 1")
                .setParameter(1, accountId).getSingleResult();
    }

    private static String newPhone(int n) {
        long digits = (System.nanoTime() / 1000 + n * 7919L) % 100_000_000L;
        return String.format("158%08d", digits);
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }
}
