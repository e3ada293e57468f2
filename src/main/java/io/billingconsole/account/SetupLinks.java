package io.billingconsole.account;

import io.billingconsole.notice.AccountSetupMail;
import io.billingconsole.shared.BillingConfig;
import io.billingconsole.shared.DomainException;
import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One-time links to choose a password, valid {@link #VALID_FOR}: mailed through the outbox when a
 * user is created without a password, when an operator sends one, or when someone asks for a new
 * one on the public form. Expiry is read from the business clock, like the mail's "valid until":
 * in production that is real time; with the test clock, moving it a day ahead expires the link.
 */
@ApplicationScoped
public class SetupLinks {

    public static final Duration VALID_FOR = Duration.ofHours(24);
    /** A new link for the same user at most this often from the public form (no mail bombing). */
    static final Duration RESEND_PAUSE = Duration.ofMinutes(2);
    private static final int MAX_USERS_PER_REQUEST = 5;

    private final SecureRandom random = new SecureRandom();

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Inject
    Audit audit;

    @Inject
    AccountSetupMail mail;

    @Inject
    BillingConfig config;

    @Inject
    Sessions sessions;

    @Inject
    LoginThrottle throttle;

    /** What the setup page shows for a token: its state and whose it is. */
    public record LinkView(SetupToken.State state, String username) {
    }

    /** Creates a link for the user and queues its mail, in the caller's transaction. */
    @Transactional(TxType.MANDATORY)
    public void issue(AppUser user) {
        if (!config.mail().enabled()) {
            throw new DomainException(AccountError.SETUP_MAIL_UNAVAILABLE);
        }
        Account account = user.accountId == null ? null : em.find(Account.class, user.accountId);
        String recipient = recipientOf(user, account);
        if (recipient == null) {
            throw new DomainException(AccountError.EMAIL_OR_PASSWORD_REQUIRED);
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        SetupToken row = new SetupToken();
        row.tokenHash = UserDirectory.sha256(token);
        row.userId = user.id;
        row.createdAt = now;
        row.expiresAt = now.plus(VALID_FOR);
        row.persist();
        mail.queue(new AccountSetupMail.Setup(user.accountId, recipient,
                account != null ? account.displayName : user.username, user.username, token, row.expiresAt,
                account != null ? account.language : user.language));
        audit.record(AuditAction.SETUP_LINK_SENT, user, "to " + recipient + ", valid until " + row.expiresAt);
    }

    /** An operator sends a user a new link; the current password keeps working until the link is used. */
    @Transactional
    public void send(long userId) {
        AppUser user = AppUser.findById(userId);
        if (user == null) {
            throw new DomainException(AccountError.USER_NOT_FOUND, String.valueOf(userId));
        }
        issue(user);
    }

    /** The state of a link; an unknown token, or one of a disabled user, is "invalid". */
    @Transactional
    public LinkView inspect(String token) {
        SetupToken row = find(token);
        AppUser user = row == null ? null : AppUser.findById(row.userId);
        if (user == null || !user.enabled) {
            throw new DomainException(AccountError.SETUP_LINK_INVALID);
        }
        return new LinkView(row.stateAt(clock.instant()), user.username);
    }

    /**
     * Sets the password through the link and spends it (and every other open link of the user);
     * the user's sessions end and their failed logins are forgotten (a locked user can log in). A used, expired or unknown link is refused, changing nothing.
     */
    @Transactional
    public AppUser use(String token, String password, String confirmation) {
        SetupToken row = find(token);
        // the user first, then the link: the order a reset by an operator takes too
        AppUser user = row == null ? null : em.find(AppUser.class, row.userId, LockModeType.PESSIMISTIC_WRITE);
        if (user == null || !user.enabled) {
            throw new DomainException(AccountError.SETUP_LINK_INVALID);
        }
        em.lock(row, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(row);
        Instant now = clock.instant();
        switch (row.stateAt(now)) {
            case USED -> throw new DomainException(AccountError.SETUP_LINK_USED);
            case EXPIRED -> throw new DomainException(AccountError.SETUP_LINK_EXPIRED);
            case VALID -> {
            }
        }
        PasswordPolicy.check(password, user.username);
        if (!Objects.equals(password, confirmation)) {
            throw new DomainException(AccountError.PASSWORDS_DIFFER);
        }
        user.passwordHash = BcryptUtil.bcryptHash(password);
        SetupToken.update("usedAt = ?1 where userId = ?2 and usedAt is null", now, user.id);
        sessions.endAll(user.id);
        throttle.recordSuccess(UserDirectory.usernameKey(user.username));
        audit.record(AuditAction.PASSWORD_SET_BY_LINK, user, null);
        return user;
    }

    /**
     * Mails a new link to every enabled user whose username or e-mail is {@code who}. Says nothing
     * about whether anybody matched: the page answers the same either way.
     */
    @Transactional
    public void requestNew(String who) {
        if (!config.mail().enabled()) {
            throw new DomainException(AccountError.SETUP_MAIL_UNAVAILABLE);
        }
        if (who == null || who.isBlank() || who.length() > 200 || who.indexOf('\0') >= 0) {
            return;
        }
        String key = who.trim().toLowerCase(Locale.ROOT);
        List<AppUser> users = em.createQuery("""
                        select u from AppUser u
                         where u.enabled = true
                           and (lower(u.username) = :key or lower(u.email) = :key
                                or u.accountId in (select a.id from Account a where lower(a.email) = :key))
                         order by u.id""", AppUser.class)
                .setParameter("key", key)
                .setMaxResults(MAX_USERS_PER_REQUEST)
                .getResultList();
        Instant pauseSince = clock.instant().minus(RESEND_PAUSE);
        for (AppUser user : users) {
            Account account = user.accountId == null ? null : em.find(Account.class, user.accountId);
            if (recipientOf(user, account) != null
                    && SetupToken.count("userId = ?1 and createdAt > ?2", user.id, pauseSince) == 0) {
                issue(user);
            }
        }
    }

    /** A customer's mail goes to the account's address, a staff user's to their own; null when there is none. */
    private static String recipientOf(AppUser user, Account account) {
        String address = account != null ? account.email : user.email;
        return address == null || address.isBlank() ? null : address.trim();
    }

    private static SetupToken find(String token) {
        if (token == null || token.isBlank() || token.length() > 200) {
            return null;
        }
        return SetupToken.findById(UserDirectory.sha256(token));
    }
}
