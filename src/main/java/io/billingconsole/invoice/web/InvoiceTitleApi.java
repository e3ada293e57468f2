package io.billingconsole.invoice.web;

import io.billingconsole.account.CurrentUser;
import io.billingconsole.account.Role;
import io.billingconsole.invoice.InvoiceError;
import io.billingconsole.invoice.InvoiceService;
import io.billingconsole.invoice.InvoiceTitle;
import io.billingconsole.invoice.TitleType;
import io.billingconsole.shared.Params;
import jakarta.annotation.security.RolesAllowed;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.ZoneId;
import java.util.List;

/** The customer's invoice titles (抬头, SPEC 14): add, list, delete (the invoices keep their copy). */
@Path("/api/v1/invoice-titles")
@RolesAllowed(Role.CUSTOMER_NAME)
@Produces(MediaType.APPLICATION_JSON)
public class InvoiceTitleApi {

    public record NewTitle(String type, String name, String taxId, String address, String phone, String bank,
                           String bankAccount) {
    }

    public record TitleList(List<InvoiceJson.TitleJson> items) {
    }

    @Inject
    CurrentUser user;

    @Inject
    InvoiceService invoices;

    @Inject
    ZoneId zone;

    @APIResponse(responseCode = "201", description = "The title",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = InvoiceJson.TitleJson.class)))
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(NewTitle body) {
        InvoiceService.NewTitle t = body == null ? null : new InvoiceService.NewTitle(
                InvoiceRequests.enumOf(TitleType.class, body.type(), "type"), body.name(), body.taxId(),
                body.address(), body.phone(), body.bank(), body.bankAccount());
        InvoiceTitle title = invoices.createTitle(user.accountId(), t);
        return Response.status(Response.Status.CREATED).entity(InvoiceJson.TitleJson.of(title, zone)).build();
    }

    @GET
    public TitleList list() {
        return new TitleList(invoices.titles(user.accountId()).stream().map(t -> InvoiceJson.TitleJson.of(t, zone))
                .toList());
    }

    @GET
    @Path("{id}")
    public InvoiceJson.TitleJson get(@PathParam("id") String id) {
        return InvoiceJson.TitleJson.of(invoices.title(user.accountId(),
                Params.id(id, InvoiceError.INVOICE_TITLE_NOT_FOUND)), zone);
    }

    @APIResponse(responseCode = "204", description = "The title is deleted (invoices keep their copy)")
    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id) {
        invoices.deleteTitle(user.accountId(), Params.id(id, InvoiceError.INVOICE_TITLE_NOT_FOUND));
        return Response.noContent().build();
    }
}
