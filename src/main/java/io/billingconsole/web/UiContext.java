package io.billingconsole.web;

import io.billingconsole.shared.BillingConfig;
import io.billingconsole.shared.Locales;
import io.billingconsole.shared.TemplateFormats;
import io.billingconsole.account.CurrentUser;
import io.billingconsole.account.Role;
import io.billingconsole.notice.NoticeService;
import io.quarkus.runtime.BlockingOperationControl;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.TextStyle;

/** What the layout shows on every page: who is logged in, the language, the simulated time. */
@Named("ui")
@RequestScoped
public class UiContext {

    @Inject
    CurrentUser user;

    @Inject
    RequestLocale locale;

    @Inject
    BillingConfig config;

    @Inject
    Clock clock;

    @Inject
    CsrfTokens csrf;

    @Inject
    NoticeService notices;

    private Long unreadNotices;

    public boolean loggedIn() {
        return user.loggedIn();
    }

    public String username() {
        return user.username();
    }

    public boolean customer() {
        return user.loggedIn() && user.hasRole(Role.CUSTOMER);
    }

    public boolean staff() {
        return user.loggedIn() && (user.hasRole(Role.FINANCE) || user.hasRole(Role.OPERATOR));
    }

    public boolean operator() {
        return user.loggedIn() && user.hasRole(Role.OPERATOR);
    }

    public boolean finance() {
        return user.loggedIn() && user.hasRole(Role.FINANCE);
    }

    public String lang() {
        return locale.get().getLanguage();
    }

    /** The language a click on the switch leads to. */
    public String otherLang() {
        return locale.english() ? Locales.CHINESE : Locales.ENGLISH;
    }

    /**
     * Whether the header's forms (language, logout) can carry a CSRF token. Every HTTP request can
     * have one (CsrfTokens); a page rendered without a request would show the header without forms.
     */
    public boolean forms() {
        try {
            return csrf.getToken() != null;
        } catch (RuntimeException noToken) {
            return false;
        }
    }

    /**
     * The customer's unread notices for the header, counted once per page. An error page rendered
     * on the I/O thread (an unknown address) cannot query the database and shows no count.
     */
    public long unreadNotices() {
        if (unreadNotices == null) {
            if (!customer() || !BlockingOperationControl.isBlockingAllowed()) {
                return 0;
            }
            unreadNotices = notices.unreadCount(user.accountId());
        }
        return unreadNotices;
    }

    public boolean testClock() {
        return config.testClock().enabled();
    }

    public String nowText() {
        return TemplateFormats.dateTime(clock.instant());
    }

    /** The business zone every time on the page is shown in: Beijing time, or the configured zone's name. */
    public boolean beijingTime() {
        return BEIJING.equals(config.zone().getId());
    }

    /** The configured zone's name in the viewer's language ("Central European Time", "中欧时间"). */
    public String zoneName() {
        return config.zone().getDisplayName(TextStyle.FULL, locale.get());
    }

    /** The zone's offset now, as after "UTC": "+8", "-3:30", or empty for UTC itself. */
    public String zoneOffset() {
        return offsetText(config.zone().getRules().getOffset(clock.instant()));
    }

    static String offsetText(ZoneOffset offset) {
        int seconds = offset.getTotalSeconds();
        if (seconds == 0) {
            return "";
        }
        int minutes = Math.abs(seconds) / 60;
        String text = (seconds < 0 ? "-" : "+") + minutes / 60;
        return minutes % 60 == 0 ? text : text + ":" + String.format("%02d", minutes % 60);
    }

    private static final String BEIJING = ZoneId.of("Asia/Shanghai").getId();
}
