package io.billingconsole.invoice.web;

import io.billingconsole.account.CurrentUser;
import io.billingconsole.account.Role;
import io.billingconsole.invoice.InvoiceDebtService;
import io.billingconsole.invoice.InvoiceError;
import io.billingconsole.shared.Params;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.time.ZoneId;
import java.util.List;

/** Finance and invoice-debt offsets: this month's offsets, and undoing one made by mistake (audited). */
@Path("/api/v1/admin/invoice-debt")
@RolesAllowed(Role.FINANCE_NAME)
@Produces(MediaType.APPLICATION_JSON)
public class FinanceInvoiceDebtApi {

    public record OffsetList(List<InvoiceJson.OffsetJson> items) {
    }

    @Inject
    CurrentUser user;

    @Inject
    InvoiceDebtService debts;

    @Inject
    ZoneId zone;

    @GET
    @Path("offsets")
    public OffsetList offsets() {
        return new OffsetList(debts.offsetsThisMonth().stream().map(r -> InvoiceJson.OffsetJson.of(r, zone)).toList());
    }

    @POST
    @Path("offsets/{id}/undo")
    public InvoiceJson.OffsetJson undo(@PathParam("id") String id) {
        return InvoiceJson.OffsetJson.of(debts.undo(Params.id(id, InvoiceError.DEBT_OFFSET_NOT_FOUND), user.userId()),
                zone);
    }
}
