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
}
