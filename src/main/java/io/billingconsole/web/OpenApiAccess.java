package io.billingconsole.web;

import io.billingconsole.account.Role;
import io.billingconsole.shared.BillingConfig;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityPolicy;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Who may read the API description at /q/openapi (policy "openapi" in application.properties):
 * anybody when {@code billing.api.public-openapi=true}, otherwise operators only (HTTP Basic, like
 * the admin API). It lists every admin endpoint, which a provider may not want to publish.
 */
@ApplicationScoped
public class OpenApiAccess implements HttpSecurityPolicy {

    @Inject
    BillingConfig config;

    @Override
    public Uni<CheckResult> checkPermission(RoutingContext request, Uni<SecurityIdentity> identity,
                                            AuthorizationRequestContext requestContext) {
        if (config.api().publicOpenapi()) {
            return Uni.createFrom().item(CheckResult.PERMIT);
        }
        return identity.map(who -> !who.isAnonymous() && who.hasRole(Role.OPERATOR.name())
                ? CheckResult.PERMIT : CheckResult.DENY);
    }

    @Override
    public String name() {
        return "openapi";
    }
}
