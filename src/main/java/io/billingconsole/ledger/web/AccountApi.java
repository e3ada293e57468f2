package io.billingconsole.ledger.web;

import io.billingconsole.account.CurrentUser;
import io.billingconsole.account.Role;
import io.billingconsole.funds.BalanceParts;
import io.billingconsole.funds.FundsService;
import io.billingconsole.ledger.BalanceSummary;
import io.billingconsole.ledger.LedgerService;
import io.billingconsole.shared.Money;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The customer's balance parts and the withdrawable amount (SPEC 7). */
@Path("/api/v1/account")
@RolesAllowed(Role.CUSTOMER_NAME)
@Produces(MediaType.APPLICATION_JSON)
public class AccountApi {

    public record AccountJson(long id, Money cashBalance, Money creditLine, Money creditAvailable, Money vouchers,
                              Money spendable, Money transferredIn, Money paygReserve, Money invoiceDebt,
                              Money arrears, Money unsettled, Money notWithdrawable, Money withdrawable) {
    }

    @Inject
    CurrentUser user;

    @Inject
    LedgerService ledger;

    @Inject
    FundsService funds;

    @GET
    public AccountJson get() {
        BalanceSummary b = ledger.summary(user.accountId());
        BalanceParts p = funds.parts(user.accountId());
        return new AccountJson(b.accountId(), b.cashBalance(), b.creditLine(), b.creditAvailable(), b.vouchers(),
                b.spendable(), p.transferredIn(), p.paygReserve(), p.invoiceDebt(), p.arrears(), p.unsettled(),
                p.notWithdrawable(), p.withdrawable());
    }
}
