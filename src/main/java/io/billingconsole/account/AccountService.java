package io.billingconsole.account;

import io.billingconsole.shared.DomainException;
import io.billingconsole.shared.ErrorCode;
import io.billingconsole.shared.Money;
import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.regex.Pattern;

/** Opens customer accounts and staff users. */
@ApplicationScoped
public class AccountService {

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9_.-]{3,64}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,100}@[^@\\s]{1,100}\\.[^@\\s]{1,50}");

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    public record NewCustomer(String username, String password, String email, String phone, String displayName) {
    }

    @Transactional
    public Account createCustomer(NewCustomer input) {
        validateCredentials(input.username(), input.password());
        if (input.email() == null || !EMAIL.matcher(input.email()).matches()) {
            throw new DomainException(ErrorCode.INVALID_INPUT, "email");
        }
        if (input.displayName() == null || input.displayName().isBlank() || input.displayName().length() > 100) {
            throw new DomainException(ErrorCode.INVALID_INPUT, "displayName");
        }
        if (input.phone() != null && !input.phone().matches("\\+?[0-9 -]{5,30}")) {
            throw new DomainException(ErrorCode.INVALID_INPUT, "phone");
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
        addUser(input.username(), input.password(), Role.CUSTOMER, account.id);
        return account;
    }

    @Transactional
    public AppUser createStaff(String username, String password, Role role) {
        validateCredentials(username, password);
        return addUser(username, password, role, null);
    }

    /** Sets how far below zero the cash balance may go. */
    @Transactional
    public Account setCreditLine(long accountId, Money creditLine) {
        if (creditLine.isNegative()) {
            throw new DomainException(ErrorCode.INVALID_AMOUNT, creditLine.toPlainString());
        }
        Account account = em.find(Account.class, accountId, LockModeType.PESSIMISTIC_WRITE);
        if (account == null) {
            throw new DomainException(ErrorCode.ACCOUNT_NOT_FOUND, String.valueOf(accountId));
        }
        if (account.cashBalance.plus(creditLine).isNegative()) {
            throw new DomainException(ErrorCode.INVALID_AMOUNT, creditLine.toPlainString());
        }
        account.creditLine = creditLine;
        return account;
    }

    public Account require(long accountId) {
        Account account = Account.findById(accountId);
        if (account == null) {
            throw new DomainException(ErrorCode.ACCOUNT_NOT_FOUND, String.valueOf(accountId));
        }
        return account;
    }

    private AppUser addUser(String username, String password, Role role, Long accountId) {
        if (AppUser.findByUsername(username).isPresent()) {
            throw new DomainException(ErrorCode.USERNAME_TAKEN, username);
        }
        AppUser user = new AppUser();
        user.username = username;
        user.passwordHash = BcryptUtil.bcryptHash(password);
        user.role = role;
        user.accountId = accountId;
        user.language = "zh";
        user.enabled = true;
        user.createdAt = clock.instant();
        user.persist();
        return user;
    }

    private static void validateCredentials(String username, String password) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new DomainException(ErrorCode.INVALID_INPUT, "username");
        }
        if (password == null || password.length() < 8 || password.length() > 128) {
            throw new DomainException(ErrorCode.INVALID_INPUT, "password");
        }
    }
}
