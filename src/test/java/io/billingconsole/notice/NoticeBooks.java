package io.billingconsole.notice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;

/**
 * Test side of the notices: publishes the way a business transaction does (inside one) and reads
 * the stored rows straight from the tables.
 */
@ApplicationScoped
public class NoticeBooks {

    @Inject
    NoticeService notices;

    @Inject
    EntityManager em;

    /** One business transaction that publishes one notice. */
    @Transactional
    public boolean publish(long accountId, NoticeKind kind, String key, NoticeFacts facts) {
        return notices.publish(accountId, kind, key, facts);
    }

    /**
     * Publishes {@code count} notices in one transaction and schedules their mails for {@code sendAt},
     * so that only a dispatcher told to send what is due by then picks them up.
     */
    @Transactional
    public void publishScheduled(long accountId, int count, Instant sendAt) {
        for (int i = 0; i < count; i++) {
            notices.publish(accountId, NoticeKind.AUTO_RENEW_ENABLED, "batch-" + i,
                    NoticeFacts.autoRenew(1000L + i, "host-" + i, "ECS", null, 1));
        }
        em.createNativeQuery("update mail_outbox set next_attempt_at = ?1 where account_id = ?2")
                .setParameter(1, sendAt).setParameter(2, accountId).executeUpdate();
    }

    @Transactional
    public void removeEmail(long accountId) {
        em.createNativeQuery("update account set email = null where id = ?1").setParameter(1, accountId)
                .executeUpdate();
    }

    @Transactional
    public String accountLanguage(long accountId) {
        return (String) em.createNativeQuery("select language from account where id = ?1")
                .setParameter(1, accountId).getSingleResult();
    }

    @Transactional
    public List<Notice> noticesOf(long accountId) {
        return Notice.list("accountId = ?1 order by id", accountId);
    }

    @Transactional
    public List<OutboxMail> outboxOf(long accountId) {
        return OutboxMail.list("accountId = ?1 order by id", accountId);
    }

    @Transactional
    public List<OutboxSms> smsOutboxOf(long accountId) {
        return OutboxSms.list("accountId = ?1 order by id", accountId);
    }
}
