package io.billingconsole.web;

import io.billingconsole.shared.CommonError;
import io.billingconsole.shared.DomainException;
import jakarta.inject.Inject;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

import java.util.Set;

/**
 * Every page POST must carry this browser's CSRF token ({@link CsrfTokens}); otherwise it is
 * refused with 400 and changes nothing. The JSON API is exempt: it takes HTTP Basic only, never
 * the session cookie, so a foreign page cannot borrow a login for it.
 */
public class CsrfCheck {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @Inject
    CsrfTokens tokens;

    @ServerRequestFilter
    @WithFormRead
    public void check(ResteasyReactiveContainerRequestContext request) {
        if (SAFE.contains(request.getMethod()) || request.getUriInfo().getPath().startsWith("/api/")) {
            return;
        }
        ResteasyReactiveRequestContext context = (ResteasyReactiveRequestContext) request.getServerRequestContext();
        Object submitted = context.getFormParameter(CsrfTokens.FIELD, true, false);
        if (!tokens.accepts(submitted instanceof String token ? token : null)) {
            throw new DomainException(CommonError.FORM_TOKEN_INVALID);
        }
    }
}
