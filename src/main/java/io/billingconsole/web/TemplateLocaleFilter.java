package io.billingconsole.web;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.qute.EngineBuilder;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.nio.charset.StandardCharsets;

/** Renders every page in the request's language, and keeps pages out of shared caches. */
public class TemplateLocaleFilter {

    @Inject
    RequestLocale locale;

    /**
     * Quarkus REST renders a returned template before response filters run, so the language is
     * given to each template instance when it is created during a request.
     */
    static void localizeNewTemplates(@Observes EngineBuilder engine) {
        engine.addTemplateInstanceInitializer(TemplateLocaleFilter::localize);
    }

    /**
     * Only during an HTTP request: scheduled jobs and tests also run with an active request
     * context, but without a request there is no language to take (mails set their own).
     */
    private static void localize(TemplateInstance instance) {
        ManagedContext request = Arc.container().requestContext();
        if (request.isActive() && Arc.container().instance(CurrentVertxRequest.class).get().getCurrent() != null) {
            instance.setLocale(Arc.container().instance(RequestLocale.class).get().get());
        }
    }

    @ServerResponseFilter
    public void localize(ContainerResponseContext response) {
        // the entity is already rendered to a String here unless a Response wraps the template
        if (response.getEntity() instanceof TemplateInstance || isHtml(response.getMediaType())) {
            response.getHeaders().putSingle("Content-Language", locale.get().getLanguage());
            response.getHeaders().putSingle("Cache-Control", "no-store");
            if (response.getEntity() instanceof String html && isUtf8(response.getMediaType())) {
                // written as a String, the page went through Netty's char-by-char UTF-8 encoder (a quarter
                // of the JVM's time on the renewal list, issue 13); String.getBytes is an intrinsic
                MediaType type = response.getMediaType().withCharset(StandardCharsets.UTF_8.name());
                response.setEntity(html.getBytes(StandardCharsets.UTF_8), response.getEntityAnnotations(), type);
            }
        }
    }

    private static boolean isUtf8(MediaType type) {
        String charset = type == null ? null : type.getParameters().get(MediaType.CHARSET_PARAMETER);
        return charset == null || StandardCharsets.UTF_8.name().equalsIgnoreCase(charset);
    }

    private static boolean isHtml(MediaType type) {
        return type != null && MediaType.TEXT_HTML_TYPE.isCompatible(type);
    }
}
