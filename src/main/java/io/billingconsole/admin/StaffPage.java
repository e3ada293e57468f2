package io.billingconsole.admin;

import io.billingconsole.account.AccountError;
import io.billingconsole.account.AccountService;
import io.billingconsole.account.AppUser;
import io.billingconsole.account.Audit;
import io.billingconsole.account.AuditEntry;
import io.billingconsole.account.CurrentUser;
import io.billingconsole.account.Role;
import io.billingconsole.account.StaffService;
import io.billingconsole.shared.Params;
import io.billingconsole.web.RequestLocale;
import io.billingconsole.web.PageAction;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;
import java.util.Set;

/** The back office's staff accounts (operators only): create, disable/enable, reset a password; the audit log. */
@Path("/admin/users")
@RolesAllowed(Role.OPERATOR_NAME)
@Produces(MediaType.TEXT_HTML)
public class StaffPage {

    private static final int AUDIT_ROWS = 50;
    private static final Set<String> DONE = Set.of("created", "disabled", "enabled", "reset", "link_sent");

    /** What the create form showed, to show it again after a refusal. */
    public record NewStaffForm(String username, String email, String role) {
        static final NewStaffForm EMPTY = new NewStaffForm("", "", Role.FINANCE_NAME);
    }

    /**
     * The page: staff users, the recent audit entries, a done message or a refusal; {@code errorUserId}
     * says which row's form the refusal is about (null: the create form).
     */
    public record StaffView(List<AppUser> users, List<AuditEntry> audit, long me, String done, String error,
                            Long errorUserId, NewStaffForm form) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(StaffView view);
    }

    @Inject
    StaffService staff;

    @Inject
    AccountService accounts;

    @Inject
    Audit audit;

    @Inject
    CurrentUser currentUser;

    @Inject
    RequestLocale locale;

    @Inject
    PageAction pageAction;

    @GET
    public TemplateInstance index(@QueryParam("done") String done) {
        return Templates.index(view(done != null && DONE.contains(done) ? done : null, null, null, NewStaffForm.EMPTY));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@FormParam("username") String username, @FormParam("email") String email,
                           @FormParam("role") String role, @FormParam("password") String password) {
        NewStaffForm form = new NewStaffForm(username == null ? "" : username, email == null ? "" : email,
                role == null ? "" : role);
        return act("created", null, form, () -> accounts.createStaff(new AccountService.NewStaff(
                trim(username), password == null || password.isEmpty() ? null : password, StaffApi.staffRole(role),
                trim(email), locale.get().getLanguage())));
    }

    @POST
    @Path("{id}/disable")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response disable(@PathParam("id") String id) {
        long userId = userId(id);
        return act("disabled", userId, NewStaffForm.EMPTY, () -> staff.disable(currentUser.userId(), userId));
    }

    @POST
    @Path("{id}/enable")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response enable(@PathParam("id") String id) {
        long userId = userId(id);
        return act("enabled", userId, NewStaffForm.EMPTY, () -> staff.enable(userId));
    }

    @POST
    @Path("{id}/password")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response resetPassword(@PathParam("id") String id, @FormParam("password") String password) {
        long userId = userId(id);
        return act("reset", userId, NewStaffForm.EMPTY, () -> staff.resetPassword(userId, password));
    }

    @POST
    @Path("{id}/setup-link")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response sendSetupLink(@PathParam("id") String id) {
        long userId = userId(id);
        return act("link_sent", userId, NewStaffForm.EMPTY, () -> staff.sendSetupLink(userId));
    }

    /** Acts and answers 303 to the page, or shows the page again with the reason and the refusal's status. */
    private Response act(String done, Long userId, NewStaffForm form, Runnable action) {
        return pageAction.run(() -> {
            action.run();
            return "/admin/users?done=" + done;
        }, error -> Templates.index(view(null, error, userId, form)));
    }

    private StaffView view(String done, String error, Long errorUserId, NewStaffForm form) {
        return new StaffView(staff.staff(), audit.recent(AUDIT_ROWS), currentUser.userId(), done, error, errorUserId,
                form);
    }

    private static long userId(String id) {
        return Params.id(id, AccountError.USER_NOT_FOUND);
    }

    private static String trim(String text) {
        return text == null ? null : text.trim();
    }
}
