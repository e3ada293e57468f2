package io.billingconsole.refund.web;

import io.billingconsole.account.CurrentUser;
import io.billingconsole.account.Role;
import io.billingconsole.refund.RefundService;
import io.billingconsole.resource.ResourceError;
import io.billingconsole.shared.Params;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.time.ZoneId;

/**
 * Unsubscribing a subscription resource (退订, SPEC 13): the refund it would give, and doing it. The
 * client key comes in the {@code Idempotency-Key} header or as {@code idempotencyKey} in the body.
 */
@Path("/api/v1/resources/{id}/unsubscribe")
@RolesAllowed(Role.CUSTOMER_NAME)
@Produces(MediaType.APPLICATION_JSON)
public class RefundApi {

    public record UnsubscribeRequest(String idempotencyKey) {
    }

    @Inject
    CurrentUser user;

    @Inject
    RefundService refunds;

    @Inject
    ZoneId zone;

    @GET
    public RefundJson preview(@PathParam("id") String id) {
        return RefundJson.of(refunds.preview(user.accountId(), Params.id(id, ResourceError.RESOURCE_NOT_FOUND)), zone);
    }

    @APIResponse(responseCode = "201", description = "Unsubscribed: the refund is booked and the resource released"
            + " (or the unsubscribe with the same idempotency key is answered again)",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = RefundJson.class)))
    @POST
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    public Response unsubscribe(@PathParam("id") String id, @HeaderParam("Idempotency-Key") String headerKey,
                                UnsubscribeRequest body) {
        long resourceId = Params.id(id, ResourceError.RESOURCE_NOT_FOUND);
        String key = headerKey != null && !headerKey.isBlank() ? headerKey : body == null ? null : body.idempotencyKey();
        RefundService.Outcome outcome = refunds.unsubscribe(user.accountId(), user.userId(), resourceId, key);
        return Response.status(Response.Status.CREATED).entity(RefundJson.of(outcome, zone)).build();
    }
}
