package io.billingconsole.withdrawal.web;

import io.billingconsole.account.Account;
import io.billingconsole.account.AccountService;
import io.billingconsole.account.CurrentUser;
import io.billingconsole.bank.Bank;
import io.billingconsole.bank.BankBranch;
import io.billingconsole.bank.BankDirectory;
import io.billingconsole.bank.BranchSearch;
import io.billingconsole.funds.BalanceParts;
import io.billingconsole.funds.FundsService;
import io.billingconsole.recharge.Recharge;
import io.billingconsole.recharge.RechargeChannel;
import io.billingconsole.recharge.RechargeMessages;
import io.billingconsole.recharge.RechargeService;
import io.billingconsole.shared.Locales;
import io.billingconsole.shared.Translator;
import io.billingconsole.withdrawal.WithdrawalMessages;
import io.billingconsole.shared.CommonError;
import io.billingconsole.shared.DomainException;
import io.billingconsole.shared.Money;
import io.billingconsole.shared.Params;
import io.billingconsole.sms.SmsCodeService;
import io.billingconsole.transfer.TransferService;
import io.billingconsole.withdrawal.ExpectedArrival;
import io.billingconsole.withdrawal.PayeeType;
import io.billingconsole.withdrawal.Withdrawal;
import io.billingconsole.withdrawal.WithdrawalError;
import io.billingconsole.withdrawal.WithdrawalKind;
import io.billingconsole.withdrawal.WithdrawalReason;
import io.billingconsole.withdrawal.WithdrawalRoute;
import io.billingconsole.withdrawal.WithdrawalService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What the withdrawal pages and API read, for the account whose balance is withdrawn: the user's own
 * account or, for a master account's users, one of its members (SPEC 8 enterprise multi-account).
 * Any other account id is "not found".
 */
@RequestScoped
public class WithdrawalViews {

    /** An account the user may withdraw from, for the account switcher. */
    public record AccountChoice(long id, String name, boolean own) {
    }

    /** One recharge order with what is left to withdraw and its original route (the planner row). */
    public record RechargeOption(Recharge recharge, Money withdrawable, boolean originalRouteAvailable,
                                 LocalDate originalRouteUntil, String bankName, String payer,
                                 ExpectedArrival originalArrival, String destination) {
        public RechargeChannel channel() {
            return recharge.channel;
        }

        public Instant paidAt() {
            return recharge.paidAt;
        }

        public long id() {
            return recharge.id;
        }
    }

    /** The withdrawal page's facts about one account. */
    public record Options(long accountId, String accountName, Money withdrawable, Money nonRechargeWithdrawable,
                          String realName, String maskedPhone, List<RechargeOption> recharges) {
        public boolean showsApplication() {
            return nonRechargeWithdrawable.isPositive();
        }

        public Optional<RechargeOption> recharge(long rechargeId) {
            return recharges.stream().filter(r -> r.recharge.id == rechargeId).findFirst();
        }
    }

    @Inject
    CurrentUser user;

    @Inject
    AccountService accounts;

    @Inject
    TransferService transfers;

    @Inject
    FundsService funds;

    @Inject
    RechargeService recharges;

    @Inject
    WithdrawalService withdrawals;

    @Inject
    BankDirectory banks;

    @Inject
    BranchSearch branches;

    @Inject
    Clock clock;

    @Inject
    ZoneId zone;

    private List<AccountChoice> choices;

    /** The user's own account first, then the members of it (when it is a master account). */
    public List<AccountChoice> choices() {
        if (choices == null) {
            long own = user.accountId();
            List<AccountChoice> list = new ArrayList<>();
            list.add(new AccountChoice(own, accounts.require(own).displayName, true));
            for (Account member : transfers.members(own)) {
                list.add(new AccountChoice(member.id, member.displayName, false));
            }
            choices = List.copyOf(list);
        }
        return choices;
    }

    /** The account asked for (blank: the user's own); an account the user may not withdraw from is not found. */
    public long target(String accountId) {
        if (accountId == null || accountId.isBlank()) {
            return user.accountId();
        }
        long id = Params.id(accountId, CommonError.PAGE_NOT_FOUND);
        requireAllowed(id);
        return id;
    }

    /** As {@link #target(String)} for an id from a JSON body. */
    public long target(Long accountId) {
        if (accountId == null) {
            return user.accountId();
        }
        requireAllowed(accountId);
        return accountId;
    }

    public void requireAllowed(long accountId) {
        if (choices().stream().noneMatch(c -> c.id() == accountId)) {
            throw new DomainException(CommonError.PAGE_NOT_FOUND, String.valueOf(accountId));
        }
    }

    /** A withdrawal of the user's account or of one of its members; any other is not found. */
    public Withdrawal withdrawal(long withdrawalId) {
        Withdrawal w;
        try {
            w = withdrawals.get(withdrawalId);
        } catch (DomainException e) {
            throw new DomainException(WithdrawalError.WITHDRAWAL_NOT_FOUND, String.valueOf(withdrawalId));
        }
        if (choices().stream().noneMatch(c -> c.id() == w.accountId)) {
            throw new DomainException(WithdrawalError.WITHDRAWAL_NOT_FOUND, String.valueOf(withdrawalId));
        }
        return w;
    }

    public Options options(long accountId, String language) {
        Account account = accounts.require(accountId);
        BalanceParts parts = funds.parts(accountId);
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        List<RechargeOption> rows = new ArrayList<>();
        for (Recharge r : recharges.withdrawable(accountId)) {
            Money max = parts.withdrawableOf(r.withdrawable);
            boolean original = r.originalRouteAvailable(today);
            String bank = bankName(r.bank, language);
            rows.add(new RechargeOption(r, max, original, r.routeUntil, bank, r.maskedPayerAccount(),
                    ExpectedArrival.of(WithdrawalRoute.ORIGINAL, r.channel), destination(r, bank, language)));
        }
        String phone = SmsCodeService.normalize(account.phone);
        return new Options(accountId, account.displayName, parts.withdrawable(), parts.nonRechargeWithdrawable(),
                account.realNameVerified ? account.realName : null, phone == null ? null : SmsCodeService.mask(phone),
                List.copyOf(rows));
    }

    /** Where the original route pays back: the bank (or the channel) and the masked payer account. */
    public String destination(Recharge r, String bankName, String language) {
        String where = bankName != null ? bankName
                : Translator.bundle(RechargeMessages.class, Locales.of(language)).channel(r.channel);
        String payer = r.maskedPayerAccount();
        return payer == null ? where : where + " " + payer;
    }

    /** Where a withdrawal pays to, in words: the masked payee, or the original route's destination. */
    public String payeeText(Withdrawal w, String language) {
        if (w.payeeType != null) {
            WithdrawalMessages texts = Translator.bundle(WithdrawalMessages.class, Locales.of(language));
            String text = texts.payee_type(w.payeeType) + " " + w.maskedPayeeAccount();
            if (w.payeeBranch != null) {
                text += " · " + w.payeeBranch;
            }
            return text;
        }
        if (w.rechargeId == null) {
            return null;
        }
        Recharge r = recharges.find(w.accountId, w.rechargeId);
        return Translator.bundle(WithdrawalMessages.class, Locales.of(language))
                .payee_original(destination(r, bankName(r.bank, language), language));
    }

    /** The bank's name in a language, or the code when the console does not know it. */
    public String bankName(String code, String language) {
        if (code == null) {
            return null;
        }
        return banks.find(code).map(b -> b.name(language)).orElse(code);
    }

    /** The channel of a withdrawal's recharge (null for a non-recharge application). */
    public RechargeChannel channelOf(Withdrawal w) {
        return w.rechargeId == null ? null : recharges.find(w.accountId, w.rechargeId).channel;
    }

    public ExpectedArrival arrival(Withdrawal w) {
        return ExpectedArrival.of(w, channelOf(w));
    }

    /** The reasons a kind offers (the seed's lists). */
    public static List<WithdrawalReason> reasons(WithdrawalKind kind) {
        return Arrays.stream(WithdrawalReason.values()).filter(r -> r.kind() == kind).toList();
    }

    /**
     * The payee as the service takes it: a bank card's branch is looked up by id (or, from a page
     * without script, by its exact name) and gives the bank, province, city and branch name. An
     * unknown branch is refused (400).
     */
    public WithdrawalService.Payee payee(PayeeType type, String account, String name, Long branchId,
                                         String branchQuery) {
        if (type == null) {
            return null;
        }
        if (type != PayeeType.BANK_CARD) {
            return new WithdrawalService.Payee(type, account, name, null, null, null, null, null);
        }
        Optional<BankBranch> branch = branchId == null ? Optional.empty() : branches.find(branchId);
        if (branchId != null && branch.isEmpty()) {
            throw new DomainException(CommonError.INVALID_INPUT, "payee.branchId");
        }
        if (branch.isEmpty() && branchQuery != null && !branchQuery.isBlank()) {
            branch = branches.findByExactName(branchQuery);
            if (branch.isEmpty()) {
                throw new DomainException(CommonError.INVALID_INPUT, "payee.branchId");
            }
        }
        if (branch.isEmpty()) {
            return new WithdrawalService.Payee(type, account, name, null, null, null, null, null);
        }
        BankBranch b = branch.get();
        Bank bank = b.bank;
        return new WithdrawalService.Payee(type, account, name, b.id, bank.code, b.province, b.city, b.name);
    }

    /** The branch picked before (to show it again in a re-rendered form), if any. */
    public BankBranch branch(Long branchId) {
        return branchId == null ? null : branches.find(branchId).orElse(null);
    }
}
