package io.billingconsole.sms;

import io.billingconsole.account.Account;
import io.billingconsole.account.AccountError;
import io.billingconsole.shared.DomainException;
import io.billingconsole.shared.Locales;
import io.billingconsole.shared.Translator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import org.jboss.logging.Logger;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * SMS verification codes (SPEC 8): sends a 6-digit code to the account's bound security phone and
 * checks the code the customer types back. A code is valid {@code billing.sms.code-ttl} (5 minutes),
 * single use, refused after {@link SmsCode#MAX_WRONG_TRIES} wrong tries; a phone gets at most one code
 * per {@code billing.sms.resend-after} (a minute). Only the SHA-256 of a code is stored. Expiry and the
 * resend pause are read from the business clock, so the test clock can expire a code.
 */
@ApplicationScoped
public class SmsCodeService {

    /** What {@link #normalize} drops from a phone; compiled once (every notice published reads the phone). */
    private static final Pattern PHONE_SEPARATORS = Pattern.compile("[\\s-]");

    private static final Logger LOG = Logger.getLogger(SmsCodeService.class);

    /** The class id of the advisory locks on phones (the second key is the phone's hash): "SMS". */
    private static final int PHONE_LOCK = 0x534d53;

    private final SecureRandom random = new SecureRandom();

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    SmsConfig config;

    @Inject
    SmsSender sender;

    /**
     * A code went out. {@code phone} is masked ({@code 138****5678}); {@code resendAfter}: the moment
     * from which the next code may be asked for.
     */
    public record Sent(String phone, Instant expiresAt, Instant resendAfter) {
    }

    /**
     * Sends a new code for {@code purpose} to the account's security phone, in the account's language;
     * older unused codes of the account and purpose stop working. The send is the transaction's last
     * step: when the provider fails, nothing is stored ({@link SmsError#SMS_SEND_FAILED}). Requests for
     * one phone are serialised by a transaction-scoped advisory lock on the phone, so two at once cannot
     * both pass the resend pause.
     */
    @Transactional
    public Sent send(long accountId, SmsPurpose purpose) {
        Account account = account(accountId);
        String phone = normalize(account.phone);
        if (phone == null) {
            throw new DomainException(SmsError.PHONE_MISSING);
        }
        em.createNativeQuery("select pg_advisory_xact_lock(?1, hashtext(?2))")
                .setParameter(1, PHONE_LOCK).setParameter(2, phone).getSingleResult();
        Instant now = clock.instant();
        Duration pause = config.resendAfter();
        // codes "sent" after now exist only when the test clock went back; they do not hold the phone up
        List<Instant> last = em.createQuery("select max(c.createdAt) from SmsCode c where c.phone = :phone"
                        + " and c.createdAt <= :now", Instant.class)
                .setParameter("phone", phone).setParameter("now", now).getResultList();
        if (!last.isEmpty() && last.get(0) != null && last.get(0).plus(pause).isAfter(now)) {
            Duration wait = Duration.between(now, last.get(0).plus(pause));
            long seconds = wait.getSeconds() + (wait.getNano() > 0 ? 1 : 0);
            throw new DomainException(SmsError.SMS_TOO_SOON, String.valueOf(seconds));
        }
        SmsCode.update("expiresAt = ?1 where accountId = ?2 and purpose = ?3 and usedAt is null and expiresAt > ?1",
                now, accountId, purpose);
        String code = String.format(Locale.ROOT, "%06d", random.nextInt(1_000_000));
        SmsCode row = new SmsCode();
        row.accountId = accountId;
        row.phone = phone;
        row.purpose = purpose;
        row.codeHash = SmsCode.hash(code);
        row.createdAt = now;
        row.expiresAt = now.plus(config.codeTtl());
        row.persist();
        em.flush();
        try {
            sender.send(phone, text(account.language, purpose, code));
        } catch (RuntimeException e) {
            LOG.warnf("SMS code for account %d to %s not sent: %s", accountId, mask(phone), e.getMessage());
            throw new DomainException(SmsError.SMS_SEND_FAILED);
        }
        return new Sent(mask(phone), row.expiresAt, now.plus(pause));
    }

    /**
     * Accepts {@code typed} as the code of {@code purpose}, once, or refuses it ({@code SMS_CODE_*}).
     * Only the newest code (the last one sent) of the account and purpose counts, and only while it was
     * sent to the account's current phone. Runs in its own transaction, which commits also when the code
     * is refused: a wrong try stays counted when the caller's transaction rolls back (and a code accepted
     * stays used, so a caller refused afterwards needs a new code). The code row is locked, so of two
     * requests with the same code one succeeds. The account row is read, not locked: the caller may
     * hold its lock.
     */
    @Transactional(value = TxType.REQUIRES_NEW, dontRollbackOn = DomainException.class)
    public void consume(long accountId, SmsPurpose purpose, String typed) {
        Account account = account(accountId);
        List<SmsCode> newest = em.createQuery("""
                        select c from SmsCode c where c.accountId = :account and c.purpose = :purpose
                         order by c.id desc""", SmsCode.class)
                .setParameter("account", accountId)
                .setParameter("purpose", purpose)
                .setMaxResults(1)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        String phone = normalize(account.phone);
        if (newest.isEmpty() || !newest.get(0).phone.equals(phone)) {
            throw new DomainException(SmsError.SMS_CODE_NOT_SENT);
        }
        newest.get(0).consume(typed, clock.instant());
    }

    /** A phone as codes and messages store it: without spaces and dashes; null when blank. */
    public static String normalize(String phone) {
        if (phone == null) {
            return null;
        }
        String digits = PHONE_SEPARATORS.matcher(phone).replaceAll("");
        return digits.isEmpty() ? null : digits;
    }

    /** The first 3 and last 4 characters of a phone, the middle masked: {@code 138****5678}. */
    public static String mask(String phone) {
        if (phone.length() < 8) {
            return "****" + phone.substring(Math.max(0, phone.length() - 2));
        }
        return phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4);
    }

    private Account account(long accountId) {
        Account account = em.find(Account.class, accountId);
        if (account == null) {
            throw new DomainException(AccountError.ACCOUNT_NOT_FOUND, String.valueOf(accountId));
        }
        return account;
    }

    /** The message in the account's language; the validity in whole minutes, rounded up. */
    private String text(String language, SmsPurpose purpose, String code) {
        SmsMessages texts = Translator.bundle(SmsMessages.class, Locales.of(language));
        long minutes = Math.max(1, (config.codeTtl().toSeconds() + 59) / 60);
        return switch (purpose) {
            case WITHDRAWAL -> texts.text_withdrawal(code, minutes);
        };
    }
}
