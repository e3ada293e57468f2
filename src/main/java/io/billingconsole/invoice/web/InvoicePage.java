package io.billingconsole.invoice.web;

import io.billingconsole.account.AccountService;
import io.billingconsole.account.CurrentUser;
import io.billingconsole.account.Role;
import io.billingconsole.invoice.Invoice;
import io.billingconsole.invoice.InvoiceDebtService;
import io.billingconsole.invoice.InvoiceError;
import io.billingconsole.invoice.InvoiceKind;
import io.billingconsole.invoice.InvoiceService;
import io.billingconsole.invoice.InvoiceTitle;
import io.billingconsole.invoice.Invoiceable;
import io.billingconsole.invoice.Invoiceables;
import io.billingconsole.invoice.TitleType;
import io.billingconsole.shared.CommonError;
import io.billingconsole.shared.DomainException;
import io.billingconsole.shared.Money;
import io.billingconsole.shared.PageOf;
import io.billingconsole.shared.Params;
import io.billingconsole.shared.RandomTokens;
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

/**
 * 发票 (SPEC 14): the invoice records with the actions each status allows (cancel, download, return),
 * the application form (title, kind, ticked invoiceable items or an amount, e-mail), the titles page
 * and the invoice-debt page (欠票处理) with both remedies.
 */
@Path("/invoices")
@RolesAllowed(Role.CUSTOMER_NAME)
@Produces(MediaType.TEXT_HTML)
public class InvoicePage {

    private static final int PAGE_SIZE = 20;
    private static final Set<String> DONE = Set.of("applied", "offset_only", "cancelled", "return_requested",
            "title_added", "title_deleted", "offset");

    /** What the application form showed; the key is made once per rendered form. */
    public record ApplyForm(String titleId, String kind, List<String> ticked, String amount, String email,
                            String idempotencyKey) {
        public boolean isTicked(String key) {
            return ticked.contains(key);
        }
    }

    public record ListView(PageOf<Invoice> page, List<InvoiceTitle> titles, List<Invoiceable> invoiceable,
                           Money invoiceableTotal, Money debt, ApplyForm form, List<InvoiceKind> kinds, String error,
                           Long errorInvoiceId, String done) {
    }

    public record TitleForm(String type, String name, String taxId, String address, String phone, String bank,
                            String bankAccount) {
    }

    public record TitlesView(List<InvoiceTitle> titles, TitleForm form, List<TitleType> types, String error,
                             String done) {
    }

    public record DebtView(List<InvoiceDebtService.DebtRow> debts, Money total, List<Invoiceable> invoiceable,
                           String error, String done) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance invoices(ListView view);

        static native TemplateInstance titles(TitlesView view);

        static native TemplateInstance debt(DebtView view);
    }

    @Inject
    CurrentUser user;

    @Inject
    InvoiceService invoices;

    @Inject
    InvoiceDebtService debts;

    @Inject
    AccountService accounts;

    @Inject
    PageAction action;

    @GET
    public TemplateInstance list(@QueryParam("page") String page, @QueryParam("done") String done) {
        return Templates.invoices(view(PageOf.page(Params.optionalInt(page)), null, null, null, done(done)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response apply(@FormParam("titleId") String titleId, @FormParam("kind") String kind,
                          @FormParam("item") List<String> ticks, @FormParam("amount") String amount,
                          @FormParam("email") String email, @FormParam("idempotencyKey") String key) {
        ApplyForm form = new ApplyForm(orEmpty(titleId), orEmpty(kind), ticks == null ? List.of() : ticks,
                orEmpty(amount), orEmpty(email), orEmpty(key));
        long accountId = user.accountId();
        return action.run(() -> {
            List<Invoiceable.Item> items = InvoiceRequests.ticks(ticks);
            Money typed = amount == null || amount.isBlank() ? null : Money.parse(amount.trim());
            Long title = titleId == null || titleId.isBlank() ? null
                    : Params.id(titleId, InvoiceError.INVOICE_TITLE_NOT_FOUND);
            InvoiceService.Applied applied = invoices.apply(new InvoiceService.Application(accountId, user.userId(),
                    title, InvoiceRequests.enumOf(InvoiceKind.class, kind, "kind"), items.isEmpty() ? null : items,
                    typed, email, Params.text(key, "idempotencyKey", 64)));
            return "/invoices?done=" + (applied.invoice() == null ? "offset_only" : "applied");
        }, error -> Templates.invoices(view(1, form, error, null, null)));
    }

    @POST
    @Path("{id}/cancel")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response cancel(@PathParam("id") String id) {
        long invoiceId = InvoiceApi.id(id);
        long accountId = user.accountId();
        return action.run(() -> {
            invoices.cancel(accountId, invoiceId);
            return "/invoices?done=cancelled";
        }, error -> Templates.invoices(view(1, null, error, invoiceId, null)));
    }

    @POST
    @Path("{id}/return")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response requestReturn(@PathParam("id") String id, @FormParam("reason") String reason) {
        long invoiceId = InvoiceApi.id(id);
        long accountId = user.accountId();
        return action.run(() -> {
            invoices.requestReturn(accountId, invoiceId, reason);
            return "/invoices?done=return_requested";
        }, error -> Templates.invoices(view(1, null, error, invoiceId, null)));
    }

    /** The issued invoice's PDF; another account's (or one not issued) is 404. */
    @GET
    @Path("{id}/pdf")
    @Produces(MediaType.WILDCARD)
    public Response pdf(@PathParam("id") String id) {
        long invoiceId = InvoiceApi.id(id);
        long accountId = user.accountId();
        return InvoicePdfDownload.of(invoices.find(accountId, invoiceId), invoices.pdf(accountId, invoiceId));
    }

    @GET
    @Path("titles")
    public TemplateInstance titles(@QueryParam("done") String done) {
        return Templates.titles(titlesView(emptyTitle(), null, done(done)));
    }

    @POST
    @Path("titles")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addTitle(@FormParam("type") String type, @FormParam("name") String name,
                             @FormParam("taxId") String taxId, @FormParam("address") String address,
                             @FormParam("phone") String phone, @FormParam("bank") String bank,
                             @FormParam("bankAccount") String bankAccount) {
        TitleForm form = new TitleForm(orEmpty(type), orEmpty(name), orEmpty(taxId), orEmpty(address), orEmpty(phone),
                orEmpty(bank), orEmpty(bankAccount));
        long accountId = user.accountId();
        return action.run(() -> {
            invoices.createTitle(accountId, new InvoiceService.NewTitle(
                    InvoiceRequests.enumOf(TitleType.class, type, "type"), name, taxId, address, phone, bank,
                    bankAccount));
            return "/invoices/titles?done=title_added";
        }, error -> Templates.titles(titlesView(form, error, null)));
    }

    @POST
    @Path("titles/{id}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response deleteTitle(@PathParam("id") String id) {
        long titleId = Params.id(id, InvoiceError.INVOICE_TITLE_NOT_FOUND);
        long accountId = user.accountId();
        return action.run(() -> {
            invoices.deleteTitle(accountId, titleId);
            return "/invoices/titles?done=title_deleted";
        }, error -> Templates.titles(titlesView(emptyTitle(), error, null)));
    }

    @GET
    @Path("debt")
    public TemplateInstance debt(@QueryParam("done") String done) {
        return Templates.debt(debtView(null, done(done)));
    }

    @POST
    @Path("debt/offset")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response offset(@FormParam("item") List<String> ticks) {
        long accountId = user.accountId();
        return action.run(() -> {
            List<Invoiceable.Item> items = InvoiceRequests.ticks(ticks);
            if (items.isEmpty()) {
                throw new DomainException(CommonError.INVALID_INPUT, "item");
            }
            debts.offset(accountId, items, user.userId());
            return "/invoices/debt?done=offset";
        }, error -> Templates.debt(debtView(error, null)));
    }

    private ListView view(int page, ApplyForm form, String error, Long errorInvoiceId, String done) {
        long accountId = user.accountId();
        List<Invoiceable> invoiceable = invoices.invoiceable(accountId);
        ApplyForm shown = form != null ? form
                : new ApplyForm("", InvoiceKind.GENERAL_E.name(), List.of(), "",
                orEmpty(accounts.require(accountId).email), RandomTokens.hex(16));
        return new ListView(invoices.list(accountId, page, PAGE_SIZE), invoices.titles(accountId), invoiceable,
                Invoiceables.total(invoiceable), debts.openTotal(accountId), shown, Arrays.asList(InvoiceKind.values()),
                error, errorInvoiceId, done);
    }

    private TitlesView titlesView(TitleForm form, String error, String done) {
        return new TitlesView(invoices.titles(user.accountId()), form, Arrays.asList(TitleType.values()), error, done);
    }

    private DebtView debtView(String error, String done) {
        long accountId = user.accountId();
        return new DebtView(debts.open(accountId), debts.openTotal(accountId), invoices.invoiceable(accountId), error,
                done);
    }

    private static TitleForm emptyTitle() {
        return new TitleForm(TitleType.ENTERPRISE.name(), "", "", "", "", "", "");
    }

    private static String done(String done) {
        return done != null && DONE.contains(done) ? done : null;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
