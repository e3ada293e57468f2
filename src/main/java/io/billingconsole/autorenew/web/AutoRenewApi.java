package io.billingconsole.autorenew.web;

import io.billingconsole.account.CurrentUser;
import io.billingconsole.account.Role;
import io.billingconsole.autorenew.AutoRenewService;
import io.billingconsole.autorenew.ChargeCalendar;
import io.billingconsole.resource.CloudResource;
import io.billingconsole.resource.ResourceError;
import io.billingconsole.resource.web.ResourceJson;
import io.billingconsole.shared.CommonError;
import io.billingconsole.shared.DomainException;
import io.billingconsole.shared.Params;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.time.ZoneId;

/** Auto-renew settings and the charge calendar of the customer's resources; refusals answer 409 with the rule's code. */
@Path("/api/v1/resources/{id}")
@RolesAllowed(Role.CUSTOMER_NAME)
@Produces(MediaType.APPLICATION_JSON)
public class AutoRenewApi {

    /** {@code {"enabled": true, "months": N}} enables or modifies, {@code {"enabled": false}} cancels. */
    public record Setting(Boolean enabled, Integer months) {
    }

    @Inject
    CurrentUser user;

    @Inject
    AutoRenewService autoRenew;

    @Inject
    ZoneId zone;

    @PUT
    @Path("auto-renew")
    @Consumes(MediaType.APPLICATION_JSON)
    public ResourceJson set(@PathParam("id") String id, Setting body) {
        long resourceId = Params.id(id, ResourceError.RESOURCE_NOT_FOUND);
        if (body == null || body.enabled() == null) {
            throw new DomainException(CommonError.INVALID_INPUT, "enabled");
        }
        CloudResource resource = body.enabled()
                ? autoRenew.set(user.accountId(), resourceId, requireMonths(body.months()))
                : autoRenew.cancel(user.accountId(), resourceId);
        return ResourceJson.of(resource, zone);
    }

    @GET
    @Path("charge-calendar")
    public ChargeCalendar calendar(@PathParam("id") String id) {
        return autoRenew.calendar(user.accountId(), Params.id(id, ResourceError.RESOURCE_NOT_FOUND));
    }

    static int requireMonths(Integer months) {
        if (months == null) {
            throw new DomainException(CommonError.INVALID_INPUT, "months");
        }
        return months;
    }
}
