package io.billingconsole.bank.web;

import io.billingconsole.account.Role;
import io.billingconsole.bank.BankBranch;
import io.billingconsole.bank.BranchMatch;
import io.billingconsole.bank.BranchSearch;
import io.billingconsole.shared.Params;
import io.billingconsole.web.RequestLocale;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.List;
import java.util.Optional;

/**
 * 开户支行查询: find a bank branch with the branch picker and see its details, for customers and staff
 * alike; also answers the picker's searches as the user types (the JSON API takes HTTP Basic only, so
 * a page's script cannot call it).
 */
@Path("/banks/branches")
@RolesAllowed({Role.CUSTOMER_NAME, Role.FINANCE_NAME, Role.OPERATOR_NAME})
public class BranchPage {

    /**
     * What the page shows: the chosen branch, or what a search without script found (the typed text
     * named no branch exactly).
     */
    public record LookupView(BankBranch chosen, String query, List<BranchMatch> matches) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance lookup(LookupView view);
    }

    @Inject
    BranchSearch branches;

    @Inject
    RequestLocale locale;

    /**
     * The lookup page. {@code branchId} is the picked branch (set by the picker's script);
     * {@code branchIdQuery} the typed text, looked up by exact name and else searched (no script).
     */
    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance lookup(@QueryParam("branchId") String branchId,
                                   @QueryParam("branchIdQuery") String query) {
        Integer id = Params.optionalInt(branchId);
        Optional<BankBranch> chosen = id == null || id < 1 ? Optional.empty() : branches.find(id);
        String typed = query == null ? "" : query.strip();
        if (chosen.isEmpty() && !typed.isEmpty()) {
            chosen = branches.findByExactName(typed);
        }
        List<BranchMatch> matches = chosen.isEmpty() && !typed.isEmpty()
                ? branches.search(typed, BranchSearch.MAX_MATCHES) : List.of();
        return Templates.lookup(new LookupView(chosen.orElse(null), typed, matches));
    }

    /** The picker's search: the same answer as {@code GET /api/v1/banks/branches}, for a logged-in page. */
    @GET
    @Path("matches")
    @Produces(MediaType.APPLICATION_JSON)
    public List<BranchJson> matches(@QueryParam("q") String q) {
        String language = locale.get().getLanguage();
        return branches.search(q, BranchSearch.MAX_MATCHES).stream().map(m -> BranchJson.of(m, language)).toList();
    }
}
