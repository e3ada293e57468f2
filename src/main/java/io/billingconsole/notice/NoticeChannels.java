package io.billingconsole.notice;

import io.billingconsole.account.Account;
import io.billingconsole.account.AccountError;
import io.billingconsole.shared.DomainException;
import io.billingconsole.sms.SmsCodeService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import org.hibernate.query.NativeQuery;
import jakarta.transaction.Transactional.TxType;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which channels a notice goes by: the kind's channels as the operator set them (table
 * {@code notice_channel}), narrowed by the customer's choice ({@code notice_preference}), plus the
 * channels the publisher forces. The message center keeps every notice whatever this says. Also the
 * customer's side: reading and saving the choice per kind.
 */
@ApplicationScoped
public class NoticeChannels {

    /**
     * The operator's channels of one kind: which it may use, and which are on for a customer who has
     * not chosen. A kind without a row goes by e-mail only ({@link #emailOnly}).
     */
    public record KindChannels(NoticeKind kind, boolean emailAllowed, boolean smsAllowed, boolean emailDefault,
                               boolean smsDefault) {
        static KindChannels emailOnly(NoticeKind kind) {
            return new KindChannels(kind, true, false, true, false);
        }
    }

    /** A customer's channels of one kind, with what the operator allows; {@code chosen}: false while on the defaults. */
    public record Choice(NoticeKind kind, boolean emailAllowed, boolean smsAllowed, boolean email, boolean sms,
                         boolean chosen) {
    }

    /** What a customer asks for one kind; null fields are refused. */
    public record ChoiceEdit(String kind, Boolean email, Boolean sms) {
    }

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    TransactionSynchronizationRegistry transaction;

    /** The kinds a customer or operator sets channels for: every kind the message center keeps. */
    public static List<NoticeKind> kinds() {
        // the setup mail goes to a new login before it has a message center; it is mailed, always
        return Arrays.stream(NoticeKind.values()).filter(kind -> kind != NoticeKind.ACCOUNT_SETUP).toList();
    }

    /** The kind named {@code name}, or 400 {@link NoticeError#NOTICE_KIND_UNKNOWN}. */
    public static NoticeKind kind(String name) {
        NoticeKind kind = known(name);
        if (kind == null) {
            throw new DomainException(NoticeError.NOTICE_KIND_UNKNOWN, String.valueOf(name));
        }
        return kind;
    }

    /**
     * The channels of one notice of {@code kind} to {@code accountId}, in the caller's transaction: one query, kept
     * for the rest of the transaction (a sweep's transaction notices several of one account's resources).
     */
    @Transactional(TxType.MANDATORY)
    public Set<Channel> choose(long accountId, NoticeKind kind, Set<Channel> forced) {
        @SuppressWarnings("unchecked")
        Map<String, Set<Channel>> known = (Map<String, Set<Channel>>) transaction.getResource(ChosenInTransaction.class);
        if (known == null) {
            known = new HashMap<>();
            transaction.putResource(ChosenInTransaction.class, known);
        }
        Set<Channel> channels = EnumSet.noneOf(Channel.class);
        channels.addAll(known.computeIfAbsent(accountId + ":" + kind.name(), key -> chosen(accountId, kind)));
        channels.addAll(forced);
        return channels;
    }

    /** The key of {@link #choose}'s choices kept with the transaction. */
    private static final class ChosenInTransaction {
    }

    private Set<Channel> chosen(long accountId, NoticeKind kind) {
        List<?> rows = em.createNativeQuery("""
                        select c.email_allowed and coalesce(p.email, c.email_default),
                               c.sms_allowed and coalesce(p.sms, c.sms_default)
                          from notice_channel c
                          left join notice_preference p on p.account_id = ?1 and p.kind = c.kind
                         where c.kind = ?2""")
                .unwrap(NativeQuery.class)
                .addSynchronizedQuerySpace("notice_channel")
                .addSynchronizedQuerySpace("notice_preference")
                .setParameter(1, accountId).setParameter(2, kind.name()).getResultList();
        Set<Channel> channels = EnumSet.noneOf(Channel.class);
        if (rows.isEmpty()) {
            channels.add(Channel.EMAIL);
        } else {
            Object[] row = (Object[]) rows.get(0);
            if (Boolean.TRUE.equals(row[0])) {
                channels.add(Channel.EMAIL);
            }
            if (Boolean.TRUE.equals(row[1])) {
                channels.add(Channel.SMS);
            }
        }
        return channels;
    }

    /** The operator's channels of every kind, in {@link #kinds()} order. */
    @Transactional
    public Map<NoticeKind, KindChannels> operatorChannels() {
        Map<NoticeKind, KindChannels> all = new EnumMap<>(NoticeKind.class);
        for (NoticeKind kind : kinds()) {
            all.put(kind, KindChannels.emailOnly(kind));
        }
        List<Object[]> rows = em.createNativeQuery("select kind, email_allowed, sms_allowed, email_default, sms_default"
                + " from notice_channel", Object[].class).getResultList();
        for (Object[] row : rows) {
            NoticeKind kind = known((String) row[0]);
            if (kind != null) {
                all.put(kind, new KindChannels(kind, (Boolean) row[1], (Boolean) row[2], (Boolean) row[3],
                        (Boolean) row[4]));
            }
        }
        return all;
    }

    /** The account's channels of every kind: its choice where it made one, else the defaults; narrowed to what is allowed. */
    @Transactional
    public List<Choice> choices(long accountId) {
        Map<NoticeKind, KindChannels> operator = operatorChannels();
        Map<NoticeKind, Object[]> chosen = new EnumMap<>(NoticeKind.class);
        List<Object[]> rows = em.createNativeQuery("select kind, email, sms from notice_preference where account_id = ?1",
                Object[].class).setParameter(1, accountId).getResultList();
        for (Object[] row : rows) {
            NoticeKind kind = known((String) row[0]);
            if (kind != null) {
                chosen.put(kind, row);
            }
        }
        return operator.values().stream().map(c -> {
            Object[] row = chosen.get(c.kind());
            boolean email = row == null ? c.emailDefault() : (Boolean) row[1];
            boolean sms = row == null ? c.smsDefault() : (Boolean) row[2];
            return new Choice(c.kind(), c.emailAllowed(), c.smsAllowed(), c.emailAllowed() && email,
                    c.smsAllowed() && sms, row != null);
        }).toList();
    }

    /** The phone texts go to, masked ({@code 138****5678}); null when the account has none. */
    @Transactional
    public String maskedPhone(long accountId) {
        String phone = SmsCodeService.normalize(account(accountId).phone);
        return phone == null ? null : SmsCodeService.mask(phone);
    }

    /**
     * Saves the account's choice for the kinds in {@code edits} (others keep theirs) and returns all of
     * them. Refused as a whole when a kind is unknown or given twice, a channel is chosen that the kind
     * may not use, or SMS is chosen without a phone. Saving the same choice again changes nothing, so a
     * double submit is harmless; the last save wins.
     */
    @Transactional
    public List<Choice> save(long accountId, List<ChoiceEdit> edits) {
        Account account = account(accountId);
        if (edits == null) {
            throw new DomainException(NoticeError.NOTICE_FIELD_REQUIRED, "body");
        }
        Map<NoticeKind, KindChannels> operator = operatorChannels();
        boolean hasPhone = SmsCodeService.normalize(account.phone) != null;
        Set<NoticeKind> seen = new HashSet<>();
        for (ChoiceEdit edit : edits) {
            if (edit == null) {
                throw new DomainException(NoticeError.NOTICE_FIELD_REQUIRED, "kind");
            }
            NoticeKind kind = kind(edit.kind());
            if (!seen.add(kind)) {
                throw new DomainException(NoticeError.NOTICE_KIND_TWICE, kind.name());
            }
            if (edit.email() == null || edit.sms() == null) {
                throw new DomainException(NoticeError.NOTICE_FIELD_REQUIRED, edit.email() == null ? "email" : "sms");
            }
            KindChannels allowed = operator.get(kind);
            if (edit.email() && !allowed.emailAllowed()) {
                throw new DomainException(NoticeError.NOTICE_EMAIL_NOT_ALLOWED, kind.name());
            }
            if (edit.sms() && !allowed.smsAllowed()) {
                throw new DomainException(NoticeError.NOTICE_SMS_NOT_ALLOWED, kind.name());
            }
            if (edit.sms() && !hasPhone) {
                throw new DomainException(NoticeError.NOTICE_SMS_NEEDS_PHONE);
            }
        }
        Object chosenBefore = transaction.getResource(ChosenInTransaction.class);
        if (chosenBefore instanceof Map<?, ?> kept) {
            kept.clear();
        }
        for (ChoiceEdit edit : edits) {
            em.createNativeQuery("""
                            insert into notice_preference (account_id, kind, email, sms, updated_at)
                            values (?1, ?2, ?3, ?4, ?5)
                            on conflict (account_id, kind) do update set email = excluded.email, sms = excluded.sms,
                                   updated_at = excluded.updated_at""")
                    .setParameter(1, accountId).setParameter(2, edit.kind()).setParameter(3, edit.email())
                    .setParameter(4, edit.sms()).setParameter(5, clock.instant().atOffset(ZoneOffset.UTC))
                    .executeUpdate();
        }
        return choices(accountId);
    }

    private Account account(long accountId) {
        Account account = em.find(Account.class, accountId);
        if (account == null) {
            throw new DomainException(AccountError.ACCOUNT_NOT_FOUND, String.valueOf(accountId));
        }
        return account;
    }

    /** A kind stored in a row, or null when this build has no such kind (a row of a newer or older version). */
    static NoticeKind known(String name) {
        for (NoticeKind kind : kinds()) {
            if (kind.name().equals(name)) {
                return kind;
            }
        }
        return null;
    }
}
