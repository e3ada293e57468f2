package io.billingconsole.notice;

import io.billingconsole.account.Account;
import io.billingconsole.account.AccountError;
import io.billingconsole.shared.BillingConfig;
import io.billingconsole.shared.CommonError;
import io.billingconsole.shared.DomainException;
import io.billingconsole.shared.Locales;
import io.billingconsole.shared.PageOf;
import io.billingconsole.shared.ReadReplica;
import io.billingconsole.sms.SmsCodeService;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The message center: records notices and queues their e-mails and texts (outboxes), lists them,
 * marks them read. Publishing happens inside the business transaction that caused the notice; the
 * mail and the text are sent by {@link MailDispatcher} and {@link SmsDispatcher} after it committed.
 */
@ApplicationScoped
public class NoticeService {

    /** Fired when a publishing transaction queued a mail; observed after commit to send it at once. */
    public record MailQueued(long accountId) {
    }

    /** Fired when a publishing transaction queued a text message; observed after commit to send it at once. */
    public record SmsQueued(long accountId) {
    }

    @Inject
    EntityManager em;

    @Inject
    ReadReplica replica;

    @Inject
    NoticeQueries queries;

    @Inject
    Clock clock;

    @Inject
    BillingConfig config;

    @Inject
    NoticeMail mail;

    @Inject
    Event<MailQueued> queued;

    @Inject
    NoticeChannels channels;

    @Inject
    NoticeTexts texts;

    @Inject
    Event<SmsQueued> smsQueued;

    /**
     * Records the notice for the account's message center and queues its e-mail and text message (by
     * the channels {@link NoticeChannels#choose} gives) in the CALLER's transaction. Returns false and does nothing when a notice with the same dedupeKey already
     * exists for the account (so each expiry point is sent once, never twice).
     *
     * <p>Choose keys that name the point, not the moment of the sweep, e.g.
     * {@code expiry:<resourceId>:<expiresAt epoch seconds>:<daysBefore>} or
     * {@code balance-low:<orderId>}: a renewal moves the expiry and so starts a new series.
     * Two instances publishing the same key at once insert one row; the second waits for the first
     * to commit and then returns false.
     */
    @Transactional(TxType.MANDATORY)
    public boolean publish(long accountId, NoticeKind kind, String dedupeKey, NoticeFacts facts) {
        return publish(accountId, kind, dedupeKey, facts, Set.of());
    }

    /**
     * {@link #publish(long, NoticeKind, String, NoticeFacts)} that also uses the {@code forced} channels,
     * whatever the customer chose for the kind (the last steps of a data-loss warning go by SMS too).
     * A channel without an address (no e-mail, no phone) is skipped.
     */
    @Transactional(TxType.MANDATORY)
    public boolean publish(long accountId, NoticeKind kind, String dedupeKey, NoticeFacts facts,
                           Set<Channel> forced) {
        if (kind == null || facts == null || dedupeKey == null || dedupeKey.isBlank() || dedupeKey.length() > 200) {
            throw new IllegalArgumentException("a notice needs a kind, facts and a dedupe key of 1-200 characters");
        }
        Account account = em.find(Account.class, accountId);
        if (account == null) {
            throw new DomainException(AccountError.ACCOUNT_NOT_FOUND, String.valueOf(accountId));
        }
        Instant now = clock.instant();
        Long noticeId = queries.insertOnce(accountId, kind, dedupeKey, facts, now);
        if (noticeId == null) {
            return false;
        }
        Set<Channel> using = channels.choose(accountId, kind, forced);
        if (using.contains(Channel.EMAIL) && config.mail().enabled() && account.email != null
                && !account.email.isBlank()) {
            // rendered by the dispatcher when it sends the mail, outside this (business) transaction
            em.persist(OutboxMail.ofNotice(noticeId, accountId, account.email.trim(), now));
            queued.fire(new MailQueued(accountId));
        }
        String phone = SmsCodeService.normalize(account.phone);
        if (using.contains(Channel.SMS) && phone != null) {
            String text = texts.sms(kind, facts, now, Locales.of(account.language));
            em.persist(OutboxSms.queue(noticeId, accountId, phone, text, now));
            smsQueued.fire(new SmsQueued(accountId));
        }
        return true;
    }

    /**
     * Mails a notice's e-mail to a staff user, who has no account and so no message center: the
     * same templates, queued in the outbox as a direct mail (like the account setup mail) in the
     * CALLER's transaction. Returns false and queues nothing when mail is turned off or there is
     * no address; the caller decides how often (there is no notice row to dedupe on).
     */
    @Transactional(TxType.MANDATORY)
    public boolean mailStaff(String recipient, String username, String language, NoticeKind kind,
                             NoticeFacts facts) {
        if (!config.mail().enabled() || recipient == null || recipient.isBlank()) {
            return false;
        }
        Instant now = clock.instant();
        RenderedMail rendered = mail.renderForStaff(kind, facts, now, username, language);
        em.persist(OutboxMail.direct(null, recipient.trim(), rendered, now));
        // the dispatcher only needs the wake-up; staff mails have no account (0)
        queued.fire(new MailQueued(0));
        return true;
    }

    /** The account's notices, newest first; only the unread ones when asked. */
    @Transactional
    public PageOf<Notice> list(long accountId, boolean unreadOnly, int page, int size) {
        Sort newestFirst = Sort.descending("createdAt", "id");
        PanacheQuery<Notice> query = unreadOnly
                ? Notice.find("accountId = ?1 and readAt is null", newestFirst, accountId)
                : Notice.find("accountId", newestFirst, accountId);
        List<Notice> notices = query.page(Page.of(page - 1, size)).list();
        return PageOf.of(notices, page, size, query::count);
    }

    /**
     * One count on a partial index, for every page header: plain JDBC on the primary, never the replica, so a notice
     * marked read a moment ago is no longer counted (on the request's transaction's connection when it has
     * one; that sees what the transaction wrote, but not changes Hibernate still holds unflushed: the read state
     * changes in {@link #markRead} and {@link #markAllRead}, whose own transactions commit before any page renders).
     * Through Hibernate the count cost a sixth of the renewal page's CPU under load: Panache derives a count query
     * from a select and has it translated to SQL anew on every call.
     */
    public long unreadCount(long accountId) {
        return replica.primary(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "select count(*) from notice where account_id = ? and read_at is null")) {
                statement.setLong(1, accountId);
                try (ResultSet row = statement.executeQuery()) {
                    row.next();
                    return row.getLong(1);
                }
            }
        });
    }

    /** Marks one of the account's notices read; another account's notice is "not found". */
    @Transactional
    public Notice markRead(long accountId, long noticeId) {
        Notice notice = Notice.findById(noticeId);
        if (notice == null || notice.accountId != accountId) {
            throw new DomainException(CommonError.PAGE_NOT_FOUND, String.valueOf(noticeId));
        }
        notice.markRead(clock.instant());
        return notice;
    }

    /** Returns how many notices were unread. */
    @Transactional
    public int markAllRead(long accountId) {
        return Notice.update("readAt = ?1 where accountId = ?2 and readAt is null", clock.instant(), accountId);
    }
}
