package io.billingconsole.account.web;

import io.billingconsole.account.AccountError;
import io.billingconsole.account.ConsoleAuthenticationMechanism;
import io.billingconsole.account.CurrentUser;
import io.billingconsole.account.PasswordPolicy;
import io.billingconsole.account.Role;
import io.billingconsole.account.StaffService;
import io.billingconsole.web.PageAction;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Every user changes their own password here (current password required, checked and counted like
 * a login in the login throttle); their other sessions end.
 */
@Path("/account/password")
@RolesAllowed({Role.CUSTOMER_NAME, Role.FINANCE_NAME, Role.OPERATOR_NAME})
@Produces(MediaType.TEXT_HTML)
public class PasswordPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance change(boolean done, String error, int minLength, int maxBytes);
    }

    @Inject
    StaffService staff;

    @Inject
    CurrentUser currentUser;

    @Inject
    PageAction action;

    @GET
    public TemplateInstance form(@QueryParam("done") String done) {
        return Templates.change(done != null, null, PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_BYTES);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response change(@FormParam("current") String current, @FormParam("password") String password,
                           @FormParam("confirm") String confirm,
                           @CookieParam(ConsoleAuthenticationMechanism.SESSION_COOKIE) String sessionToken) {
        return action.run(() -> {
            String checked = staff.checkCurrentPassword(currentUser.userId(), currentUser.username(), current);
            staff.changeOwnPassword(currentUser.userId(), sessionToken, checked, password, confirm);
            return "/account/password?done=1";
        }, error -> Templates.change(false, error, PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_BYTES),
                (refusal, answer) -> {
                    if (refusal.code() == AccountError.TOO_MANY_LOGIN_ATTEMPTS) {
                        answer.header("Retry-After", refusal.args().get(0));
                    }
                });
    }
}
