package io.billingconsole.invoice.web;

import io.billingconsole.account.CurrentUser;
import io.billingconsole.account.Role;
import io.billingconsole.invoice.InvoiceDebtService;
import io.billingconsole.shared.CommonError;
import io.billingconsole.shared.DomainException;
import io.billingconsole.shared.Money;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.time.ZoneId;
import java.util.List;

/** The customer's open invoice debt (欠票, SPEC 14) and offsetting it with new consumption. */
@Path("/api/v1/invoice-debt")
@RolesAllowed(Role.CUSTOMER_NAME)
@Produces(MediaType.APPLICATION_JSON)
public class InvoiceDebtApi {

    public record DebtList(Money total, List<InvoiceJson.DebtJson> items) {
    }

    public record OffsetRequest(List<InvoiceRequests.ItemBody> items) {
    }

    public record OffsetDone(Money offset, Money total) {
    }

    @Inject
    CurrentUser user;

    @Inject
    InvoiceDebtService debts;

    @Inject
    ZoneId zone;

    @GET
    public DebtList list() {
        long accountId = user.accountId();
        return new DebtList(debts.openTotal(accountId),
                debts.open(accountId).stream().map(r -> InvoiceJson.DebtJson.of(r, zone)).toList());
    }

    /** Uses the items up against the debt, oldest debt first; answers what was offset and the debt left. */
    @POST
    @Path("offset")
    @Consumes(MediaType.APPLICATION_JSON)
    public OffsetDone offset(OffsetRequest body) {
        if (body == null) {
            throw new DomainException(CommonError.INVALID_INPUT, "body");
        }
        long accountId = user.accountId();
        Money used = debts.offset(accountId, InvoiceRequests.items(body.items()), user.userId());
        return new OffsetDone(used, debts.openTotal(accountId));
    }
}
