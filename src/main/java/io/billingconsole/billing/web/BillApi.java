package io.billingconsole.billing.web;

import io.billingconsole.account.AccountService;
import io.billingconsole.account.CurrentUser;
import io.billingconsole.account.Role;
import io.billingconsole.billing.ArrearsService;
import io.billingconsole.billing.Bill;
import io.billingconsole.billing.BillService;
import io.billingconsole.billing.BillingError;
import io.billingconsole.shared.PageOf;
import io.billingconsole.shared.Params;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.time.ZoneId;

/** 账单 (SPEC 12): the account's monthly bills, paid and unpaid, and one bill with its lines. */
@Path("/api/v1/bills")
@RolesAllowed(Role.CUSTOMER_NAME)
@Produces(MediaType.APPLICATION_JSON)
public class BillApi {

    @Inject
    CurrentUser user;

    @Inject
    BillService bills;

    @Inject
    ArrearsService arrears;

    @Inject
    AccountService accounts;

    @Inject
    ZoneId zone;

    @GET
    public BillingJson.BillList list(@QueryParam("page") String page, @QueryParam("size") String size) {
        long accountId = user.accountId();
        PageOf<Bill> found = bills.list(accountId, PageOf.page(Params.optionalInt(page)),
                PageOf.size(Params.optionalInt(size), 50));
        return new BillingJson.BillList(found.items().stream().map(b -> BillingJson.BillSummary.of(b, zone)).toList(),
                arrears.total(accountId), accounts.require(accountId).autoRepay, found.page(), found.size(),
                found.total());
    }

    @GET
    @Path("{id}")
    public BillingJson.BillDetail get(@PathParam("id") String id) {
        long accountId = user.accountId();
        long billId = Params.id(id, BillingError.BILL_NOT_FOUND);
        Bill b = bills.find(accountId, billId);
        BillingJson.BillSummary s = BillingJson.BillSummary.of(b, zone);
        return new BillingJson.BillDetail(s.id(), s.month(), s.amount(), s.paid(), s.unpaid(), s.paidInFull(),
                s.issuedAt(), s.paidAt(), bills.lines(accountId, billId).stream().map(BillingJson.Line::of).toList());
    }
}
