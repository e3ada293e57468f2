package io.billingconsole.account.web;

import io.billingconsole.account.AppUser;
import io.billingconsole.account.ClientAddress;
import io.billingconsole.account.ConsoleAuthenticationMechanism;
import io.billingconsole.account.CurrentUser;
import io.billingconsole.account.LoginResult;
import io.billingconsole.account.ReturnPath;
import io.billingconsole.account.UserDirectory;
import io.billingconsole.shared.BillingConfig;
import io.billingconsole.shared.Locales;
import io.billingconsole.web.CsrfTokens;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.time.Duration;

/** Log in, log out, switch the language. */
@Path("/")
@PermitAll
public class LoginPage {

    private static final int TOO_MANY_REQUESTS = 429;

    @CheckedTemplate
    static class Templates {
        /** {@code retryAfter}: seconds to wait after too many failures, or null. */
        static native TemplateInstance login(boolean failed, boolean loggedOut, String username, String retryAfter,
                String next);
    }

    @Inject
    UserDirectory users;

    @Inject
    CurrentUser currentUser;

    @Inject
    BillingConfig config;

    @Inject
    CsrfTokens csrf;

    @Inject
    HttpServerRequest request;

    @GET
    @Path("login")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance loginForm(@QueryParam("out") String out, @QueryParam(ReturnPath.PARAM) String next) {
        return Templates.login(false, out != null, "", null, ReturnPath.safe(next).orElse(""));
    }

    @POST
    @Path("login")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response login(@FormParam("username") String username, @FormParam("password") String password,
            @FormParam(ReturnPath.PARAM) String next) {
        String back = ReturnPath.safe(next).orElse("");
        String typed = username == null ? null : username.trim();
        LoginResult result = users.login(typed, password, ClientAddress.of(request));
        if (result.throttled()) {
            String seconds = String.valueOf(result.retryAfterSeconds());
            return Response.status(TOO_MANY_REQUESTS).header("Retry-After", seconds)
                    .entity(Templates.login(false, false, UserDirectory.displayable(typed), seconds, back)).build();
        }
        if (!result.succeeded()) {
            return Response.status(Response.Status.UNAUTHORIZED)
                    .entity(Templates.login(true, false, UserDirectory.displayable(typed), null, back)).build();
        }
        AppUser user = result.user();
        String token = users.openSession(user.id);
        NewCookie cookie = sessionCookie(token, (int) Duration.ofHours(config.session().maxAgeHours()).toSeconds());
        String home = ReturnPath.after(user.role, next);
        // a new session means new form tokens; the login cookie is replaced too (no token from before survives)
        return Response.seeOther(URI.create(home)).cookie(cookie, csrf.renewedCookie()).build();
    }

    @POST
    @Path("logout")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response logout(@CookieParam(ConsoleAuthenticationMechanism.SESSION_COOKIE) String token) {
        if (token != null && !token.isBlank()) {
            users.closeSession(token);
        }
        return Response.seeOther(URI.create("/login?out=1")).cookie(sessionCookie("", 0), csrf.renewedCookie())
                .build();
    }

    /** Switches between Chinese and English, remembered in a cookie and, when logged in, for the user. */
    @POST
    @Path("language")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response language(@FormParam("lang") String lang, @HeaderParam("Referer") String referer) {
        String language = Locales.supported(lang);
        if (language == null) {
            language = Locales.CHINESE;
        }
        if (currentUser.loggedIn()) {
            users.changeLanguage(currentUser.userId(), language);
        }
        NewCookie cookie = new NewCookie.Builder(Locales.COOKIE).value(language).path("/")
                .maxAge((int) Duration.ofDays(365).toSeconds()).sameSite(NewCookie.SameSite.LAX).build();
        return Response.seeOther(URI.create(localPath(referer))).cookie(cookie).build();
    }

    /** Only ever redirect back inside the console. */
    static String localPath(String referer) {
        if (referer == null) {
            return "/";
        }
        try {
            URI uri = URI.create(referer);
            String path = uri.getRawPath();
            if (path == null || !path.startsWith("/") || path.startsWith("//")) {
                return "/";
            }
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        } catch (IllegalArgumentException e) {
            return "/";
        }
    }

    private NewCookie sessionCookie(String value, int maxAge) {
        return new NewCookie.Builder(ConsoleAuthenticationMechanism.SESSION_COOKIE).value(value).path("/")
                .httpOnly(true).secure(config.session().secureCookie()).sameSite(NewCookie.SameSite.LAX)
                .maxAge(maxAge).build();
    }
}
