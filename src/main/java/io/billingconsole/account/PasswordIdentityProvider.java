package io.billingconsole.account;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Checks HTTP Basic credentials of API clients against the same users as the console, through the
 * same login throttle as the login form. A throttled attempt leaves the seconds to wait on the
 * request, for the 429 answer ({@link ConsoleAuthenticationMechanism#getChallenge}).
 */
@ApplicationScoped
public class PasswordIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    @Inject
    UserDirectory users;

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
                                              AuthenticationRequestContext context) {
        String username = request.getUsername();
        String password = new String(request.getPassword().getPassword());
        RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
        String address = routing == null ? null : ClientAddress.of(routing.request());
        return context.runBlocking(() -> {
            // a password verified a moment ago: one select, no transaction; anything else takes the full login
            AppUser known = users.quickLogin(username, password, address).orElse(null);
            if (known != null) {
                return Identities.of(known);
            }
            LoginResult result = users.login(username, password, address);
            if (result.succeeded()) {
                return Identities.of(result.user());
            }
            if (result.throttled() && routing != null) {
                routing.put(ConsoleAuthenticationMechanism.RETRY_AFTER, result.retryAfterSeconds());
            }
            throw new AuthenticationFailedException();
        });
    }
}
