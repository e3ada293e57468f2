package io.billingconsole.ledger.web;

import io.billingconsole.account.CurrentUser;
import io.billingconsole.account.Role;
import io.billingconsole.ledger.EntryType;
import io.billingconsole.ledger.LedgerEntry;
import io.billingconsole.ledger.LedgerService;
import io.billingconsole.shared.PageOf;
import io.billingconsole.shared.Params;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** 收支明细: the account's ledger entries by type and date range. */
@Path("/transactions")
@RolesAllowed(Role.CUSTOMER_NAME)
@Produces(MediaType.TEXT_HTML)
public class TransactionPage {

    public record Filter(String type, String from, String to) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(PageOf<LedgerEntry> page, Filter filter, List<EntryType> types, String base);
    }

    @Inject
    CurrentUser user;

    @Inject
    LedgerService ledger;

    @GET
    public TemplateInstance list(@QueryParam("type") String type, @QueryParam("from") String from,
                                 @QueryParam("to") String to, @QueryParam("page") String page) {
        EntryType selected = Params.optionalEnum(EntryType.class, type);
        LocalDate fromDate = Params.optionalDate(from);
        LocalDate toDate = Params.optionalDate(to);
        PageOf<LedgerEntry> entries = ledger.entries(user.accountId(), selected, fromDate, toDate,
                PageOf.page(Params.optionalInt(page)), 20);
        Filter filter = new Filter(selected == null ? "" : selected.name(),
                fromDate == null ? "" : fromDate.toString(), toDate == null ? "" : toDate.toString());
        return Templates.list(entries, filter, Arrays.asList(EntryType.values()),
                Params.query("type", filter.type(), "from", filter.from(), "to", filter.to()));
    }
}
