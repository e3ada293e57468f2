package io.billingconsole.bank.web;

import io.billingconsole.account.Role;
import io.billingconsole.bank.BankDirectory;
import io.billingconsole.bank.BranchSearch;
import io.billingconsole.shared.Params;
import io.billingconsole.web.RequestLocale;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** The banks the console knows and the search of their branches, for every logged-in user. */
@Path("/api/v1/banks")
@RolesAllowed({Role.CUSTOMER_NAME, Role.FINANCE_NAME, Role.OPERATOR_NAME})
@Produces(MediaType.APPLICATION_JSON)
public class BankApi {

    @Inject
    BankDirectory banks;

    @Inject
    BranchSearch branches;

    @Inject
    RequestLocale locale;

    /** Every bank in display order, with its original-route windows. */
    @GET
    public List<BankJson> list() {
        return banks.all().stream().map(BankJson::of).toList();
    }

    /**
     * The branches best matching {@code q} (at least 2 characters, at most 50), best first; {@code limit}
     * 1 to 20, by default 20.
     */
    @GET
    @Path("branches")
    public List<BranchJson> branches(@QueryParam("q") String q, @QueryParam("limit") String limit) {
        Integer wanted = Params.optionalInt(limit);
        int max = wanted == null || wanted < 1 ? BranchSearch.MAX_MATCHES : Math.min(wanted, BranchSearch.MAX_MATCHES);
        String language = locale.get().getLanguage();
        return branches.search(q, max).stream().map(m -> BranchJson.of(m, language)).toList();
    }
}
