package io.billingconsole.notice;

import io.billingconsole.shared.BillingConfig;
import io.billingconsole.shared.Locales;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.Variant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.Locale;

/**
 * Renders a notice's e-mail, HTML and plain text, in the account's language. Each kind has its
 * templates {@code templates/NoticeMail/<kind>.html} and {@code .txt}; both parts share the frame
 * in {@code templates/mail/}.
 */
@ApplicationScoped
public class NoticeMail {

    /**
     * What every mail template gets; {@code messageCenter} is false for a mail to a staff user, who
     * has no message center (the footer does not point there).
     */
    public record MailView(String greetingName, String title, String message, String productName, NoticeFacts facts,
                           Instant nextAttempt, Instant lastAttempt, String consoleUrl, String lang,
                           boolean messageCenter) {
    }

    @CheckedTemplate(defaultName = CheckedTemplate.UNDERSCORED_ELEMENT_NAME)
    static class Templates {
        static native TemplateInstance expiryReminder(MailView mail);

        static native TemplateInstance releaseWarning(MailView mail);

        static native TemplateInstance autoRenewEnabled(MailView mail);

        static native TemplateInstance autoRenewModified(MailView mail);

        static native TemplateInstance autoRenewCancelled(MailView mail);

        static native TemplateInstance balanceLow(MailView mail);

        static native TemplateInstance renewalSucceeded(MailView mail);

        static native TemplateInstance loginLocked(MailView mail);

        static native TemplateInstance billIssued(MailView mail);

        static native TemplateInstance arrears(MailView mail);

        static native TemplateInstance paygStopWarning(MailView mail);

        static native TemplateInstance paygStopped(MailView mail);

        static native TemplateInstance paygRestarted(MailView mail);

        static native TemplateInstance resourceReleased(MailView mail);

        static native TemplateInstance resourceUnsubscribed(MailView mail);

        static native TemplateInstance autoRenewFundsShort(MailView mail);

        static native TemplateInstance dataLossWarning(MailView mail, String lost);
    }

    @Inject
    NoticeTexts texts;

    @Inject
    BillingConfig config;

    public RenderedMail render(NoticeKind kind, NoticeFacts facts, Instant createdAt, String accountName,
                               String language) {
        return render(kind, facts, createdAt, accountName, language, true);
    }

    /** The same mail for a staff user: no account, so no message center to point to. */
    public RenderedMail renderForStaff(NoticeKind kind, NoticeFacts facts, Instant createdAt, String username,
                                       String language) {
        return render(kind, facts, createdAt, username, language, false);
    }

    private RenderedMail render(NoticeKind kind, NoticeFacts facts, Instant createdAt, String accountName,
                                String language, boolean messageCenter) {
        Locale locale = Locales.of(Locales.supported(language));
        NoticeTexts.Wording wording = texts.in(locale);
        String title = wording.title(kind);
        MailView view = new MailView(accountName, title, wording.message(kind, facts, createdAt),
                wording.product(facts.productType()), facts, texts.nextAttempt(facts, createdAt),
                texts.lastAttempt(facts), trimSlash(config.mail().consoleUrl()), locale.getLanguage(),
                messageCenter);
        String subject = wording.subject(title, facts.resourceName());
        return new RenderedMail(subject, part(kind, view, wording, Variant.TEXT_PLAIN),
                part(kind, view, wording, Variant.TEXT_HTML));
    }

    /**
     * One part of the mail. The locale is set after the instance is created: during a request the
     * page's language would otherwise apply, but the mail is in the account's language.
     */
    private static String part(NoticeKind kind, MailView view, NoticeTexts.Wording wording, String contentType) {
        return template(kind, view, wording)
                .setLocale(wording.locale())
                .setAttribute(TemplateInstance.SELECTED_VARIANT, Variant.forContentType(contentType))
                .render();
    }

    private static TemplateInstance template(NoticeKind kind, MailView view, NoticeTexts.Wording wording) {
        return switch (kind) {
            case EXPIRY_REMINDER -> Templates.expiryReminder(view);
            case RELEASE_WARNING -> Templates.releaseWarning(view);
            case AUTO_RENEW_ENABLED -> Templates.autoRenewEnabled(view);
            case AUTO_RENEW_MODIFIED -> Templates.autoRenewModified(view);
            case AUTO_RENEW_CANCELLED -> Templates.autoRenewCancelled(view);
            case BALANCE_LOW -> Templates.balanceLow(view);
            case RENEWAL_SUCCEEDED -> Templates.renewalSucceeded(view);
            case LOGIN_LOCKED -> Templates.loginLocked(view);
            case BILL_ISSUED -> Templates.billIssued(view);
            case ARREARS -> Templates.arrears(view);
            case PAYG_STOP_WARNING -> Templates.paygStopWarning(view);
            case PAYG_STOPPED -> Templates.paygStopped(view);
            case PAYG_RESTARTED -> Templates.paygRestarted(view);
            case RESOURCE_RELEASED -> Templates.resourceReleased(view);
            case RESOURCE_UNSUBSCRIBED -> Templates.resourceUnsubscribed(view);
            case AUTO_RENEW_FUNDS_SHORT -> Templates.autoRenewFundsShort(view);
            case DATA_LOSS_WARNING -> Templates.dataLossWarning(view, wording.lost(view.facts().productType()));
            case ACCOUNT_SETUP -> throw new IllegalArgumentException("the setup mail is rendered by AccountSetupMail");
        };
    }

    private static String trimSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
