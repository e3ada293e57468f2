package io.billingconsole.renewal.web;

import io.billingconsole.account.CurrentUser;
import io.billingconsole.account.Role;
import io.billingconsole.order.web.OrderJson;
import io.billingconsole.renewal.RenewalError;
import io.billingconsole.renewal.RenewalItem;
import io.billingconsole.renewal.RenewalService;
import io.billingconsole.shared.CommonError;
import io.billingconsole.shared.DomainException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.net.URI;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** Creates a renewal order: one duration for all resources, or one per resource. */
@Path("/api/v1/renewals")
@RolesAllowed(Role.CUSTOMER_NAME)
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class RenewalApi {

    /** Either {@code resourceIds} + {@code months}, or {@code items} with a duration each. */
    public record RenewalRequest(List<Long> resourceIds, Integer months, List<Item> items) {
    }

    public record Item(Long resourceId, Integer months) {
    }

    @Inject
    CurrentUser user;

    @Inject
    RenewalService renewals;

    @Inject
    ZoneId zone;

    @APIResponse(responseCode = "201", description = "The renewal order is created (unpaid)",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = OrderJson.class)))
    @POST
    public Response create(RenewalRequest request) {
        List<RenewalItem> items = items(request);
        OrderJson order = OrderJson.of(renewals.createOrder(user.accountId(), items), zone);
        return Response.created(URI.create("/api/v1/orders/" + order.id())).entity(order).build();
    }

    /** The selection of a request: {@code resourceIds} + {@code months}, or {@code items}; quotes read it the same way. */
    public static List<RenewalItem> items(RenewalRequest request) {
        List<RenewalItem> items = new ArrayList<>();
        if (request == null) {
            throw new DomainException(RenewalError.EMPTY_SELECTION);
        }
        if (request.items() != null && !request.items().isEmpty()) {
            if (request.resourceIds() != null && !request.resourceIds().isEmpty()) {
                throw new DomainException(CommonError.INVALID_INPUT, "resourceIds + items");
            }
            for (Item item : request.items()) {
                if (item == null) {
                    throw new DomainException(CommonError.INVALID_INPUT, "items");
                }
                items.add(new RenewalItem(requireId(item.resourceId()), requireMonths(item.months())));
            }
        } else if (request.resourceIds() != null) {
            int months = requireMonths(request.months());
            request.resourceIds().forEach(id -> items.add(new RenewalItem(requireId(id), months)));
        }
        return items;
    }

    private static long requireId(Long id) {
        if (id == null) {
            throw new DomainException(CommonError.INVALID_INPUT, "resourceId");
        }
        return id;
    }

    /** A missing duration is bad input; a present one is checked against its product's durations by the service. */
    private static int requireMonths(Integer months) {
        if (months == null) {
            throw new DomainException(CommonError.INVALID_INPUT, "months");
        }
        return months;
    }
}
