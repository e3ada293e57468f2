package io.billingconsole.shared;

import io.billingconsole.account.CurrentUser;
import io.billingconsole.account.Role;
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

    public boolean testClock() {
        return config.testClock().enabled();
    }

    public String nowText() {
        return TemplateFormats.dateTime(clock.instant());
    }
}
