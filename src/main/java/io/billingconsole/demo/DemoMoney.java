package io.billingconsole.demo;

import io.billingconsole.account.Account;
import io.billingconsole.account.AccountService;
import io.billingconsole.account.AppUser;
import io.billingconsole.bank.BankAccountType;
import io.billingconsole.ledger.LedgerService;
import io.billingconsole.ledger.LedgerText;
import io.billingconsole.recharge.Recharge;
import io.billingconsole.recharge.RechargeChannel;
import io.billingconsole.recharge.RechargeService;
import io.billingconsole.shared.BillingConfig;
import io.billingconsole.shared.Money;
import io.billingconsole.sms.SmsCodeService;
import io.billingconsole.sms.SmsPurpose;
import io.billingconsole.transfer.TransferService;
import io.billingconsole.withdrawal.PayeeType;
import io.billingconsole.withdrawal.PayoutFailure;
import io.billingconsole.withdrawal.Withdrawal;
import io.billingconsole.withdrawal.WithdrawalKind;
import io.billingconsole.withdrawal.WithdrawalReason;
import io.billingconsole.withdrawal.WithdrawalRoute;
import io.billingconsole.withdrawal.WithdrawalService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The money part of the demo (issue 10), after {@link DemoData} committed the accounts: recharges
 * through several channels, a master account ({@code demo}) with a member ({@code demo-member}) and a
 * transfer, and withdrawals in every status. Everything goes through the services a customer and
 * finance use; the only shortcuts are demo history (a recharge's paid date moved into the past so that
 * its original route has ended, SMS codes aged past the resend pause) — timestamps, never money.
 */
@ApplicationScoped
public class DemoMoney {

    private static final Logger LOG = Logger.getLogger(DemoMoney.class);
    private static final Pattern CODE = Pattern.compile("(\\d{6})");

    @Inject
    BillingConfig config;

    @Inject
    AccountService accounts;

    @Inject
    RechargeService recharges;

    @Inject
    LedgerService ledger;

    @Inject
    TransferService transfers;

    @Inject
    WithdrawalService withdrawals;

    @Inject
    SmsCodeService sms;

    @Inject
    EntityManager em;

    @Inject
    ZoneId zone;

    void load(@Observes @Priority(4) StartupEvent event) {
        if (!config.demoData()) {
            return;
        }
        Long demoId = QuarkusTransaction.requiringNew().call(() -> AppUser.findByUsername("demo")
                .map(u -> u.accountId).orElse(null));
        if (demoId == null || QuarkusTransaction.requiringNew().call(() -> Recharge.count("accountId", demoId)) > 0) {
            return;
        }
        long demoUser = userId("demo");
        long finance = userId("finance");
        verify(demoId, "张三");

        recharges.record(new RechargeService.Recorded(demoId, Money.yuan(2000), RechargeChannel.ALIPAY, null, null,
                "zhangsan@example.com", "张三", null, null, null));
        Recharge icbc = recharges.record(new RechargeService.Recorded(demoId, Money.yuan(1500),
                RechargeChannel.ONLINE_BANKING, "ICBC", BankAccountType.PERSONAL, "6222021234561234", "张三", null, null,
                null));
        paidDaysAgo(icbc.id, 45);
        recharges.record(new RechargeService.Recorded(demoId, Money.yuan(1000), RechargeChannel.ONLINE_BANKING, "CMB",
                BankAccountType.ENTERPRISE, "755912345678", "演示科技有限公司", null, null, null));
        recharges.record(new RechargeService.Recorded(demoId, Money.yuan(500), RechargeChannel.BANK_TRANSFER, "BOC",
                BankAccountType.ENTERPRISE, "104100012345", "演示科技有限公司", LocalDate.now(zone), null, null));
        // money that no recharge accounts for: withdrawable only by a non-recharge application
        ledger.topUp(demoId, Money.yuan(200), LedgerText.DEMO_TOP_UP);

        Account member = accounts.createCustomer(new AccountService.NewCustomer("demo-member", "demo-member-pass-1",
                "demo-member@example.com", "+86 138 0000 0002", "演示成员账号"));
        transfers.link(member.id, demoId);
        transfers.transfer(new TransferService.Command(demoId, member.id, Money.yuan(300), null,
                UUID.randomUUID().toString(), demoUser));
        verify(member.id, "李四");
        recharges.record(new RechargeService.Recorded(member.id, Money.yuan(400), RechargeChannel.WECHAT_PAY, null,
                null, "wx-lisi", "李四", null, null, null));

        long alipay = rechargeId(demoId, RechargeChannel.ALIPAY);
        long cmb = rechargeId(demoId, "CMB");
        Withdrawal succeeded = withdraw(demoId, demoUser, alipay, "100.00", WithdrawalRoute.ORIGINAL, null, null);
        withdrawals.recordPayout(succeeded.id, true, null, finance);
        withdraw(demoId, demoUser, alipay, "60.00", WithdrawalRoute.ORIGINAL, null, null);
        Withdrawal rejected = withdraw(demoId, demoUser, cmb, "30.00", WithdrawalRoute.DESIGNATED,
                WithdrawalReason.COMPANY_DEREGISTERED, alipayPayee());
        withdrawals.reject(rejected.id, finance, "证明材料不全：请上传企业注销证明");
        Withdrawal failed = withdraw(demoId, demoUser, cmb, "50.00", WithdrawalRoute.DESIGNATED,
                WithdrawalReason.ORIGINAL_ACCOUNT_CLOSED, alipayPayee());
        withdrawals.approve(failed.id, finance);
        withdrawals.recordPayout(failed.id, false, PayoutFailure.ACCOUNT_INFO_WRONG, finance);
        withdraw(demoId, demoUser, icbc.id, "80.00", WithdrawalRoute.DESIGNATED, WithdrawalReason.OUTSIDE_ROUTE_WINDOW,
                alipayPayee());
        LOG.info("Demo money loaded: recharges, demo-member / demo-member-pass-1 (member of demo), withdrawals");
    }

    private Withdrawal withdraw(long accountId, long userId, long rechargeId, String amount, WithdrawalRoute route,
                                WithdrawalReason reason, WithdrawalService.Payee payee) {
        String code = sendCode(accountId);
        return withdrawals.create(new WithdrawalService.Request(accountId, userId, WithdrawalKind.RECHARGE, rechargeId,
                Money.parse(amount), route, payee, reason, null, code, UUID.randomUUID().toString()));
    }

    private static WithdrawalService.Payee alipayPayee() {
        return new WithdrawalService.Payee(PayeeType.ALIPAY, "zhangsan.pay@example.com", "张三", null, null, null, null,
                null);
    }

    /** Sends a code and reads it back from the sandbox SMS outbox (the demo's phone), aging it past the resend pause. */
    private String sendCode(long accountId) {
        sms.send(accountId, SmsPurpose.WITHDRAWAL);
        return QuarkusTransaction.requiringNew().call(() -> {
            String phone = SmsCodeService.normalize(em.find(Account.class, accountId).phone);
            String text = (String) em.createNativeQuery("select text from sms_message where phone = ?1"
                    + " order by sent_at desc, id desc limit 1").setParameter(1, phone).getSingleResult();
            em.createNativeQuery("update sms_code set created_at = created_at - interval '2 minutes' where phone = ?1")
                    .setParameter(1, phone).executeUpdate();
            Matcher m = CODE.matcher(text);
            if (!m.find()) {
                throw new IllegalStateException("no code in the sandbox SMS: " + text);
            }
            return m.group(1);
        });
    }

    private void verify(long accountId, String realName) {
        accounts.update(accountId, new AccountService.AccountChanges(true, realName, null, null));
    }

    private void paidDaysAgo(long rechargeId, int days) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update recharge set"
                        + " paid_at = paid_at - make_interval(days => ?1), created_at = created_at - make_interval(days => ?1),"
                        + " route_until = route_until - ?1 where id = ?2")
                .setParameter(1, days).setParameter(2, rechargeId).executeUpdate());
    }

    private long rechargeId(long accountId, RechargeChannel channel) {
        return QuarkusTransaction.requiringNew().call(() -> Recharge.<Recharge>find("accountId = ?1 and channel = ?2",
                accountId, channel).firstResult().id);
    }

    private long rechargeId(long accountId, String bank) {
        return QuarkusTransaction.requiringNew().call(() -> Recharge.<Recharge>find("accountId = ?1 and bank = ?2",
                accountId, bank).firstResult().id);
    }

    private long userId(String username) {
        return QuarkusTransaction.requiringNew().call(() -> AppUser.findByUsername(username).orElseThrow().id);
    }
}
