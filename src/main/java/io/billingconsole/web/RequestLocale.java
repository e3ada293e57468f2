package io.billingconsole.web;

import io.billingconsole.shared.Locales;
import io.billingconsole.account.CurrentUser;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import java.util.Locale;

/**
 * The language of this request. Pages: the language cookie (the user's last switch), then the
 * user's saved choice, then the browser's. API: the Accept-Language header, then the user's choice.
 */
@RequestScoped
public class RequestLocale {

    @Inject
    HttpServerRequest request;

    @Inject
    CurrentUser user;

    private Locale locale;

    public Locale get() {
        if (locale == null) {
            locale = Locales.of(resolve());
        }
        return locale;
    }

    public boolean english() {
        return Locales.ENGLISH.equals(get().getLanguage());
    }

    private String resolve() {
        String header = firstAcceptedLanguage();
        if (request.path().startsWith("/api/")) {
            return firstNonNull(header, user.loggedIn() ? user.language() : null);
        }
        var cookie = request.getCookie(Locales.COOKIE);
        String fromCookie = cookie == null ? null : Locales.supported(cookie.getValue());
        return firstNonNull(fromCookie, firstNonNull(user.loggedIn() ? user.language() : null, header));
    }

    private String firstAcceptedLanguage() {
        String header = request.getHeader("Accept-Language");
        if (header == null) {
            return null;
        }
        for (String part : header.split(",")) {
            String language = Locales.supported(part.split(";")[0]);
            if (language != null) {
                return language;
            }
        }
        return null;
    }

    private static String firstNonNull(String a, String b) {
        return a != null ? a : (b != null ? b : Locales.CHINESE);
    }
}
