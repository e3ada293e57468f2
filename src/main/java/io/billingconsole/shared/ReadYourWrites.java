package io.billingconsole.shared;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;

/**
 * Read-your-writes with a read replica ({@link ReadReplica}): a request that may write (any method but GET,
 * HEAD, OPTIONS) reads from the primary and gives the browser the cookie {@value #COOKIE} for
 * {@code billing.read-replica.primary-after-write} (5 s by default); requests that carry it read from the
 * primary too. So the page a form post redirects to (303 → GET) shows the change however far the replica
 * lags, and so do the next pages of that browser for a few seconds; other browsers keep reading from the
 * replica. The cookie says nothing secret (its value is "1") and works whichever console answers. Nothing
 * happens while the replica is off.
 */
@ApplicationScoped
public class ReadYourWrites {

    public static final String COOKIE = "billing_wrote";
    /** Routing-context key: this request reads from the primary. */
    static final String PRIMARY = "billing.read-replica.primary";

    @Inject
    ReadReplica replica;

    @Inject
    BillingConfig config;

    @ConfigProperty(name = "billing.read-replica.primary-after-write", defaultValue = "PT5S")
    Duration primaryAfterWrite;

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 20).handler(context -> {
            mark(context);
            context.next();
        });
    }

    private void mark(RoutingContext context) {
        if (!replica.enabled()) {
            return;
        }
        HttpMethod method = context.request().method();
        if (method == HttpMethod.GET || method == HttpMethod.HEAD || method == HttpMethod.OPTIONS) {
            if (context.request().getCookie(COOKIE) != null) {
                context.put(PRIMARY, Boolean.TRUE);
            }
            return;
        }
        context.put(PRIMARY, Boolean.TRUE);
        context.response().addCookie(Cookie.cookie(COOKIE, "1").setPath("/").setMaxAge(primaryAfterWrite.toSeconds())
                .setHttpOnly(true).setSecure(config.session().secureCookie()).setSameSite(CookieSameSite.LAX));
    }

    /** Whether the HTTP request being served (if any) must read from the primary. */
    static boolean primaryForCurrentRequest() {
        ManagedContext request = Arc.container().requestContext();
        if (!request.isActive()) {
            return false;
        }
        RoutingContext current = Arc.container().instance(CurrentVertxRequest.class).get().getCurrent();
        return current != null && Boolean.TRUE.equals(current.get(PRIMARY));
    }
}
