package io.billingconsole.ledger.web;

import io.billingconsole.account.CurrentUser;
import io.billingconsole.account.Role;
import io.billingconsole.ledger.BalanceSummary;
import io.billingconsole.ledger.LedgerService;
import io.billingconsole.shared.Money;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The customer's balance parts. */
@Path("/api/v1/account")
@RolesAllowed(Role.CUSTOMER_NAME)
@Produces(MediaType.APPLICATION_JSON)
public class AccountApi {

    public record AccountJson(long id, Money cashBalance, Money creditLine, Money creditAvailable, Money vouchers,
                              Money spendable) {
    }

    @Inject
    CurrentUser user;

    @Inject
    LedgerService ledger;

    @GET
    public AccountJson get() {
        BalanceSummary b = ledger.summary(user.accountId());
        return new AccountJson(b.accountId(), b.cashBalance(), b.creditLine(), b.creditAvailable(), b.vouchers(),
                b.spendable());
    }
}
