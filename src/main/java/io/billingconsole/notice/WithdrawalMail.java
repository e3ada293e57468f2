package io.billingconsole.notice;

import io.billingconsole.account.Account;
import io.billingconsole.recharge.Recharge;
import io.billingconsole.recharge.RechargeChannel;
import io.billingconsole.shared.BillingConfig;
import io.billingconsole.shared.Locales;
import io.billingconsole.shared.Translator;
import io.billingconsole.withdrawal.ExpectedArrival;
import io.billingconsole.withdrawal.Withdrawal;
import io.billingconsole.withdrawal.WithdrawalChanged;
import io.billingconsole.withdrawal.WithdrawalMessages;
import io.billingconsole.withdrawal.WithdrawalStatus;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.Variant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

/**
 * The e-mail at each status change of a withdrawal (SPEC 8): observed synchronously, so the mail is
 * queued in the outbox in the transaction that changed the status (both commit or neither). In the
 * account's language: the status, amount, route, the expected arrival or the failure / rejection
 * reason, and a link to the withdrawal's page. A direct mail (like the setup mail), no message-center row.
 */
@ApplicationScoped
public class WithdrawalMail {

    /** What the templates get; every text is already in the account's language. */
    public record View(String greetingName, String intro, String status, String amount, String route, String arrival,
                       String reasonLabel, String reason, String link, String action, String footer,
                       String lang) {
    }

    @CheckedTemplate(basePath = "NoticeMail", defaultName = CheckedTemplate.UNDERSCORED_ELEMENT_NAME)
    static class Templates {
        static native TemplateInstance withdrawalStatus(View mail);
    }

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    BillingConfig config;

    @Inject
    Event<NoticeService.MailQueued> queued;

    void on(@Observes WithdrawalChanged changed) {
        Account account = em.find(Account.class, changed.accountId());
        Withdrawal w = em.find(Withdrawal.class, changed.withdrawalId());
        if (!config.mail().enabled() || account == null || w == null || account.email == null
                || account.email.isBlank()) {
            return;
        }
        Locale locale = Locales.of(Locales.supported(account.language));
        WithdrawalMessages texts = Translator.bundle(WithdrawalMessages.class, locale);
        String status = texts.status(changed.status());
        String amount = yuan(w);
        String arrival = null;
        String reasonLabel = null;
        String reason = null;
        if (changed.status() == WithdrawalStatus.FAILED && w.failureCode != null) {
            reasonLabel = texts.col_failure();
            reason = texts.failure(w.failureCode);
        } else if (changed.status() == WithdrawalStatus.REJECTED) {
            reasonLabel = texts.col_reject_reason();
            reason = w.rejectReason;
        } else if (changed.status() == WithdrawalStatus.UNDER_REVIEW
                || changed.status() == WithdrawalStatus.APPROVED_AWAITING_PAYOUT) {
            RechargeChannel channel = null;
            if (w.rechargeId != null) {
                Recharge r = em.find(Recharge.class, w.rechargeId);
                channel = r == null ? null : r.channel;
            }
            arrival = texts.arrival(ExpectedArrival.of(w, channel));
        }
        String base = config.mail().consoleUrl();
        base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        View view = new View(account.displayName, texts.mail_intro(w.id, amount, status), status, amount,
                texts.route(w.route), arrival, reasonLabel, reason, base + "/withdrawals/" + w.id, texts.mail_action(),
                texts.mail_footer(), locale.getLanguage());
        RenderedMail rendered = new RenderedMail(texts.mail_subject(w.id, status),
                part(view, locale, Variant.TEXT_PLAIN), part(view, locale, Variant.TEXT_HTML));
        Instant now = clock.instant();
        em.persist(OutboxMail.direct(account.id, account.email.trim(), rendered, now));
        queued.fire(new NoticeService.MailQueued(account.id));
    }

    private static String part(View view, Locale locale, String contentType) {
        return Templates.withdrawalStatus(view)
                .setLocale(locale)
                .setAttribute(TemplateInstance.SELECTED_VARIANT, Variant.forContentType(contentType))
                .render();
    }

    private static String yuan(Withdrawal w) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return "¥" + format.format(BigDecimal.valueOf(w.amount.fen(), 2));
    }
}
