package io.billingconsole.shared;

import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.regex.Pattern;

/**
 * Drops a malformed {@code Accept-Language} or {@code Accept} header, and replaces a malformed
 * {@code Content-Type}, before anything reads them. Quarkus REST parses them strictly while
 * choosing a page's variant (after the resource method, where no exception mapper applies) or in
 * request filters, so {@code en;q=2}, {@code text/html;q=abc} or {@code Content-Type: ;;;} would end
 * in a 500. Without the Accept headers the user's saved language and the page's own type apply, as
 * for a client that sends none; an unreadable body type becomes {@code application/octet-stream},
 * which every endpoint refuses with 415.
 */
@ApplicationScoped
public class HeaderGuard {

    private static final int MAX_LENGTH = 500;
    private static final Pattern LANGUAGE_RANGE = Pattern.compile(
            "\\s*(\\*|[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*)\\s*(;\\s*q\\s*=\\s*(0(\\.\\d{0,3})?|1(\\.0{0,3})?))?\\s*");

    private static final String TOKEN = "[!#$%&'*+.^_`|~0-9A-Za-z-]+";
    private static final String PARAMETER = "\\s*;\\s*(" + TOKEN + "\\s*=\\s*(" + TOKEN + "|\"([^\"\\\\]|\\\\.)*\"))?";
    private static final Pattern MEDIA_TYPE = Pattern.compile("\\s*" + TOKEN + "/" + TOKEN + "(" + PARAMETER + ")*\\s*");
    private static final Pattern MEDIA_RANGE = Pattern.compile("\\s*(\\*|" + TOKEN + "/" + TOKEN + ")(" + PARAMETER + ")*\\s*");
    private static final Pattern QUALITY = Pattern.compile(";\\s*q\\s*=\\s*([^;,\\s]*)");
    private static final Pattern QUALITY_VALUE = Pattern.compile("0(\\.\\d{0,3})?|1(\\.0{0,3})?");

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 10).handler(context -> {
            sanitize(context.request().headers());
            context.next();
        });
    }

    static void sanitize(MultiMap headers) {
        String language = headers.get("Accept-Language");
        if (language != null && !isWellFormedLanguage(language)) {
            headers.remove("Accept-Language");
        }
        String accept = headers.get("Accept");
        if (accept != null && !isWellFormedAccept(accept)) {
            headers.remove("Accept");
        }
        String contentType = headers.get("Content-Type");
        if (contentType != null && (contentType.length() > MAX_LENGTH || !MEDIA_TYPE.matcher(contentType).matches())) {
            headers.set("Content-Type", "application/octet-stream");
        }
    }

    static boolean isWellFormedAccept(String accept) {
        if (accept.length() > 4 * MAX_LENGTH) {
            return false;
        }
        for (String range : accept.split(",", -1)) {
            if (!MEDIA_RANGE.matcher(range).matches()) {
                return false;
            }
            var quality = QUALITY.matcher(range);
            while (quality.find()) {
                if (!QUALITY_VALUE.matcher(quality.group(1)).matches()) {
                    return false;
                }
            }
        }
        return true;
    }

    static boolean isWellFormedLanguage(String acceptLanguage) {
        if (acceptLanguage.length() > MAX_LENGTH || acceptLanguage.isBlank()) {
            return false;
        }
        for (String range : acceptLanguage.split(",", -1)) {
            if (!LANGUAGE_RANGE.matcher(range).matches()) {
                return false;
            }
        }
        return true;
    }
}
