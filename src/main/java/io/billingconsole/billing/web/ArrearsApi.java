package io.billingconsole.billing.web;

import io.billingconsole.account.CurrentUser;
import io.billingconsole.account.Role;
import io.billingconsole.billing.ArrearsService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * Pay arrears by hand (SPEC 12): all unpaid bills, oldest first, from the cash balance (transferred-in funds
 * first) as far as it covers them; the answer says what was paid and what is still owed. Nothing owed, or no
 * cash to pay anything with: 409 with the reason.
 */
@Path("/api/v1/arrears")
@RolesAllowed(Role.CUSTOMER_NAME)
@Produces(MediaType.APPLICATION_JSON)
public class ArrearsApi {

    @Inject
    CurrentUser user;

    @Inject
    ArrearsService arrears;

    @POST
    @Path("pay")
    public BillingJson.Repayment pay() {
        return BillingJson.Repayment.of(arrears.payAll(user.accountId()));
    }
}
