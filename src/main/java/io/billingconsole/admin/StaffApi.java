package io.billingconsole.admin;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.billingconsole.account.AccountError;
import io.billingconsole.account.AccountService;
import io.billingconsole.account.AppUser;
import io.billingconsole.account.CurrentUser;
import io.billingconsole.account.Role;
import io.billingconsole.account.StaffService;
import io.billingconsole.shared.CommonError;
import io.billingconsole.shared.DomainException;
import io.billingconsole.shared.JsonText;
import io.billingconsole.shared.Params;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * Staff users for operators: create finance and operator users (with a password, or a setup link
 * mailed to their address), list them, disable and enable them, reset a password or send a new
 * setup link. Every change is in the audit log ({@code GET /api/v1/admin/audit}).
 */
@Path("/api/v1/admin/users")
@RolesAllowed(Role.OPERATOR_NAME)
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class StaffApi {

    /**
     * {@code password} may be left out when {@code email} is given: the user gets a setup link.
     * Every field must be a JSON string ({@link JsonText}): a number is no username or password.
     */
    public record NewStaff(@JsonDeserialize(using = JsonText.class) String username,
                           @JsonDeserialize(using = JsonText.class) String password,
                           @JsonDeserialize(using = JsonText.class) String role,
                           @JsonDeserialize(using = JsonText.class) String email,
                           @JsonDeserialize(using = JsonText.class) String language) {
    }

    public record NewPassword(@JsonDeserialize(using = JsonText.class) String password) {
    }

    public record UserJson(long id, String username, String role, String email, boolean enabled,
                           OffsetDateTime createdAt) {
        static UserJson of(AppUser user, ZoneId zone) {
            return new UserJson(user.id, user.username, user.role.name(), user.email, user.enabled,
                    user.createdAt.atZone(zone).toOffsetDateTime());
        }
    }

    @Inject
    AccountService accounts;

    @Inject
    StaffService staff;

    @Inject
    CurrentUser currentUser;

    @Inject
    ZoneId zone;

    @GET
    public List<UserJson> list() {
        return staff.staff().stream().map(user -> UserJson.of(user, zone)).toList();
    }

    @GET
    @Path("{id}")
    public UserJson get(@PathParam("id") String id) {
        return UserJson.of(staff.require(userId(id)), zone);
    }

    @APIResponse(responseCode = "201", description = "The staff user is created",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = UserJson.class)))
    @POST
    public Response create(NewStaff body) {
        if (body == null) {
            throw new DomainException(CommonError.INVALID_INPUT, "body");
        }
        AppUser user = accounts.createStaff(new AccountService.NewStaff(body.username(), body.password(),
                staffRole(body.role()), body.email(), body.language()));
        return Response.created(URI.create("/api/v1/admin/users/" + user.id)).entity(UserJson.of(user, zone)).build();
    }

    @POST
    @Path("{id}/disable")
    public UserJson disable(@PathParam("id") String id) {
        return UserJson.of(staff.disable(currentUser.userId(), userId(id)), zone);
    }

    @POST
    @Path("{id}/enable")
    public UserJson enable(@PathParam("id") String id) {
        return UserJson.of(staff.enable(userId(id)), zone);
    }

    /** Sets a new password; the user's sessions end. */
    @PUT
    @Path("{id}/password")
    public UserJson resetPassword(@PathParam("id") String id, NewPassword body) {
        if (body == null || body.password() == null) {
            throw new DomainException(CommonError.INVALID_INPUT, "password");
        }
        return UserJson.of(staff.resetPassword(userId(id), body.password()), zone);
    }

    /** Mails a new one-time setup link (202: queued in the outbox). */
    @APIResponse(responseCode = "202", description = "The setup mail is queued")
    @POST
    @Path("{id}/setup-link")
    public Response sendSetupLink(@PathParam("id") String id) {
        staff.sendSetupLink(userId(id));
        return Response.accepted().build();
    }

    static Role staffRole(String role) {
        if (Role.FINANCE_NAME.equals(role)) {
            return Role.FINANCE;
        }
        if (Role.OPERATOR_NAME.equals(role)) {
            return Role.OPERATOR;
        }
        throw new DomainException(CommonError.INVALID_INPUT, "role");
    }

    private static long userId(String id) {
        return Params.id(id, AccountError.USER_NOT_FOUND);
    }
}
