package io.billingconsole.shared;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns refusals into a JSON error (API) or an error page (console), in the user's language. */
public class ErrorMappers {

    @CheckedTemplate(basePath = "ErrorPage")
    static class Templates {
        static native TemplateInstance error(int status, String message);
    }

    @Inject
    Translator translator;

    @Inject
    RequestLocale locale;

    @ServerExceptionMapper
    public Response domain(DomainException error, HttpServerRequest request) {
        return respond(request, error.code(), translator.message(error, locale.get()));
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException error, HttpServerRequest request) {
        return respond(request, ErrorCode.PAGE_NOT_FOUND, translator.message(ErrorCode.PAGE_NOT_FOUND, locale.get()));
    }

    @ServerExceptionMapper
    public Response notAllowed(NotAllowedException error, HttpServerRequest request) {
        return respond(request, ErrorCode.PAGE_NOT_FOUND, translator.message(ErrorCode.PAGE_NOT_FOUND, locale.get()));
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException error, HttpServerRequest request) {
        return respond(request, ErrorCode.ACCESS_DENIED, translator.message(ErrorCode.ACCESS_DENIED, locale.get()));
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException error, HttpServerRequest request) {
        return malformed(error, request);
    }

    @ServerExceptionMapper
    public Response jsonParse(JsonParseException error, HttpServerRequest request) {
        return malformed(error, request);
    }

    @ServerExceptionMapper
    public Response jsonMismatch(MismatchedInputException error, HttpServerRequest request) {
        return malformed(error, request);
    }

    /** Quarkus REST reports unreadable bodies (truncated JSON, say) as a bare 400; give it a code and a message. */
    @ServerExceptionMapper
    public Response webApplication(WebApplicationException error, HttpServerRequest request) {
        if (error.getResponse().getStatus() == Response.Status.BAD_REQUEST.getStatusCode()) {
            return malformed(error, request);
        }
        return error.getResponse();
    }

    private Response malformed(Exception error, HttpServerRequest request) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof DomainException domain) {
                return domain(domain, request);
            }
        }
        return respond(request, ErrorCode.MALFORMED_REQUEST,
                translator.message(ErrorCode.MALFORMED_REQUEST, locale.get()));
    }

    private Response respond(HttpServerRequest request, ErrorCode code, String message) {
        int status = code.httpStatus();
        if (request.path().startsWith("/api/")) {
            return Response.status(status).type(MediaType.APPLICATION_JSON)
                    .entity(new ApiError(code.name(), message)).build();
        }
        return Response.status(status).type(MediaType.TEXT_HTML).entity(Templates.error(status, message)).build();
    }
}
