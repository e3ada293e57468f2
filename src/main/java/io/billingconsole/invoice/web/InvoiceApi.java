package io.billingconsole.invoice.web;

import io.billingconsole.account.CurrentUser;
import io.billingconsole.account.Role;
import io.billingconsole.invoice.Invoice;
import io.billingconsole.invoice.InvoiceDebtService;
import io.billingconsole.invoice.InvoiceError;
import io.billingconsole.invoice.InvoiceKind;
import io.billingconsole.invoice.InvoiceService;
import io.billingconsole.invoice.Invoiceable;
import io.billingconsole.invoice.Invoiceables;
import io.billingconsole.shared.CommonError;
import io.billingconsole.shared.DomainException;
import io.billingconsole.shared.Money;
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
 * The customer's invoices (SPEC 14): what is invoiceable, applications (items or an amount; open
 * invoice debt is offset first, see {@link InvoiceService}), the list, cancel while pending, return,
 * the PDF of an issued invoice.
 */
@Path("/api/v1/invoices")
@RolesAllowed(Role.CUSTOMER_NAME)
@Produces(MediaType.APPLICATION_JSON)
public class InvoiceApi {

    public record InvoiceableList(Money total, Money debt, List<InvoiceJson.InvoiceableJson> items) {
    }

    public record NewInvoice(Long titleId, String kind, List<InvoiceRequests.ItemBody> items, Money amount, String email,
                             String idempotencyKey) {
    }

    /** {@code invoice} null when the items all went to the open invoice debt ({@code offset}). */
    public record Applied(Long id, String status, Money amount, Money offset, InvoiceJson invoice) {
    }

    public record InvoiceList(List<InvoiceJson> items, int page, int size, long total) {
    }

    public record Reason(String reason) {
    }

    @Inject
    CurrentUser user;

    @Inject
    InvoiceService invoices;

    @Inject
    InvoiceDebtService debts;

    @Inject
    ZoneId zone;

    @GET
    @Path("invoiceable")
    public InvoiceableList invoiceable() {
        long accountId = user.accountId();
        List<Invoiceable> rows = invoices.invoiceable(accountId);
        return new InvoiceableList(Invoiceables.total(rows), debts.openTotal(accountId),
                rows.stream().map(i -> InvoiceJson.InvoiceableJson.of(i, zone)).toList());
    }

    /** 201 with the new invoice; 200 with {@code id} null when everything offset the invoice debt. */
    @APIResponse(responseCode = "201", description = "The invoice application (or the one with the same idempotencyKey)",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = Applied.class)))
    @APIResponse(responseCode = "200", description = "No invoice: the items all went to the open invoice debt",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = Applied.class)))
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response apply(NewInvoice body) {
        if (body == null) {
            throw new DomainException(CommonError.INVALID_INPUT, "body");
        }
        InvoiceKind kind = InvoiceRequests.enumOf(InvoiceKind.class, body.kind(), "kind");
        InvoiceService.Applied applied = invoices.apply(new InvoiceService.Application(user.accountId(), user.userId(),
                body.titleId(), kind, InvoiceRequests.items(body.items()), body.amount(), body.email(),
                body.idempotencyKey()));
        Invoice i = applied.invoice();
        if (i == null) {
            return Response.ok(new Applied(null, null, Money.ZERO, applied.offset(), null)).build();
        }
        return Response.status(Response.Status.CREATED).entity(new Applied(i.id, i.status.name(), i.amount,
                applied.offset(), InvoiceJson.of(i, invoices.items(i.id), zone))).build();
    }

    @GET
    public InvoiceList list(@QueryParam("page") String page, @QueryParam("size") String size) {
        PageOf<Invoice> found = invoices.list(user.accountId(), PageOf.page(Params.optionalInt(page)),
                PageOf.size(Params.optionalInt(size), 50));
        return new InvoiceList(found.items().stream().map(i -> InvoiceJson.of(i, null, zone)).toList(), found.page(),
                found.size(), found.total());
    }

    @GET
    @Path("{id}")
    public InvoiceJson get(@PathParam("id") String id) {
        Invoice i = invoices.find(user.accountId(), id(id));
        return InvoiceJson.of(i, invoices.items(i.id), zone);
    }

    @POST
    @Path("{id}/cancel")
    public InvoiceJson cancel(@PathParam("id") String id) {
        return InvoiceJson.of(invoices.cancel(user.accountId(), id(id)), null, zone);
    }

    @POST
    @Path("{id}/return")
    @Consumes(MediaType.APPLICATION_JSON)
    public InvoiceJson requestReturn(@PathParam("id") String id, Reason body) {
        long invoiceId = id(id);
        return InvoiceJson.of(invoices.requestReturn(user.accountId(), invoiceId, body == null ? null : body.reason()),
                null, zone);
    }

    @APIResponse(responseCode = "200", description = "The issued invoice's PDF, as an attachment",
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @GET
    @Path("{id}/pdf")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    public Response pdf(@PathParam("id") String id) {
        long invoiceId = id(id);
        return InvoicePdfDownload.of(invoices.find(user.accountId(), invoiceId),
                invoices.pdf(user.accountId(), invoiceId));
    }

    static long id(String id) {
        return Params.id(id, InvoiceError.INVOICE_NOT_FOUND);
    }
}
