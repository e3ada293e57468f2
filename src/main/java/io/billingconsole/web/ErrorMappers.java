package io.billingconsole.web;

import io.billingconsole.shared.ApiError;
import io.billingconsole.shared.CommonError;
import io.billingconsole.shared.DomainException;
import io.billingconsole.shared.ErrorCode;
import io.billingconsole.shared.Inputs;
import io.billingconsole.shared.Money;
import io.billingconsole.shared.Translator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.UUID;

/** Turns refusals into a JSON error (API) or an error page (console), in the user's language. */
public class ErrorMappers {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class);

    /** The body of an unexpected failure: like {@link ApiError}, plus the id under which it was logged. */
    public record InternalError(String code, String message, String errorId) {
    }

    @CheckedTemplate(basePath = "ErrorPage")
    static class Templates {
        static native TemplateInstance error(int status, String message);
    }

    @Inject
    Translator translator;

    @Inject
    RequestLocale locale;

    @ConfigProperty(name = "quarkus.http.limits.max-parameters", defaultValue = "1000")
    int maxFormFields;

    @ServerExceptionMapper
    public Response domain(DomainException error, HttpServerRequest request) {
        return respond(request, error.code(), translator.message(error, locale.get()));
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException error, HttpServerRequest request) {
        return respond(request, CommonError.PAGE_NOT_FOUND,
                translator.message(CommonError.PAGE_NOT_FOUND, locale.get()));
    }

    @ServerExceptionMapper
    public Response notAllowed(NotAllowedException error, HttpServerRequest request) {
        return respond(request, CommonError.PAGE_NOT_FOUND,
                translator.message(CommonError.PAGE_NOT_FOUND, locale.get()));
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException error, HttpServerRequest request) {
        return respond(request, CommonError.ACCESS_DENIED, translator.message(CommonError.ACCESS_DENIED, locale.get()));
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

    /** Arithmetic on money that left the range of a long: refused; the transaction rolled back. */
    @ServerExceptionMapper
    public Response moneyOverflow(Money.Overflow error, HttpServerRequest request) {
        return respond(request, CommonError.AMOUNT_OUT_OF_RANGE,
                translator.message(CommonError.AMOUNT_OUT_OF_RANGE, locale.get()));
    }

    /** Bean Validation on a resource method (inputs are normally checked through {@link Inputs}). */
    @ServerExceptionMapper
    public Response violation(ConstraintViolationException error, HttpServerRequest request) {
        String field = error.getConstraintViolations().stream().map(v -> v.getPropertyPath().toString())
                .sorted().findFirst().orElse("body");
        return respond(request, CommonError.INVALID_INPUT,
                translator.message(CommonError.INVALID_INPUT, locale.get(), field));
    }

    /**
     * Anything else is a bug: logged with a fresh error id, answered as a 500 that shows the id (JSON
     * {@code {"code":"INTERNAL_ERROR","message":...,"errorId":...}} or the error page), never the trace.
     */
    @ServerExceptionMapper
    public Response unexpected(Exception error, HttpServerRequest request) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof DomainException domain) {
                return domain(domain, request);
            }
            if (cause instanceof Money.Overflow overflow) {
                return moneyOverflow(overflow, request);
            }
        }
        if (fromFormParser(error)) {
            return unreadableForm(error, request);
        }
        String errorId = UUID.randomUUID().toString().substring(0, 8);
        LOG.errorf(error, "Unexpected error %s on %s %s", errorId, request.method(), request.path());
        String message = translator.message(CommonError.INTERNAL_ERROR, locale.get(), errorId);
        if (request.path().startsWith("/api/")) {
            return Response.status(500).type(MediaType.APPLICATION_JSON)
                    .entity(new InternalError(CommonError.INTERNAL_ERROR.name(), message, errorId)).build();
        }
        return Response.status(500).type(MediaType.TEXT_HTML).entity(Templates.error(500, message)).build();
    }

    /**
     * Quarkus REST parses a form body before the resource method runs and fails with a bare
     * RuntimeException on a bad percent-escape ({@code months=%ZZ}) or beyond
     * {@code quarkus.http.limits.max-parameters} fields / {@code max-form-attribute-size} bytes per
     * field: a 413 for the limits, a 400 for the rest.
     */
    private Response unreadableForm(Exception error, HttpServerRequest request) {
        String text = String.valueOf(error.getMessage()).toLowerCase(java.util.Locale.ROOT);
        if (text.contains("limit") || text.contains("too large") || text.contains("larger")) {
            return respond(request, CommonError.FORM_TOO_LARGE,
                    translator.message(CommonError.FORM_TOO_LARGE, locale.get(), String.valueOf(maxFormFields)));
        }
        return malformed(error, request);
    }

    /** Where Quarkus REST reads form bodies: before the resource method (the CSRF filter) and for MultivaluedMap bodies. */
    private static final java.util.Set<String> FORM_PARSERS = java.util.Set.of(
            "org.jboss.resteasy.reactive.server.handlers.FormBodyHandler",
            "org.jboss.resteasy.reactive.server.core.multipart.FormEncodedDataDefinition$FormEncodedDataParser",
            "org.jboss.resteasy.reactive.common.providers.serialisers.MapAsFormUrlEncodedProvider",
            "org.jboss.resteasy.reactive.server.providers.serialisers.ServerFormUrlEncodedProvider");

    /** True when the exception comes from the framework's form-body parser, not from the console's code. */
    private static boolean fromFormParser(Throwable error) {
        for (StackTraceElement frame : error.getStackTrace()) {
            String type = frame.getClassName();
            if (type.startsWith("io.billingconsole.")) {
                return false;
            }
            if (FORM_PARSERS.contains(type)) {
                return true;
            }
        }
        return false;
    }

    private Response malformed(Exception error, HttpServerRequest request) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof DomainException domain) {
                return domain(domain, request);
            }
        }
        return respond(request, CommonError.MALFORMED_REQUEST,
                translator.message(CommonError.MALFORMED_REQUEST, locale.get()));
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
