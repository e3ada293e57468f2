package io.billingconsole.notice;

import io.billingconsole.catalog.AutoRenewSchedule;
import io.billingconsole.catalog.ProductCatalog;
import io.billingconsole.catalog.ProductRule;
import io.billingconsole.shared.BillingConfig;
import io.billingconsole.shared.Translator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;

/**
 * Puts a notice into words in one language, from the message bundle: the message center and the
 * API show it in the viewer's language, the e-mail in the account's.
 */
@ApplicationScoped
public class NoticeTexts {

    /** A text message should fit one SMS of Chinese characters (70) to two; this many characters at most. */
    static final int SMS_AIM = 120;

    @Inject
    ProductCatalog catalog;

    @Inject
    ZoneId zone;

    @Inject
    BillingConfig config;

    /** The wording for one language; loads the product names once. */
    public Wording in(Locale locale) {
        return new Wording(Translator.bundle(NoticeMessages.class, locale), locale, catalog.byType(), zone,
                config.sweep().dailyAt());
    }

    /**
     * The notice as a text message in {@code locale}: a short prefix and the message center's sentence,
     * or its first sentence (which names the product, the resource and the key date or amount) when
     * the whole would pass {@link #SMS_AIM} characters; cut there as a last resort.
     */
    public String sms(NoticeKind kind, NoticeFacts facts, Instant createdAt, Locale locale) {
        NoticeSettingsMessages msg = Translator.bundle(NoticeSettingsMessages.class, locale);
        String sentence = in(locale).message(kind, facts, createdAt);
        String text = msg.sms_text(sentence);
        if (text.codePointCount(0, text.length()) <= SMS_AIM) {
            return text;
        }
        text = msg.sms_text(firstSentence(sentence));
        if (text.codePointCount(0, text.length()) <= SMS_AIM) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, SMS_AIM - 1)) + "…";
    }

    /** Up to and with the first full stop ("。", or ". " in English), or all of it. */
    static String firstSentence(String sentence) {
        int chinese = sentence.indexOf('。');
        int english = sentence.indexOf(". ");
        int end = chinese < 0 ? english : english < 0 ? chinese : Math.min(chinese, english);
        return end < 0 ? sentence : sentence.substring(0, end + 1);
    }

    /** The last auto-renew attempt: the sweep time on the day before expiry; null when the expiry is unknown. */
    public Instant lastAttempt(NoticeFacts facts) {
        return lastAttempt(facts, zone, config.sweep().dailyAt());
    }

    /** The attempt after one that failed at {@code failedAt}: the next day's sweep, or null when none is left. */
    public Instant nextAttempt(NoticeFacts facts, Instant failedAt) {
        return nextAttempt(facts, failedAt, zone, config.sweep().dailyAt());
    }

    /** Sentences and titles of notices in one language. */
    public static final class Wording {

        private final NoticeMessages msg;
        private final Locale locale;
        private final Map<String, ProductRule> products;
        private final ZoneId zone;
        /** The configured daily sweep time ({@code billing.sweep.daily-at}): when auto-renew attempts run. */
        private final LocalTime sweepAt;

        Wording(NoticeMessages msg, Locale locale, Map<String, ProductRule> products, ZoneId zone, LocalTime sweepAt) {
            this.msg = msg;
            this.locale = locale;
            this.products = products;
            this.zone = zone;
            this.sweepAt = sweepAt;
        }

        public Locale locale() {
            return locale;
        }

        public String title(NoticeKind kind) {
            return msg.notice_kind(kind);
        }

        public String subject(String title, String resourceName) {
            return msg.mail_subject(title, resourceName == null ? "" : resourceName);
        }

        /** The product's name in this language, or a generic word when it is unknown. */
        public String product(String productType) {
            ProductRule rule = productType == null ? null : products.get(productType);
            return rule == null ? msg.notice_resource() : rule.name(locale);
        }

        /** The notice as one sentence; {@code createdAt} dates the "next attempt" of a balance-low notice. */
        public String message(NoticeKind kind, NoticeFacts f, Instant createdAt) {
            String product = product(f.productType());
            String name = f.resourceName() == null ? "" : f.resourceName();
            return switch (kind) {
                case EXPIRY_REMINDER -> msg.notice_expiry_reminder(product, name, f.expiresAt(), f.daysBefore());
                case RELEASE_WARNING -> msg.notice_release_warning(product, name, f.expiresAt(), f.releaseAt());
                case AUTO_RENEW_ENABLED -> msg.notice_auto_renew_enabled(product, name, f.months());
                case AUTO_RENEW_MODIFIED -> msg.notice_auto_renew_modified(product, name, f.months());
                case AUTO_RENEW_CANCELLED -> msg.notice_auto_renew_cancelled(product, name);
                case BALANCE_LOW -> msg.notice_balance_low(product, name, f.amount(), f.missing(), f.orderId(),
                        nextAttempt(f, createdAt, zone, sweepAt), lastAttempt(f, zone, sweepAt), sweepAt.toString());
                case RENEWAL_SUCCEEDED -> msg.notice_renewal_succeeded(product, name, f.months(), f.amount(),
                        f.expiresAt(), f.orderId());
                case LOGIN_LOCKED -> msg.notice_login_locked(name, f.expiresAt());
                case ACCOUNT_SETUP -> msg.notice_account_setup();
                case BILL_ISSUED -> msg.notice_bill_issued(name, f.amount(), f.missing());
                case ARREARS -> msg.notice_arrears(name, f.amount(), f.missing());
                case PAYG_STOP_WARNING -> msg.notice_payg_stop_warning(product, name, f.amount(), f.expiresAt());
                case PAYG_STOPPED -> msg.notice_payg_stopped(product, name, f.amount(), f.expiresAt(), f.releaseAt());
                case PAYG_RESTARTED -> msg.notice_payg_restarted(product, name);
                case RESOURCE_RELEASED -> released(product, name, f);
                case RESOURCE_UNSUBSCRIBED -> msg.notice_unsubscribed(product, name, f.releaseAt(),
                        f.amount().plus(f.missing()), f.amount(), f.missing());
                case AUTO_RENEW_FUNDS_SHORT -> msg.notice_funds_short(f.daysBefore(), f.months(), name, f.amount(),
                        f.missing(), f.releaseAt(), f.expiresAt());
                case DATA_LOSS_WARNING -> msg.notice_data_loss(product, name, f.releaseAt(), f.daysBefore(),
                        lost(f.productType()), f.releaseReason() == null ? "" : f.releaseReason());
            };
        }

        /** What a data-deleting release of the product deletes, in words. */
        public String lost(String productType) {
            return msg.notice_data_lost(productType == null ? "" : productType);
        }

        /** Which release it was: by the customer now, at the scheduled time, after overdue arrears. */
        private String released(String product, String name, NoticeFacts f) {
            String reason = f.releaseReason() == null ? "" : f.releaseReason();
            return switch (reason) {
                case "SCHEDULED" -> msg.notice_released_scheduled(product, name, f.releaseAt());
                case "OVERDUE" -> msg.notice_released_overdue(product, name, f.releaseAt());
                default -> msg.notice_released_customer(product, name, f.releaseAt());
            };
        }
    }

    static Instant lastAttempt(NoticeFacts facts, ZoneId zone, LocalTime sweepAt) {
        if (facts.expiresAt() == null) {
            return null;
        }
        LocalDate last = AutoRenewSchedule.forExpiry(facts.expiresAt(), zone).lastAttemptDay();
        return AutoRenewSchedule.at(last, sweepAt, zone).toInstant();
    }

    static Instant nextAttempt(NoticeFacts facts, Instant failedAt, ZoneId zone, LocalTime sweepAt) {
        LocalDate failedOn = failedAt.atZone(zone).toLocalDate();
        LocalDate next = facts.expiresAt() == null ? AutoRenewSchedule.nextDay(failedOn)
                : AutoRenewSchedule.forExpiry(facts.expiresAt(), zone).retryAfter(failedOn);
        return next == null ? null : AutoRenewSchedule.at(next, sweepAt, zone).toInstant();
    }
}
