package io.billingconsole.billing.web;

import io.billingconsole.account.AccountService;
import io.billingconsole.account.CurrentUser;
import io.billingconsole.account.Role;
import io.billingconsole.billing.ArrearsService;
import io.billingconsole.billing.Bill;
import io.billingconsole.billing.BillService;
import io.billingconsole.billing.BillingError;
import io.billingconsole.shared.CommonError;
import io.billingconsole.shared.DomainException;
import io.billingconsole.shared.Money;
import io.billingconsole.shared.PageOf;
import io.billingconsole.shared.Params;
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

import java.net.URI;
import java.util.List;
import java.util.Set;

/**
 * 账单 (SPEC 12): the monthly bills with what is paid and unpaid, one bill's lines, the auto-repay switch, and
 * the pay-arrears form (also on the overview), which answers 303 back to the page it came from with the outcome.
 */
@Path("/bills")
@RolesAllowed(Role.CUSTOMER_NAME)
@Produces(MediaType.TEXT_HTML)
public class BillPage {

    private static final int PAGE_SIZE = 20;
    /** Outcomes of the forms, shown once after the redirect. */
    static final Set<String> DONE = Set.of("auto-repay-on", "auto-repay-off");
    public static final Set<String> ARREARS_OUTCOMES = Set.of("paid", "partial", "none", "nocash");

    public record BillsView(PageOf<Bill> bills, Money arrears, boolean autoRepay, String done, String arrearsOutcome) {
    }

    public record DetailView(Bill bill, List<BillService.LineView> lines) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance bills(BillsView view);

        static native TemplateInstance detail(DetailView view);
    }

    @Inject
    CurrentUser user;

    @Inject
    BillService bills;

    @Inject
    ArrearsService arrears;

    @Inject
    AccountService accounts;

    @GET
    public TemplateInstance bills(@QueryParam("page") String page, @QueryParam("done") String done,
                                  @QueryParam("arrears") String arrearsOutcome) {
        long accountId = user.accountId();
        return Templates.bills(new BillsView(bills.list(accountId, PageOf.page(Params.optionalInt(page)), PAGE_SIZE),
                arrears.total(accountId), accounts.require(accountId).autoRepay,
                done != null && DONE.contains(done) ? done : null,
                arrearsOutcome != null && ARREARS_OUTCOMES.contains(arrearsOutcome) ? arrearsOutcome : null));
    }

    @GET
    @Path("{id}")
    public TemplateInstance detail(@PathParam("id") String id) {
        long accountId = user.accountId();
        long billId = Params.id(id, BillingError.BILL_NOT_FOUND);
        return Templates.detail(new DetailView(bills.find(accountId, billId), bills.lines(accountId, billId)));
    }

    @POST
    @Path("auto-repay")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response autoRepay(@FormParam("autoRepay") String on) {
        if (!"on".equals(on) && !"off".equals(on)) {
            throw new DomainException(CommonError.INVALID_INPUT, "autoRepay");
        }
        boolean enable = "on".equals(on);
        arrears.setAutoRepay(user.accountId(), enable);
        return Response.seeOther(URI.create("/bills?done=auto-repay-" + (enable ? "on" : "off"))).build();
    }

    /**
     * Pays all arrears the cash covers, oldest bill first, and goes back (to the overview, or to the bills page
     * when {@code back=bills}) with the outcome: all paid, partly paid, nothing owed, no cash to pay with.
     */
    @POST
    @Path("pay-arrears")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response payArrears(@FormParam("back") String back) {
        String target = "bills".equals(back) ? "/bills?arrears=" : "/?arrears=";
        String outcome;
        try {
            outcome = arrears.payAll(user.accountId()).left().isPositive() ? "partial" : "paid";
        } catch (DomainException refusal) {
            if (refusal.code() == BillingError.NO_ARREARS) {
                outcome = "none";
            } else if (refusal.code() == BillingError.NO_CASH_FOR_ARREARS) {
                outcome = "nocash";
            } else {
                throw refusal;
            }
        }
        return Response.seeOther(URI.create(target + outcome)).build();
    }
}
