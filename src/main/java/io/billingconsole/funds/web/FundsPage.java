package io.billingconsole.funds.web;

import io.billingconsole.account.Account;
import io.billingconsole.account.AccountService;
import io.billingconsole.account.CurrentUser;
import io.billingconsole.account.Role;
import io.billingconsole.funds.BalanceParts;
import io.billingconsole.funds.FundsOutlook;
import io.billingconsole.shared.Money;
import io.billingconsole.transfer.TransferService;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.ArrayList;
import java.util.List;

/** 资金账户: the balance parts, the withdrawable amount worked out, why part of the cash is held, the coming auto-renewals. */
@Path("/funds")
@RolesAllowed(Role.CUSTOMER_NAME)
@Produces(MediaType.TEXT_HTML)
public class FundsPage {

    /** One held or reserved part of the cash (the seed's table of reasons): {@code part} names the row. */
    public record Reason(String part, Money amount) {
    }

    /** The page: the outlook, the reasons when less than the cash is withdrawable, the account's enterprise links. */
    public record FundsView(FundsOutlook.Outlook outlook, BalanceParts parts, List<Reason> reasons, Long masterAccountId,
                            boolean master) {
        /** The master account as the reasons table names it. */
        public String masterText() {
            return masterAccountId == null ? "-" : "#" + masterAccountId;
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance funds(FundsView view);
    }

    @Inject
    CurrentUser user;

    @Inject
    FundsOutlook outlook;

    @Inject
    AccountService accounts;

    @Inject
    TransferService transfers;

    @GET
    public TemplateInstance funds() {
        long accountId = user.accountId();
        FundsOutlook.Outlook found = outlook.outlook(accountId);
        Account account = accounts.require(accountId);
        return Templates.funds(new FundsView(found, found.parts(), reasons(found.parts()), account.masterAccountId,
                !transfers.members(accountId).isEmpty()));
    }

    /** The non-zero held parts, in the seed's order, when the withdrawable amount is less than the cash. */
    static List<Reason> reasons(BalanceParts parts) {
        List<Reason> reasons = new ArrayList<>();
        if (!parts.withdrawable().isLessThan(parts.cash())) {
            return reasons;
        }
        add(reasons, "payg_reserve", parts.paygReserve());
        add(reasons, "invoice_debt", parts.invoiceDebt());
        add(reasons, "arrears", parts.arrears());
        add(reasons, "unsettled", parts.unsettled());
        add(reasons, "transferred_in", parts.transferredIn());
        return reasons;
    }

    private static void add(List<Reason> reasons, String part, Money amount) {
        if (amount.isPositive()) {
            reasons.add(new Reason(part, amount));
        }
    }
}
