package io.billingconsole.resource.web;

import io.billingconsole.account.CurrentUser;
import io.billingconsole.account.Role;
import io.billingconsole.catalog.ProductCatalog;
import io.billingconsole.resource.CloudResource;
import io.billingconsole.resource.RenewalMode;
import io.billingconsole.resource.ResourceError;
import io.billingconsole.resource.ResourceFilter;
import io.billingconsole.resource.ResourceService;
import io.billingconsole.resource.ResourceStatus;
import io.billingconsole.shared.Columns;
import io.billingconsole.shared.CommonError;
import io.billingconsole.shared.DomainException;
import io.billingconsole.shared.PageOf;
import io.billingconsole.shared.Params;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.time.ZoneId;
import java.util.List;

/** The customer's own resources, with the same filters as the renewal page. */
@Path("/api/v1/resources")
@RolesAllowed(Role.CUSTOMER_NAME)
@Produces(MediaType.APPLICATION_JSON)
public class ResourceApi {

    public record ResourceList(List<ResourceJson> items, int page, int size, long total) {
    }

    @Inject
    CurrentUser user;

    @Inject
    ResourceService resources;

    @Inject
    ProductCatalog catalog;

    @Inject
    ZoneId zone;

    @GET
    public ResourceList list(@QueryParam("productType") String productType, @QueryParam("status") String status,
                             @QueryParam("renewal") String renewal, @QueryParam("expiresWithinDays") String within,
                             @QueryParam("q") String search, @QueryParam("page") String page, @QueryParam("size") String size) {
        Params.text(productType, "productType", Columns.PRODUCT_TYPE);
        Params.text(search, "q", Columns.SEARCH);
        if (productType != null && !productType.isBlank()) {
            catalog.require(productType);
        }
        ResourceStatus statusFilter = Params.optionalEnum(ResourceStatus.class, status);
        if (status != null && !status.isBlank() && statusFilter == null) {
            throw new DomainException(CommonError.INVALID_INPUT, "status");
        }
        RenewalMode renewalFilter = Params.optionalEnum(RenewalMode.class, renewal);
        if (renewal != null && !renewal.isBlank() && renewalFilter == null) {
            throw new DomainException(CommonError.INVALID_INPUT, "renewal");
        }
        Integer days = Params.optionalInt(within);
        if (within != null && !within.isBlank() && days == null) {
            throw new DomainException(CommonError.INVALID_INPUT, "expiresWithinDays");
        }
        PageOf<CloudResource> found = resources.search(user.accountId(), new ResourceFilter(
                productType == null || productType.isBlank() ? null : productType, statusFilter, renewalFilter, days,
                search, PageOf.page(Params.optionalInt(page)), PageOf.size(Params.optionalInt(size), 50)));
        return new ResourceList(found.items().stream().map(r -> ResourceJson.of(r, zone)).toList(),
                found.page(), found.size(), found.total());
    }

    @GET
    @Path("{id}")
    public ResourceJson get(@PathParam("id") String id) {
        return ResourceJson.of(resources.find(user.accountId(), Params.id(id, ResourceError.RESOURCE_NOT_FOUND)), zone);
    }

    /** The body of {@code PUT release-at}: an ISO moment with an offset, or a local date-time in the business zone. */
    public record ReleaseAtRequest(String releaseAt) {
    }

    /** Schedules the release of a pay-as-you-go resource (SPEC 6); setting it again moves it. */
    @PUT
    @Path("{id}/release-at")
    @Consumes(MediaType.APPLICATION_JSON)
    public ResourceJson scheduleRelease(@PathParam("id") String id, ReleaseAtRequest body) {
        long resourceId = Params.id(id, ResourceError.RESOURCE_NOT_FOUND);
        return ResourceJson.of(resources.scheduleRelease(user.accountId(), resourceId,
                body == null ? null : body.releaseAt()), zone);
    }

    @DELETE
    @Path("{id}/release-at")
    public ResourceJson clearScheduledRelease(@PathParam("id") String id) {
        return ResourceJson.of(resources.clearScheduledRelease(user.accountId(),
                Params.id(id, ResourceError.RESOURCE_NOT_FOUND)), zone);
    }

    /** Releases a pay-as-you-go resource now (also one stopped for arrears). */
    @POST
    @Path("{id}/release")
    public ResourceJson release(@PathParam("id") String id) {
        return ResourceJson.of(resources.releaseNow(user.accountId(), Params.id(id, ResourceError.RESOURCE_NOT_FOUND)),
                zone);
    }
}
