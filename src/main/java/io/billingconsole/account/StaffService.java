package io.billingconsole.account;

import io.billingconsole.shared.DomainException;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Objects;

/**
 * Staff accounts as operators manage them (disable, enable, reset a password) and every user's
 * own password change. Each change is audited in its own transaction.
 */
@ApplicationScoped
public class StaffService {

    @Inject
    EntityManager em;

    @Inject
    AccountQueries queries;

    @Inject
    Audit audit;

    @Inject
    Sessions sessions;

    @Inject
    SetupLinks setupLinks;

    @Inject
    LoginThrottle throttle;

    @Inject
    UserDirectory directory;

    /** Finance and operator users, oldest first. */
    @Transactional
    public List<AppUser> staff() {
        return AppUser.list("role in ?1", Sort.by("id"), List.of(Role.FINANCE, Role.OPERATOR));
    }

    /** A staff user; customers are managed as accounts and are "not found" here. */
    @Transactional
    public AppUser require(long userId) {
        AppUser user = AppUser.findById(userId);
        if (user == null || user.role == Role.CUSTOMER) {
            throw new DomainException(AccountError.USER_NOT_FOUND, String.valueOf(userId));
        }
        return user;
    }

    /** Disables a staff user and ends their sessions; never oneself, never the last enabled operator. */
    @Transactional
    public AppUser disable(long actorUserId, long userId) {
        if (actorUserId == userId) {
            throw new DomainException(AccountError.CANNOT_DISABLE_SELF);
        }
        queries.lockEnabledOperators();
        AppUser user = lockedStaff(userId);
        if (!user.enabled) {
            return user;
        }
        if (user.role == Role.OPERATOR
                && AppUser.count("role = ?1 and enabled = true and id <> ?2", Role.OPERATOR, user.id) == 0) {
            throw new DomainException(AccountError.LAST_OPERATOR);
        }
        user.enabled = false;
        sessions.endAll(user.id);
        audit.record(AuditAction.USER_DISABLED, user, null);
        return user;
    }

    @Transactional
    public AppUser enable(long userId) {
        AppUser user = lockedStaff(userId);
        if (!user.enabled) {
            user.enabled = true;
            audit.record(AuditAction.USER_ENABLED, user, null);
        }
        return user;
    }

    /**
     * Sets a staff user's password; their sessions end, their open setup links are spent and their
     * failed logins are forgotten (a locked user can log in with the new password).
     */
    @Transactional
    public AppUser resetPassword(long userId, String password) {
        AppUser user = lockedStaff(userId);
        PasswordPolicy.check(password, user.username);
        user.passwordHash = BcryptUtil.bcryptHash(password);
        SetupToken.update("usedAt = createdAt where userId = ?1 and usedAt is null", user.id);
        sessions.endAll(user.id);
        throttle.recordSuccess(UserDirectory.usernameKey(user.username));
        audit.record(AuditAction.PASSWORD_RESET, user, null);
        return user;
    }

    /** Mails a staff user a new setup link; their password stays valid until the link is used. */
    @Transactional
    public AppUser sendSetupLink(long userId) {
        AppUser user = lockedStaff(userId);
        setupLinks.issue(user);
        return user;
    }

    /**
     * The first step of the user's own change: checks the current password like a login of that
     * user ({@link UserDirectory#login}, per username, no address), in a transaction of its own so
     * that a wrong password stays counted when the change is refused. While the username waits or
     * is locked the change is refused (429) without looking at the password; a wrong one counts
     * towards the lock like a wrong login. Returns the password hash that matched, for
     * {@link #changeOwnPassword}.
     */
    public String checkCurrentPassword(long userId, String username, String current) {
        LoginResult check = directory.login(username, current, null);
        if (check.throttled()) {
            throw new DomainException(AccountError.TOO_MANY_LOGIN_ATTEMPTS, String.valueOf(check.retryAfterSeconds()));
        }
        if (!check.succeeded() || check.user().id != userId) {
            throw new DomainException(AccountError.WRONG_CURRENT_PASSWORD);
        }
        return check.user().passwordHash;
    }

    /**
     * The user's own change, after {@link #checkCurrentPassword} returned {@code checkedHash}: if
     * the password changed in between, the check no longer holds and the change is refused. Every
     * other session of the user ends, the one with {@code currentSessionToken} stays.
     */
    @Transactional
    public void changeOwnPassword(long userId, String currentSessionToken, String checkedHash, String password,
                                  String confirmation) {
        AppUser user = em.find(AppUser.class, userId, LockModeType.PESSIMISTIC_WRITE);
        if (user == null || !user.enabled) {
            throw new DomainException(AccountError.USER_NOT_FOUND, String.valueOf(userId));
        }
        if (checkedHash == null || !checkedHash.equals(user.passwordHash)) {
            throw new DomainException(AccountError.WRONG_CURRENT_PASSWORD);
        }
        PasswordPolicy.check(password, user.username);
        if (!Objects.equals(password, confirmation)) {
            throw new DomainException(AccountError.PASSWORDS_DIFFER);
        }
        user.passwordHash = BcryptUtil.bcryptHash(password);
        SetupToken.update("usedAt = createdAt where userId = ?1 and usedAt is null", user.id);
        long ended = sessions.endOthers(user.id, currentSessionToken);
        audit.record(AuditAction.PASSWORD_CHANGED, user, "other sessions ended: " + ended);
    }

    private AppUser lockedStaff(long userId) {
        AppUser user = em.find(AppUser.class, userId, LockModeType.PESSIMISTIC_WRITE);
        if (user == null || user.role == Role.CUSTOMER) {
            throw new DomainException(AccountError.USER_NOT_FOUND, String.valueOf(userId));
        }
        return user;
    }
}
