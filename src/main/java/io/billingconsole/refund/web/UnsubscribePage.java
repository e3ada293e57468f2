package io.billingconsole.refund.web;

import io.billingconsole.account.CurrentUser;
import io.billingconsole.account.Role;
import io.billingconsole.catalog.ProductCatalog;
import io.billingconsole.refund.RefundCalculator;
import io.billingconsole.refund.RefundService;
import io.billingconsole.resource.CloudResource;
import io.billingconsole.resource.ResourceError;
import io.billingconsole.resource.ResourceService;
import io.billingconsole.shared.DomainException;
import io.billingconsole.shared.Params;
import io.billingconsole.shared.RandomTokens;
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
 * 退订: the confirmation page with the refund per paid renewal (days left, amount, to cash, to credit,
 * the voucher part not refunded), and the confirm form. The form carries an idempotency key, so a
 * double click unsubscribes and refunds once; then back to the resource with the refund in the flash.
 */
@Path("/renewals/{id}/unsubscribe")
@RolesAllowed(Role.CUSTOMER_NAME)
@Produces(MediaType.TEXT_HTML)
public class UnsubscribePage {

    /** {@code refusal}: why it cannot be unsubscribed (then {@code plan} is null and there is no form). */
    public record ConfirmView(CloudResource resource, String productName, RefundCalculator.Plan plan,
                              String refusal, String idempotencyKey, String error) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance confirm(ConfirmView view);
    }

    @Inject
    CurrentUser user;

    @Inject
    RefundService refunds;

    @Inject
    ResourceService resources;

    @Inject
    ProductCatalog catalog;

    @Inject
    PageAction action;

    @Inject
    Translator translator;

    @Inject
    RequestLocale locale;

    @GET
    public TemplateInstance confirmForm(@PathParam("id") String id) {
        return view(Params.id(id, ResourceError.RESOURCE_NOT_FOUND), RandomTokens.hex(16), null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response confirm(@PathParam("id") String id, @FormParam("idempotencyKey") String key) {
        long resourceId = Params.id(id, ResourceError.RESOURCE_NOT_FOUND);
        return action.run(() -> {
            refunds.unsubscribe(user.accountId(), user.userId(), resourceId, key);
            return "/renewals/" + resourceId + "?done=unsubscribed";
        }, error -> view(resourceId, key == null || key.isBlank() || key.length() > 64 ? RandomTokens.hex(16) : key,
                error));
    }

    private TemplateInstance view(long resourceId, String key, String error) {
        CloudResource resource = resources.find(user.accountId(), resourceId);
        String productName = catalog.require(resource.productType).name(locale.get());
        RefundCalculator.Plan plan = null;
        String refusal = null;
        try {
            plan = refunds.preview(user.accountId(), resourceId).plan();
        } catch (DomainException refused) {
            refusal = translator.message(refused, locale.get());
        }
        return Templates.confirm(new ConfirmView(resource, productName, plan, refusal, key, error));
    }
}
