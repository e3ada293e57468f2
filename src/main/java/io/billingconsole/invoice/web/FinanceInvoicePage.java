package io.billingconsole.invoice.web;

import io.billingconsole.account.CurrentUser;
import io.billingconsole.account.Role;
import io.billingconsole.invoice.Invoice;
import io.billingconsole.invoice.InvoiceDebtService;
import io.billingconsole.invoice.InvoiceError;
import io.billingconsole.invoice.InvoiceService;
import io.billingconsole.invoice.InvoiceStatus;
import io.billingconsole.shared.PageOf;
import io.billingconsole.shared.Params;
import io.billingconsole.web.PageAction;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.LongConsumer;

/**
 * 发票审核 in the finance back office (role FINANCE): the invoices waiting (pending review, return
 * requests) or any status, issue, reject with a reason, confirm or refuse a return, the PDF, and
 * this month's invoice-debt offsets with their undo.
 */
@Path("/finance/invoices")
@RolesAllowed(Role.FINANCE_NAME)
@Produces(MediaType.TEXT_HTML)
public class FinanceInvoicePage {

    private static final int PAGE_SIZE = 20;
    private static final Set<String> DONE = Set.of("issued", "rejected", "returned", "return_refused", "undone");

    public record FinanceView(PageOf<Invoice> page, String status, List<InvoiceStatus> statuses, String base,
                              List<InvoiceDebtService.OffsetRow> offsets, String error, Long errorId, String done) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance invoices(FinanceView view);
    }

    @Inject
    CurrentUser user;

    @Inject
    InvoiceService invoices;

    @Inject
    InvoiceDebtService debts;

    @Inject
    PageAction action;

    @GET
    public TemplateInstance list(@QueryParam("status") String status, @QueryParam("page") String page,
                                 @QueryParam("done") String done) {
        return Templates.invoices(view(status, PageOf.page(Params.optionalInt(page)), null, null,
                done != null && DONE.contains(done) ? done : null));
    }

    @GET
    @Path("{id}/pdf")
    @Produces(MediaType.WILDCARD)
    public Response pdf(@PathParam("id") String id) {
        long invoiceId = InvoiceApi.id(id);
        return InvoicePdfDownload.of(invoices.get(invoiceId), invoices.pdf(null, invoiceId));
    }

    @POST
    @Path("{id}/issue")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response issue(@PathParam("id") String id) {
        return act(id, "issued", invoiceId -> invoices.issue(invoiceId, user.userId()));
    }

    @POST
    @Path("{id}/reject")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reject(@PathParam("id") String id, @FormParam("reason") String reason) {
        return act(id, "rejected", invoiceId -> invoices.reject(invoiceId, user.userId(), reason));
    }

    @POST
    @Path("{id}/return/confirm")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response confirmReturn(@PathParam("id") String id) {
        return act(id, "returned", invoiceId -> invoices.confirmReturn(invoiceId, user.userId()));
    }

    @POST
    @Path("{id}/return/refuse")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response refuseReturn(@PathParam("id") String id, @FormParam("reason") String reason) {
        return act(id, "return_refused", invoiceId -> invoices.refuseReturn(invoiceId, user.userId(), reason));
    }

    @POST
    @Path("offsets/{id}/undo")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response undo(@PathParam("id") String id) {
        long offsetId = Params.id(id, InvoiceError.DEBT_OFFSET_NOT_FOUND);
        return action.run(() -> {
            debts.undo(offsetId, user.userId());
            return "/finance/invoices?done=undone";
        }, error -> Templates.invoices(view(null, 1, error, null, null)));
    }

    private Response act(String id, String done, LongConsumer change) {
        long invoiceId = InvoiceApi.id(id);
        return action.run(() -> {
            change.accept(invoiceId);
            return "/finance/invoices?done=" + done;
        }, error -> Templates.invoices(view(null, 1, error, invoiceId, null)));
    }

    private FinanceView view(String status, int page, String error, Long errorId, String done) {
        InvoiceStatus selected = Params.optionalEnum(InvoiceStatus.class, status);
        List<InvoiceStatus> statuses = selected == null
                ? List.of(InvoiceStatus.PENDING_REVIEW, InvoiceStatus.RETURN_REQUESTED) : List.of(selected);
        return new FinanceView(invoices.queue(statuses, page, PAGE_SIZE), selected == null ? "" : selected.name(),
                Arrays.asList(InvoiceStatus.values()), Params.query("status", selected == null ? null : selected.name()),
                debts.offsetsThisMonth(), error, errorId, done);
    }
}
