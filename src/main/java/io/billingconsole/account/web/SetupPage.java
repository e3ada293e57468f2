package io.billingconsole.account.web;

import io.billingconsole.account.AccountError;
import io.billingconsole.account.PasswordPolicy;
import io.billingconsole.account.SetupLinks;
import io.billingconsole.shared.DomainException;
import io.billingconsole.shared.ErrorCode;
import io.billingconsole.web.RequestLocale;
import io.billingconsole.shared.Translator;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.Set;

/**
 * The public page behind a setup link: choose a password. A used, expired or unknown link says so
 * and offers the form for a new one, which answers the same whether or not the user exists.
 */
@Path("/setup-password")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class SetupPage {

    private static final Set<ErrorCode> LINK_REFUSALS =
            Set.of(AccountError.SETUP_LINK_INVALID, AccountError.SETUP_LINK_USED, AccountError.SETUP_LINK_EXPIRED);

    /**
     * What the page shows: {@code mode} is "form" (choose a password), "link" (the link cannot be
     * used: {@code error} says why; a new one can be asked for), "done", "new" (ask for a new link)
     * or "sent".
     */
    public record SetupView(String mode, String username, String token, String error, String who, int minLength,
                            int maxBytes) {
        static SetupView of(String mode, String username, String token, String error, String who) {
            return new SetupView(mode, username, token, error, who, PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_BYTES);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance setup(SetupView view);
    }

    @Inject
    SetupLinks links;

    @Inject
    Translator translator;

    @Inject
    RequestLocale locale;

    @GET
    public Response form(@QueryParam("token") String token) {
        try {
            SetupLinks.LinkView link = links.inspect(token);
            return switch (link.state()) {
                case VALID -> Response.ok(Templates.setup(SetupView.of("form", link.username(), token, null, ""))).build();
                case USED -> linkRefused(new DomainException(AccountError.SETUP_LINK_USED));
                case EXPIRED -> linkRefused(new DomainException(AccountError.SETUP_LINK_EXPIRED));
            };
        } catch (DomainException e) {
            return linkRefused(e);
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response setPassword(@FormParam("token") String token, @FormParam("password") String password,
                                @FormParam("confirm") String confirm) {
        try {
            links.use(token, password, confirm);
            return Response.seeOther(URI.create("/setup-password/done")).build();
        } catch (DomainException e) {
            if (LINK_REFUSALS.contains(e.code())) {
                return linkRefused(e);
            }
            String username = links.inspect(token).username();
            return Response.status(e.code().httpStatus()).entity(Templates.setup(SetupView.of("form", username, token,
                    translator.message(e, locale.get()), ""))).build();
        }
    }

    @GET
    @Path("done")
    public TemplateInstance done() {
        return Templates.setup(SetupView.of("done", null, null, null, ""));
    }

    @GET
    @Path("new")
    public TemplateInstance newLinkForm(@QueryParam("sent") String sent) {
        return Templates.setup(SetupView.of(sent == null ? "new" : "sent", null, null, null, ""));
    }

    /** Always answers "sent if it exists": whether anybody matched stays unknown to the asker. */
    @POST
    @Path("new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response requestNewLink(@FormParam("who") String who) {
        try {
            links.requestNew(who);
            return Response.seeOther(URI.create("/setup-password/new?sent=1")).build();
        } catch (DomainException e) {
            return Response.status(e.code().httpStatus()).entity(Templates.setup(SetupView.of("new", null, null,
                    translator.message(e, locale.get()), who == null ? "" : who))).build();
        }
    }

    private Response linkRefused(DomainException e) {
        return Response.status(e.code().httpStatus())
                .entity(Templates.setup(SetupView.of("link", null, null, translator.message(e, locale.get()), "")))
                .build();
    }
}
