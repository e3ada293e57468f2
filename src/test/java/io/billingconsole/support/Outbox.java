package io.billingconsole.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.List;

/**
 * The mail and text-message outboxes as tests wait for them. "Exactly once" is counted only once the dispatcher is done
 * with an account: none of its mails is still waiting to be sent (or retried) and none is being sent
 * right now (locked by a dispatcher run). Counting at the first mail that arrives would miss a second.
 */
@ApplicationScoped
public class Outbox {

    @Inject
    EntityManager em;

    /** Waits until the account's outbox is drained, then returns every mail the SMTP server got for {@code address}. */
    public List<MimeMessage> drainedMailsTo(long accountId, String address) {
        drained("mail_outbox", accountId);
        return MailServer.mailsTo(address);
    }

    /** Waits until the account's text-message outbox ({@code sms_outbox}) is drained the same way. */
    public void drainedTexts(long accountId) {
        drained("sms_outbox", accountId);
    }

    private void drained(String table, long accountId) {
        Eventually.value(() -> busy(table, accountId), busy -> busy == 0,
                "the " + table + " of account " + accountId + " is drained");
    }

    /** The account's rows still to be sent or retried, plus those a dispatcher run holds right now. */
    @Transactional
    long busy(String table, long accountId) {
        long waiting = count("select count(*) from " + table + " where account_id = ?1 and sent_at is null"
                + " and next_attempt_at is not null", accountId);
        if (waiting > 0) {
            return waiting;    // no row locks then: a dispatcher run would skip what this check holds
        }
        long all = count("select count(*) from " + table + " where account_id = ?1", accountId);
        long free = count("select count(*) from (select id from " + table + " where account_id = ?1"
                + " for update skip locked) unlocked", accountId);
        return all - free;
    }

    private long count(String sql, long accountId) {
        return ((Number) em.createNativeQuery(sql).setParameter(1, accountId).getSingleResult()).longValue();
    }
}
