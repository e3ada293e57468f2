package io.billingconsole.notice;

import io.billingconsole.resource.CloudResource;
import io.billingconsole.shared.Money;
import io.quarkus.narayana.jta.QuarkusTransaction;
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
     * The two notices the notice pages' tests read: an expiry reminder 7 days before {@code resource}'s expiry
     * (key "expiry:7"), then a balance-low notice for a voided order of {@code amount} short of {@code missing}
     * (key "balance-low:1", 1 month); each in its own transaction, as {@link #publish} does.
     */
    public void publishReminderAndBalanceLow(long accountId, CloudResource resource, Money amount, Money missing,
                                             long orderId) {
        QuarkusTransaction.requiringNew().run(() -> notices.publish(accountId, NoticeKind.EXPIRY_REMINDER, "expiry:7",
                NoticeFacts.expiry(resource.id, resource.name, resource.productType, resource.expiresAt, 7)));
        QuarkusTransaction.requiringNew().run(() -> notices.publish(accountId, NoticeKind.BALANCE_LOW, "balance-low:1",
                NoticeFacts.balanceLow(resource.id, resource.name, resource.productType, resource.expiresAt, 1,
                        amount, missing, orderId)));
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
