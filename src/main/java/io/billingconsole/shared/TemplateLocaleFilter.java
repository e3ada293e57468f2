package io.billingconsole.shared;

import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Renders every page in the request's language, and keeps pages out of shared caches. */
public class TemplateLocaleFilter {

    @Inject
    RequestLocale locale;

    @ServerResponseFilter
    public void localize(ContainerResponseContext response) {
        if (response.getEntity() instanceof TemplateInstance page) {
            page.setLocale(locale.get());
            response.getHeaders().putSingle("Content-Language", locale.get().getLanguage());
            response.getHeaders().putSingle("Cache-Control", "no-store");
        }
    }
}
