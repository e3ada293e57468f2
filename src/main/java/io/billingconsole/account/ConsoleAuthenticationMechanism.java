package io.billingconsole.account;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.credential.PasswordCredential;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;

/**
 * Pages authenticate with the session cookie set at login; the JSON API under /api (and the API
 * description at /q/openapi) with HTTP Basic. Each side accepts only its own credential, so a
 * browser session can never drive the API. A Basic login refused by the throttle answers 429 with
 * Retry-After instead of 401 ({@link ThrottledLoginAnswer} adds the JSON body).
 */
@ApplicationScoped
public class ConsoleAuthenticationMechanism implements HttpAuthenticationMechanism {

    public static final String SESSION_COOKIE = "billing_session";
    /** Routing-context key: seconds a throttled Basic login must wait. */
    static final String RETRY_AFTER = "billing.login.retry-after";
    private static final String API_PREFIX = "/api/";
    private static final String OPENAPI = "/q/openapi";

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager providers) {
        if (basicAuthPath(context.normalizedPath())) {
            String header = context.request().getHeader(HttpHeaderNames.AUTHORIZATION);
            if (header == null) {
                return Uni.createFrom().nullItem();
            }
            return basic(header)
                    .map(request -> providers.authenticate(HttpSecurityUtils.setRoutingContextAttribute(request, context)))
                    .orElseGet(() -> Uni.createFrom().failure(new AuthenticationFailedException()));
        }
        Cookie cookie = context.request().getCookie(SESSION_COOKIE);
        if (cookie == null || cookie.getValue().isBlank()) {
            return Uni.createFrom().nullItem();
        }
        AuthenticationRequest request = HttpSecurityUtils.setRoutingContextAttribute(
                new SessionTokenRequest(cookie.getValue()), context);
        // an unknown or ended session is simply "not logged in": public pages stay reachable
        return providers.authenticate(request).onFailure(AuthenticationFailedException.class).recoverWithNull();
    }

    private static java.util.Optional<UsernamePasswordAuthenticationRequest> basic(String header) {
        if (!header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return java.util.Optional.empty();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
        int colon = decoded.indexOf(':');
        if (colon < 1) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new UsernamePasswordAuthenticationRequest(decoded.substring(0, colon),
                new PasswordCredential(decoded.substring(colon + 1).toCharArray())));
    }

    /** The API and its description take HTTP Basic; everything else the session cookie. */
    static boolean basicAuthPath(String path) {
        return path.startsWith(API_PREFIX) || path.equals(OPENAPI) || path.startsWith(OPENAPI + "/")
                || path.startsWith(OPENAPI + ".");
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        Long retryAfter = context.get(RETRY_AFTER);
        if (retryAfter != null) {
            return Uni.createFrom().item(new ChallengeData(429, "Retry-After", String.valueOf(retryAfter)));
        }
        if (basicAuthPath(context.normalizedPath())) {
            return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", "Basic realm=\"billing-console\""));
        }
        // a page opened after the session expired: back to it once logged in (GETs only)
        String login = ReturnPath.loginFor(context.request().method().name(), context.request().uri());
        return Uni.createFrom().item(new ChallengeData(302, "Location", login));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(SessionTokenRequest.class, UsernamePasswordAuthenticationRequest.class);
    }
}
