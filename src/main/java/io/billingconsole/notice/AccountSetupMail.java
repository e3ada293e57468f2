package io.billingconsole.notice;

import io.billingconsole.account.AccountMessages;
import io.billingconsole.shared.BillingConfig;
import io.billingconsole.shared.Locales;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.Variant;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

/**
 * The account setup mail ({@link NoticeKind#ACCOUNT_SETUP}): a one-time link to choose a password,
 * rendered in the user's language and queued in the outbox in the caller's transaction. It is no
 * message-center notice: staff have no account, and a new customer cannot log in yet.
 */
@ApplicationScoped
public class AccountSetupMail {

    /** Who gets the link: {@code accountId} is null for staff users. */
    public record Setup(Long accountId, String recipient, String greetingName, String username, String token,
                        Instant validUntil, String language) {
    }

    /** What the templates get. */
    public record View(String greetingName, String username, String link, Instant validUntil, String newLinkUrl,
                       String consoleUrl, String lang) {
    }

    @CheckedTemplate(basePath = "NoticeMail", defaultName = CheckedTemplate.UNDERSCORED_ELEMENT_NAME)
    static class Templates {
        static native TemplateInstance accountSetup(View mail);
    }

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    BillingConfig config;

    @Inject
    Event<NoticeService.MailQueued> queued;

    @Transactional(TxType.MANDATORY)
    public void queue(Setup setup) {
        Locale locale = Locales.of(Locales.supported(setup.language()));
        String base = trimSlash(config.mail().consoleUrl());
        View view = new View(setup.greetingName(), setup.username(),
                base + "/setup-password?token=" + URLEncoder.encode(setup.token(), StandardCharsets.UTF_8),
                setup.validUntil(), base + "/setup-password/new", base, locale.getLanguage());
        AccountMessages texts = Locales.ENGLISH.equals(locale.getLanguage())
                ? MessageBundles.get(AccountMessages.class, Localized.Literal.of(Locales.ENGLISH))
                : MessageBundles.get(AccountMessages.class);
        String subject = texts.mail_setup_subject();
        RenderedMail rendered = new RenderedMail(subject, part(view, locale, Variant.TEXT_PLAIN),
                part(view, locale, Variant.TEXT_HTML));
        em.persist(OutboxMail.direct(setup.accountId(), setup.recipient(), rendered, clock.instant()));
        // the dispatcher only needs the wake-up; staff mails have no account (0)
        queued.fire(new NoticeService.MailQueued(setup.accountId() == null ? 0 : setup.accountId()));
    }

    private static String part(View view, Locale locale, String contentType) {
        return Templates.accountSetup(view)
                .setLocale(locale)
                .setAttribute(TemplateInstance.SELECTED_VARIANT, Variant.forContentType(contentType))
                .render();
    }

    private static String trimSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
