package io.billingconsole.invoice.web;

import io.billingconsole.account.CurrentUser;
import io.billingconsole.account.Role;
import io.billingconsole.invoice.Invoice;
import io.billingconsole.invoice.InvoiceService;
import io.billingconsole.invoice.InvoiceStatus;
import io.billingconsole.shared.CommonError;
import io.billingconsole.shared.DomainException;
import io.billingconsole.shared.PageOf;
import io.billingconsole.shared.Params;
import jakarta.annotation.security.RolesAllowed;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.ZoneId;
import java.util.List;

/**
 * Finance's invoice review (role FINANCE): the queue (by default what waits: pending review and
 * return requests), issue (number, date, PDF), reject with a reason, confirm or refuse a return.
 */
@Path("/api/v1/admin/invoices")
@RolesAllowed(Role.FINANCE_NAME)
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class FinanceInvoiceApi {

    public record InvoiceList(List<InvoiceJson> items, int page, int size, long total) {
    }

    public record Reason(String reason) {
    }

    @Inject
    CurrentUser user;

    @Inject
    InvoiceService invoices;

    @Inject
    ZoneId zone;

    /** Oldest first; {@code status} one status (none: PENDING_REVIEW and RETURN_REQUESTED). */
    @GET
    public InvoiceList list(@QueryParam("status") String status, @QueryParam("page") String page,
                            @QueryParam("size") String size) {
        InvoiceStatus filter = Params.optionalEnum(InvoiceStatus.class, status);
        if (status != null && !status.isBlank() && filter == null) {
            throw new DomainException(CommonError.INVALID_INPUT, "status");
        }
        List<InvoiceStatus> statuses = filter == null
                ? List.of(InvoiceStatus.PENDING_REVIEW, InvoiceStatus.RETURN_REQUESTED) : List.of(filter);
        PageOf<Invoice> found = invoices.queue(statuses, PageOf.page(Params.optionalInt(page)),
                PageOf.size(Params.optionalInt(size), 50));
        return new InvoiceList(found.items().stream().map(i -> InvoiceJson.of(i, null, zone)).toList(), found.page(),
                found.size(), found.total());
    }

    @GET
    @Path("{id}")
    public InvoiceJson get(@PathParam("id") String id) {
        Invoice i = invoices.get(InvoiceApi.id(id));
        return InvoiceJson.of(i, invoices.items(i.id), zone);
    }

    @APIResponse(responseCode = "200", description = "The issued invoice's PDF, as an attachment",
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @GET
    @Path("{id}/pdf")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    public Response pdf(@PathParam("id") String id) {
        long invoiceId = InvoiceApi.id(id);
        return InvoicePdfDownload.of(invoices.get(invoiceId), invoices.pdf(null, invoiceId));
    }

    @POST
    @Path("{id}/issue")
    public InvoiceJson issue(@PathParam("id") String id) {
        return InvoiceJson.of(invoices.issue(InvoiceApi.id(id), user.userId()), null, zone);
    }

    @POST
    @Path("{id}/reject")
    public InvoiceJson reject(@PathParam("id") String id, Reason body) {
        long invoiceId = InvoiceApi.id(id);
        return InvoiceJson.of(invoices.reject(invoiceId, user.userId(), body == null ? null : body.reason()), null, zone);
    }

    @POST
    @Path("{id}/return/confirm")
    public InvoiceJson confirmReturn(@PathParam("id") String id) {
        return InvoiceJson.of(invoices.confirmReturn(InvoiceApi.id(id), user.userId()), null, zone);
    }

    @POST
    @Path("{id}/return/refuse")
    public InvoiceJson refuseReturn(@PathParam("id") String id, Reason body) {
        long invoiceId = InvoiceApi.id(id);
        return InvoiceJson.of(invoices.refuseReturn(invoiceId, user.userId(), body == null ? null : body.reason()),
                null, zone);
    }
}
