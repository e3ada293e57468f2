package io.billingconsole.notice;

import io.billingconsole.account.Account;
import io.billingconsole.invoice.Invoice;
import io.billingconsole.invoice.InvoiceChanged;
import io.billingconsole.invoice.InvoiceMessages;
import io.billingconsole.invoice.InvoiceStatus;
import io.billingconsole.shared.BillingConfig;
import io.billingconsole.shared.Locales;
import io.billingconsole.shared.Translator;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.Variant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * The e-mail when an invoice is issued (with the link to its PDF), rejected, returned or its return
 * refused (SPEC 14), to the address given in the application, in the account's language. Observed
 * synchronously, so the mail is queued in the transaction that changed the invoice (as {@link WithdrawalMail}).
 */
@ApplicationScoped
public class InvoiceMail {

    /** What the templates get; every text is already in the account's language. */
    public record View(String greetingName, String intro, String status, String amount, String number,
                       String reasonLabel, String reason, String link, String action, String footer, String lang) {
    }

    @CheckedTemplate(basePath = "NoticeMail", defaultName = CheckedTemplate.UNDERSCORED_ELEMENT_NAME)
    static class Templates {
        static native TemplateInstance invoiceStatus(View mail);
    }

    @Inject
    EntityManager em;

    @Inject
    BillingConfig config;

    @Inject
    java.time.Clock clock;

    @Inject
    Event<NoticeService.MailQueued> queued;

    void on(@Observes InvoiceChanged changed) {
        if (changed.status() != InvoiceStatus.ISSUED && changed.status() != InvoiceStatus.REJECTED
                && changed.status() != InvoiceStatus.RETURNED) {
            return;
        }
        Account account = em.find(Account.class, changed.accountId());
        Invoice i = em.find(Invoice.class, changed.invoiceId());
        if (!config.mail().enabled() || account == null || i == null || i.email == null || i.email.isBlank()) {
            return;
        }
        Locale locale = Locales.of(Locales.supported(account.language));
        InvoiceMessages texts = Translator.bundle(InvoiceMessages.class, locale);
        String status = texts.status(changed.status());
        String amount = yuan(i);
        String base = config.mail().consoleUrl();
        base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        String intro;
        String reasonLabel = null;
        String reason = null;
        String link = base + "/invoices";
        if (changed.status() == InvoiceStatus.ISSUED && i.returnRefusal != null) {
            intro = texts.mail_intro_return_refused(i.number);
            reasonLabel = texts.return_refusal_label();
            reason = i.returnRefusal;
        } else if (changed.status() == InvoiceStatus.ISSUED) {
            intro = texts.mail_intro_issued(amount, i.number);
            link = base + "/invoices/" + i.id + "/pdf";
        } else if (changed.status() == InvoiceStatus.REJECTED) {
            intro = texts.mail_intro_rejected(amount);
            reasonLabel = texts.reject_reason_label();
            reason = i.rejectReason;
        } else {
            intro = texts.mail_intro_returned(i.number);
        }
        View view = new View(account.displayName, intro, status, amount, i.number, reasonLabel, reason, link,
                changed.status() == InvoiceStatus.ISSUED && i.returnRefusal == null ? texts.action_download()
                        : texts.mail_action(), texts.mail_footer(), locale.getLanguage());
        RenderedMail rendered = new RenderedMail(texts.mail_subject(i.number == null ? "#" + i.id : i.number, status),
                part(view, locale, Variant.TEXT_PLAIN), part(view, locale, Variant.TEXT_HTML));
        em.persist(OutboxMail.direct(account.id, i.email.trim(), rendered, clock.instant()));
        queued.fire(new NoticeService.MailQueued(account.id));
    }

    private static String part(View view, Locale locale, String contentType) {
        return Templates.invoiceStatus(view)
                .setLocale(locale)
                .setAttribute(TemplateInstance.SELECTED_VARIANT, Variant.forContentType(contentType))
                .render();
    }

    private static String yuan(Invoice i) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return "¥" + format.format(BigDecimal.valueOf(i.amount.fen(), 2));
    }
}
