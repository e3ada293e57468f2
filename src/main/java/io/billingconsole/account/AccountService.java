package io.billingconsole.account;

import io.billingconsole.shared.Columns;
import io.billingconsole.shared.CommonError;
import io.billingconsole.shared.DomainException;
import io.billingconsole.shared.Locales;
import io.billingconsole.shared.Money;
import io.billingconsole.shared.PageOf;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import org.hibernate.exception.ConstraintViolationException;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Opens customer accounts and staff users. Without a password, the new user gets a one-time
 * setup link by e-mail and chooses the password themselves; with one (provisioning scripts), the
 * password is set and no mail goes out.
 */
@ApplicationScoped
public class AccountService {

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9_.-]{3,64}");
    static final Pattern EMAIL = Pattern.compile("[^@\\s\\x00]{1,100}@[^@\\s\\x00]{1,100}\\.[^@\\s\\x00]{1,50}");
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Inject
    Audit audit;

    @Inject
    SetupLinks setupLinks;

    public record NewCustomer(String username, String password, String email, String phone, String displayName) {
    }

    /** A staff user; {@code email} is needed when no password is given (the setup link goes there). */
    public record NewStaff(String username, String password, Role role, String email, String language) {
    }

    /** Every customer account by id, one page of them (the back office's list). */
    @Transactional
    public PageOf<Account> accounts(int page, int size) {
        PanacheQuery<Account> query = Account.findAll(Sort.by("id"));
        return PageOf.of(query.page(Page.of(page - 1, size)).list(), page, size, query::count);
    }

    @Transactional
    public Account createCustomer(NewCustomer input) {
        validateUsername(input.username());
        if (input.password() != null) {
            PasswordPolicy.check(input.password(), input.username());
        }
        if (input.email() == null || input.email().length() > 200 || !EMAIL.matcher(input.email()).matches()) {
            throw new DomainException(CommonError.INVALID_INPUT, "email");
        }
        if (input.displayName() == null || input.displayName().isBlank() || input.displayName().length() > 100) {
            throw new DomainException(CommonError.INVALID_INPUT, "displayName");
        }
        if (input.phone() != null && !input.phone().matches("\\+?[0-9 -]{5,30}")) {
            throw new DomainException(CommonError.INVALID_INPUT, "phone");
        }
        Account account = new Account();
        account.displayName = input.displayName().trim();
        account.email = input.email();
        account.phone = input.phone();
        account.language = "zh";
        account.status = AccountStatus.NORMAL;
        account.cashBalance = Money.ZERO;
        account.creditLine = Money.ZERO;
        account.createdAt = clock.instant();
        account.persist();
        AppUser user = addUser(input.username(), input.password(), Role.CUSTOMER, account.id, null, "zh");
        audit.record(AuditAction.CUSTOMER_CREATED, user, "account=" + account.id
                + (input.password() == null ? ", password by setup link" : ", password given"));
        if (input.password() == null) {
            setupLinks.issue(user);
        }
        return account;
    }

    /** A staff login with a known password and no e-mail (demo data, tests). */
    @Transactional
    public AppUser createStaff(String username, String password, Role role) {
        return createStaff(new NewStaff(username, password, role, null, null));
    }

    @Transactional
    public AppUser createStaff(NewStaff input) {
        validateUsername(input.username());
        if (input.role() == null || input.role() == Role.CUSTOMER) {
            throw new DomainException(CommonError.INVALID_INPUT, "role");
        }
        String email = input.email() == null || input.email().isBlank() ? null : input.email().trim();
        if (email != null && (email.length() > 200 || !EMAIL.matcher(email).matches())) {
            throw new DomainException(CommonError.INVALID_INPUT, "email");
        }
        if (input.password() == null || input.password().isEmpty()) {
            if (email == null) {
                throw new DomainException(AccountError.EMAIL_OR_PASSWORD_REQUIRED);
            }
        } else {
            PasswordPolicy.check(input.password(), input.username());
        }
        String language = input.language() == null ? Locales.CHINESE : Locales.supported(input.language());
        if (language == null) {
            throw new DomainException(CommonError.INVALID_INPUT, "language");
        }
        boolean byLink = input.password() == null || input.password().isEmpty();
        AppUser user = addUser(input.username(), byLink ? null : input.password(), input.role(), null, email, language);
        audit.record(AuditAction.STAFF_CREATED, user, "role=" + input.role()
                + (email == null ? "" : ", email=" + email) + (byLink ? ", password by setup link" : ", password given"));
        if (byLink) {
            setupLinks.issue(user);
        }
        return user;
    }

    /** Sets how far below zero the cash balance may go. */
    @Transactional
    public Account setCreditLine(long accountId, Money creditLine) {
        if (creditLine.isNegative()) {
            throw new DomainException(CommonError.INVALID_AMOUNT, creditLine.toPlainString());
        }
        Account account = em.find(Account.class, accountId, LockModeType.PESSIMISTIC_WRITE);
        if (account == null) {
            throw new DomainException(AccountError.ACCOUNT_NOT_FOUND, String.valueOf(accountId));
        }
        if (account.cashBalance.plus(creditLine).isNegative()) {
            throw new DomainException(CommonError.INVALID_AMOUNT, creditLine.toPlainString());
        }
        account.creditLine = creditLine;
        return account;
    }

    /**
     * Binds another security phone to the account (null or blank: none); SMS codes sent to the old
     * phone stop working. Same format as at creation.
     */
    @Transactional
    public Account setPhone(long accountId, String phone) {
        String value = phone == null || phone.isBlank() ? null : phone.trim();
        if (value != null && (value.length() > Columns.ACCOUNT_PHONE || !value.matches("\\+?[0-9 -]{5,30}"))) {
            throw new DomainException(CommonError.INVALID_INPUT, "phone");
        }
        Account account = em.find(Account.class, accountId, LockModeType.PESSIMISTIC_WRITE);
        if (account == null) {
            throw new DomainException(AccountError.ACCOUNT_NOT_FOUND, String.valueOf(accountId));
        }
        account.phone = value;
        return account;
    }

    public Account require(long accountId) {
        Account account = Account.findById(accountId);
        if (account == null) {
            throw new DomainException(AccountError.ACCOUNT_NOT_FOUND, String.valueOf(accountId));
        }
        return account;
    }

    /**
     * Adds a user; a null password becomes the hash of a random secret nobody knows, so the user
     * cannot log in until they choose a password through their setup link.
     */
    @Transactional(TxType.MANDATORY)
    AppUser addUser(String username, String password, Role role, Long accountId, String email, String language) {
        // usernames are unique ignoring case, so that "Demo" cannot pose as "demo"
        if (AppUser.count("lower(username) = ?1", username.toLowerCase(Locale.ROOT)) > 0) {
            throw new DomainException(AccountError.USERNAME_TAKEN, username);
        }
        AppUser user = new AppUser();
        user.username = username;
        user.passwordHash = BcryptUtil.bcryptHash(password == null ? unknowable() : password);
        user.role = role;
        user.accountId = accountId;
        user.language = language;
        user.enabled = true;
        user.createdAt = clock.instant();
        user.email = email;
        try {
            user.persist();
            em.flush();
        } catch (ConstraintViolationException e) {
            // another request took the name between the check and the insert
            throw new DomainException(AccountError.USERNAME_TAKEN, username);
        }
        return user;
    }

    static void validateUsername(String username) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new DomainException(CommonError.INVALID_INPUT, "username");
        }
    }

    private static String unknowable() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** What an operator changes on an account; null fields stay as they are. */
    public record AccountChanges(Boolean realNameVerified, String realName, AccountStatus status, String phone) {
    }

    /**
     * Changes an account's real-name verification, real name, status and security phone (partial:
     * null leaves a field alone, a blank real name or phone clears it). A verified account needs a real name.
     */
    @Transactional
    public Account update(long accountId, AccountChanges changes) {
        Account account = em.find(Account.class, accountId, LockModeType.PESSIMISTIC_WRITE);
        if (account == null) {
            throw new DomainException(AccountError.ACCOUNT_NOT_FOUND, String.valueOf(accountId));
        }
        String realName = changes.realName() == null ? account.realName
                : changes.realName().isBlank() ? null : changes.realName().trim();
        if (realName != null && realName.length() > 100) {
            throw new DomainException(CommonError.INVALID_INPUT, "realName");
        }
        boolean verified = changes.realNameVerified() == null ? account.realNameVerified : changes.realNameVerified();
        if (verified && realName == null) {
            throw new DomainException(CommonError.INVALID_INPUT, "realName");
        }
        if (changes.phone() != null) {
            setPhone(accountId, changes.phone());
        }
        account.realName = realName;
        account.realNameVerified = verified;
        if (changes.status() != null) {
            account.status = changes.status();
        }
        audit.record(AuditAction.ACCOUNT_UPDATED, null, "account " + accountId, "realNameVerified=" + verified
                + ", status=" + account.status + (changes.phone() == null ? "" : ", phone changed")
                + (changes.realName() == null ? "" : ", realName changed"));
        return account;
    }
}
