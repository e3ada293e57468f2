package io.billingconsole.resource.web;

import io.billingconsole.account.CurrentUser;
import io.billingconsole.account.Role;
import io.billingconsole.resource.CloudResource;
import io.billingconsole.resource.ResourceError;
import io.billingconsole.resource.ResourceService;
import io.billingconsole.shared.Params;
import io.billingconsole.shared.Translator;
import io.billingconsole.web.PageAction;
import io.billingconsole.web.RequestLocale;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Releasing a pay-as-you-go resource (SPEC 6): "release now" asks on its own page first; the scheduled
 * release time is set or cleared from the resource's detail page. A refused form comes back here with
 * the reason and what was typed.
 */
@Path("/renewals/{id}/release")
@RolesAllowed(Role.CUSTOMER_NAME)
@Produces(MediaType.TEXT_HTML)
public class ReleasePage {

    /** {@code refusal}: why it cannot be released (then no form); {@code releaseAt}: the time typed in the schedule form. */
    public record ReleaseView(CloudResource resource, String refusal, String releaseAt, String error) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance confirm(ReleaseView view);
    }

    @Inject
    CurrentUser user;

    @Inject
    ResourceService resources;

    @Inject
    PageAction action;

    @Inject
    Translator translator;

    @Inject
    RequestLocale locale;

    @GET
    public TemplateInstance confirmForm(@PathParam("id") String id) {
        return view(Params.id(id, ResourceError.RESOURCE_NOT_FOUND), null, null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response release(@PathParam("id") String id) {
        long resourceId = Params.id(id, ResourceError.RESOURCE_NOT_FOUND);
        return action.run(() -> {
            resources.releaseNow(user.accountId(), resourceId);
            return "/renewals/" + resourceId + "?done=released";
        }, error -> view(resourceId, null, error));
    }

    @POST
    @Path("schedule")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response schedule(@PathParam("id") String id, @FormParam("releaseAt") String releaseAt) {
        long resourceId = Params.id(id, ResourceError.RESOURCE_NOT_FOUND);
        return action.run(() -> {
            resources.scheduleRelease(user.accountId(), resourceId, releaseAt);
            return "/renewals/" + resourceId + "?done=release_scheduled";
        }, error -> view(resourceId, releaseAt == null || releaseAt.length() > 64 ? null : releaseAt, error));
    }

    @POST
    @Path("schedule/clear")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response clear(@PathParam("id") String id) {
        long resourceId = Params.id(id, ResourceError.RESOURCE_NOT_FOUND);
        return action.run(() -> {
            resources.clearScheduledRelease(user.accountId(), resourceId);
            return "/renewals/" + resourceId + "?done=release_cleared";
        }, error -> view(resourceId, null, error));
    }

    private TemplateInstance view(long resourceId, String releaseAt, String error) {
        CloudResource resource = resources.find(user.accountId(), resourceId);
        String refusal = resource.releaseRefusal().map(r -> translator.message(r, locale.get())).orElse(null);
        return Templates.confirm(new ReleaseView(resource, refusal, releaseAt, error));
    }
}
