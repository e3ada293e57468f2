package io.billingconsole.web;

import io.billingconsole.shared.BillingConfig;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * Browser-security headers on every answer — pages, API, static files, error pages, 404s, redirects
 * — set by a Vert.x filter just before the headers go out, so nothing can forget them. The
 * same filter makes redirects relative: JAX-RS turns {@code seeOther("/x")} into an absolute URL
 * built from the request's Host header, so a forged Host would send the browser elsewhere.
 */
@ApplicationScoped
public class SecurityHeaders {

    /**
     * Scripts, styles and images only from the console itself (static/console.js and
     * console.css; no inline script, style or on* handler anywhere); forms only post back here;
     * never inside a frame.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; form-action 'self'; "
            + "frame-ancestors 'none'; base-uri 'none'; object-src 'none'";
    /** One year; only sent when the console runs behind HTTPS (billing.session.secure-cookie). */
    static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000";
    /** Runs before every other route (Quarkus' filters run in descending priority). */
    private static final int PRIORITY = 10_000;

    @Inject
    BillingConfig config;

    void register(@Observes Filters filters) {
        boolean https = config.session().secureCookie();
        filters.register(context -> {
            context.addHeadersEndHandler(ignored -> apply(context, https));
            context.next();
        }, PRIORITY);
    }

    private static void apply(RoutingContext context, boolean https) {
        MultiMap headers = context.response().headers();
        headers.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        headers.set("X-Frame-Options", "DENY");
        headers.set("X-Content-Type-Options", "nosniff");
        // same-origin: the language switch returns to the page it came from (Referer), other sites learn nothing
        headers.set("Referrer-Policy", "same-origin");
        if (https) {
            headers.set("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
        }
        String location = headers.get(HttpHeaders.LOCATION);
        if (location != null) {
            String relative = relativeIfOwn(location, context.request());
            if (relative != null) {
                headers.set(HttpHeaders.LOCATION, relative);
            }
        }
    }

    /** The path, query and fragment of an absolute URL that points at the host this request came to; null otherwise. */
    static String relativeIfOwn(String location, HttpServerRequest request) {
        URI uri;
        try {
            uri = new URI(location);
        } catch (URISyntaxException e) {
            return null;
        }
        if (!uri.isAbsolute() || uri.getRawAuthority() == null || !isOwnHost(uri.getRawAuthority(), request)) {
            return null;
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        StringBuilder relative = new StringBuilder(path.startsWith("//") ? "/" : path);
        if (uri.getRawQuery() != null) {
            relative.append('?').append(uri.getRawQuery());
        }
        if (uri.getRawFragment() != null) {
            relative.append('#').append(uri.getRawFragment());
        }
        return relative.toString();
    }

    private static boolean isOwnHost(String authority, HttpServerRequest request) {
        String host = request.getHeader(HttpHeaders.HOST);
        if (host != null && host.equalsIgnoreCase(authority)) {
            return true;
        }
        return request.authority() != null && request.authority().toString().equalsIgnoreCase(authority);
    }
}
