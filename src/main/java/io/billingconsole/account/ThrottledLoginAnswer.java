package io.billingconsole.account;

import io.billingconsole.shared.Locales;
import io.billingconsole.shared.Translator;
import io.quarkus.security.AuthenticationFailedException;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Gives a throttled HTTP Basic login (429 with Retry-After, set by the challenge) the API's error
 * body {@code {"code":"TOO_MANY_LOGIN_ATTEMPTS","message":"..."}} in the Accept-Language.
 */
@ApplicationScoped
public class ThrottledLoginAnswer {

    @Inject
    Translator translator;

    void register(@Observes Router router) {
        router.route().failureHandler(this::answer);
    }

    private void answer(RoutingContext context) {
        Long retryAfter = context.get(ConsoleAuthenticationMechanism.RETRY_AFTER);
        if (retryAfter == null || !(context.failure() instanceof AuthenticationFailedException)
                || context.response().ended()) {
            context.next();
            return;
        }
        String language = Locales.CHINESE;
        String header = context.request().getHeader("Accept-Language");
        if (header != null) {
            for (String part : header.split(",")) {
                String supported = Locales.supported(part.split(";")[0]);
                if (supported != null) {
                    language = supported;
                    break;
                }
            }
        }
        String message = translator.message(AccountError.TOO_MANY_LOGIN_ATTEMPTS, Locales.of(language),
                String.valueOf(retryAfter));
        context.response()
                .setStatusCode(429)
                .putHeader("Retry-After", String.valueOf(retryAfter))
                .putHeader("Content-Type", "application/json")
                .end(new JsonObject().put("code", AccountError.TOO_MANY_LOGIN_ATTEMPTS.name())
                        .put("message", message).encode());
    }
}
