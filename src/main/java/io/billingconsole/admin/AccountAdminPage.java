package io.billingconsole.admin;

import io.billingconsole.account.Account;
import io.billingconsole.account.AccountError;
import io.billingconsole.account.AccountService;
import io.billingconsole.account.AccountStatus;
import io.billingconsole.account.Role;
import io.billingconsole.shared.CommonError;
import io.billingconsole.shared.DomainException;
import io.billingconsole.shared.Params;
import io.billingconsole.transfer.TransferService;
import io.billingconsole.web.PageAction;
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

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** One customer account in the back office (operators): real-name verification, status, phone, master account. */
@Path("/admin/accounts")
@RolesAllowed(Role.OPERATOR_NAME)
@Produces(MediaType.TEXT_HTML)
public class AccountAdminPage {

    private static final Set<String> DONE = Set.of("updated", "linked");

    public record AccountView(Account account, List<Account> members, List<AccountStatus> statuses, String error,
                              String done) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance detail(AccountView view);
    }

    @Inject
    AccountService accounts;

    @Inject
    TransferService transfers;

    @Inject
    PageAction action;

    @GET
    @Path("{id}")
    public TemplateInstance detail(@PathParam("id") String id, @QueryParam("done") String done) {
        return Templates.detail(view(accountId(id), null, done != null && DONE.contains(done) ? done : null));
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@PathParam("id") String id, @FormParam("realNameVerified") String verified,
                           @FormParam("realName") String realName, @FormParam("status") String status,
                           @FormParam("phone") String phone) {
        long accountId = accountId(id);
        return action.run(() -> {
            AccountStatus chosen = Params.optionalEnum(AccountStatus.class, status);
            if (chosen == null) {
                throw new DomainException(CommonError.INVALID_INPUT, "status");
            }
            accounts.update(accountId, new AccountService.AccountChanges("on".equals(verified),
                    Params.text(realName == null ? "" : realName, "realName", 100), chosen,
                    phone == null ? "" : phone));
            return "/admin/accounts/" + accountId + "?done=updated";
        }, error -> Templates.detail(view(accountId, error, null)));
    }

    @POST
    @Path("{id}/master")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response linkMaster(@PathParam("id") String id, @FormParam("masterAccountId") String masterId) {
        long accountId = accountId(id);
        return action.run(() -> {
            Long master = masterId == null || masterId.isBlank() ? null
                    : Params.id(masterId, AccountError.ACCOUNT_NOT_FOUND);
            transfers.link(accountId, master);
            return "/admin/accounts/" + accountId + "?done=linked";
        }, error -> Templates.detail(view(accountId, error, null)));
    }

    private AccountView view(long accountId, String error, String done) {
        return new AccountView(accounts.require(accountId), transfers.members(accountId),
                Arrays.asList(AccountStatus.values()), error, done);
    }

    private static long accountId(String id) {
        return Params.id(id, AccountError.ACCOUNT_NOT_FOUND);
    }
}
