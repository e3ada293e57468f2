package io.billingconsole.withdrawal.web;

import io.billingconsole.shared.ApiError;
import io.billingconsole.shared.CommonError;
import io.billingconsole.shared.Locales;
import io.billingconsole.shared.Translator;
import io.billingconsole.withdrawal.ProofFiles;
import io.billingconsole.withdrawal.WithdrawalMessages;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.regex.Pattern;

/**
 * Request body sizes. Quarkus has one limit for every path ({@code quarkus.http.limits.max-body-size});
 * it is raised to fit a withdrawal form with 5 proof files of 10 MB each, and this route handler,
 * before anything reads a body, keeps every other path at 64 KB by its {@code Content-Length}: a larger
 * body is answered 413 without being read; a body without a length (chunked) is answered 411 there.
 */
@ApplicationScoped
public class UploadBodyLimit {

    /** What any path but an upload may send. */
    public static final long SMALL_BODY = 64 * 1024;
    /** What an upload may send: 5 proof files and the form's text fields. */
    public static final long UPLOAD_BODY = (long) ProofFiles.MAX_FILES * ProofFiles.MAX_BYTES + 1024 * 1024;

    private static final Pattern UPLOADS = Pattern.compile(
            "/withdrawals/(new/recharge/[0-9]{1,19}|new/application|[0-9]{1,19}/proofs)|/api/v1/withdrawals/[0-9]{1,19}/proofs");

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 20).handler(context -> {
            String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            String chunked = context.request().getHeader(HttpHeaders.TRANSFER_ENCODING);
            if (length == null && chunked != null && !UPLOADS.matcher(context.request().path()).matches()) {
                // a body of unknown length could grow to the global limit: only uploads may send one
                context.response().setStatusCode(411).putHeader(HttpHeaders.CONNECTION, "close").end();
                return;
            }
            if (length != null) {
                long bytes;
                try {
                    bytes = Long.parseLong(length.trim());
                } catch (NumberFormatException e) {
                    bytes = -1;
                }
                long max = UPLOADS.matcher(context.request().path()).matches() ? UPLOAD_BODY : SMALL_BODY;
                if (bytes > max) {
                    String accept = context.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE);
                    String language = accept != null && accept.trim().toLowerCase().startsWith("en")
                            ? Locales.ENGLISH : Locales.CHINESE;
                    String text = Translator.bundle(WithdrawalMessages.class, Locales.of(language))
                            .body_too_large(max >= 1024 * 1024 ? max / 1024 / 1024 + " MB" : max / 1024 + " KB");
                    boolean api = context.request().path().startsWith("/api/");
                    context.response().setStatusCode(413)
                            .putHeader(HttpHeaders.CONTENT_TYPE, api ? "application/json" : "text/plain; charset=utf-8")
                            .putHeader(HttpHeaders.CONNECTION, "close")
                            .end(api ? Json.encode(new ApiError(CommonError.FORM_TOO_LARGE.name(), text)) : text);
                    return;
                }
            }
            context.next();
        });
    }
}
