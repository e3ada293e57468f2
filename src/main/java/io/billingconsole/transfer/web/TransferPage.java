package io.billingconsole.transfer.web;

import io.billingconsole.account.Account;
import io.billingconsole.account.AccountError;
import io.billingconsole.account.AccountService;
import io.billingconsole.account.CurrentUser;
import io.billingconsole.account.Role;
import io.billingconsole.funds.FundsService;
import io.billingconsole.shared.CommonError;
import io.billingconsole.shared.RandomTokens;
import io.billingconsole.shared.DomainException;
import io.billingconsole.shared.Money;
import io.billingconsole.shared.PageOf;
import io.billingconsole.shared.Params;
import io.billingconsole.transfer.Transfer;
import io.billingconsole.transfer.TransferError;
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

import java.util.List;
import java.util.Set;

/**
 * 资金划拨 (SPEC 11): a master's users see its members, transfer to them and recall; a member's users
 * see what they received and what it may be used for.
 */
@Path("/transfers")
@RolesAllowed(Role.CUSTOMER_NAME)
@Produces(MediaType.TEXT_HTML)
public class TransferPage {

    private static final int PAGE_SIZE = 20;
    private static final Set<String> DONE = Set.of("sent", "recalled");

    /** What the transfer form showed; the key is made once per rendered form, so a second submit of the same form moves money once. */
    public record TransferForm(String toAccountId, String amount, String note, String idempotencyKey) {
        static TransferForm fresh() {
            return new TransferForm("", "", "", RandomTokens.hex(16));
        }
    }

    /** A transfer with what its sender can still recall (zero for a received one). */
    public record TransferRow(Transfer transfer, Money recallable, boolean sent) {
    }

    /**
     * The page; {@code error} belongs to the transfer form, or to the recall form of {@code errorTransferId}.
     */
    public record TransferView(Account account, List<Account> members, Money transferable, PageOf<TransferRow> transfers,
                               TransferForm form, String error, Long errorTransferId, String done) {
        public boolean master() {
            return !members.isEmpty();
        }

        public boolean member() {
            return account.masterAccountId != null;
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance transfers(TransferView view);
    }

    @Inject
    CurrentUser user;

    @Inject
    TransferService transfers;

    @Inject
    AccountService accounts;

    @Inject
    FundsService funds;

    @Inject
    PageAction action;

    @GET
    public TemplateInstance transfers(@QueryParam("page") String page, @QueryParam("done") String done) {
        return Templates.transfers(view(PageOf.page(Params.optionalInt(page)), TransferForm.fresh(), null, null,
                done != null && DONE.contains(done) ? done : null));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response transfer(@FormParam("toAccountId") String toAccountId, @FormParam("amount") String amount,
                             @FormParam("note") String note, @FormParam("idempotencyKey") String key) {
        TransferForm form = new TransferForm(orEmpty(toAccountId), orEmpty(amount), orEmpty(note), orEmpty(key));
        long accountId = user.accountId();
        return action.run(() -> {
            long to = Params.id(toAccountId, AccountError.ACCOUNT_NOT_FOUND);
            transfers.transfer(new TransferService.Command(accountId, to, money(amount),
                    note == null || note.isBlank() ? null : note.trim(), Params.text(key, "idempotencyKey", 64),
                    user.userId()));
            return "/transfers?done=sent";
        }, error -> Templates.transfers(view(1, form, error, null, null)));
    }

    @POST
    @Path("{id}/recall")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response recall(@PathParam("id") String id, @FormParam("amount") String amount) {
        long transferId = Params.id(id, TransferError.TRANSFER_NOT_FOUND);
        long accountId = user.accountId();
        return action.run(() -> {
            transfers.recall(accountId, transferId, money(amount));
            return "/transfers?done=recalled";
        }, error -> Templates.transfers(view(1, TransferForm.fresh(), error, transferId, null)));
    }

    private TransferView view(int page, TransferForm form, String error, Long errorTransferId, String done) {
        long accountId = user.accountId();
        Account account = accounts.require(accountId);
        List<Account> members = transfers.members(accountId);
        Money transferable = members.isEmpty() ? Money.ZERO : funds.parts(accountId).transferable();
        PageOf<Transfer> found = transfers.list(accountId, page, PAGE_SIZE);
        List<TransferRow> rows = found.items().stream().map(t -> {
            boolean sent = t.fromAccountId == accountId;
            return new TransferRow(t, sent ? transfers.recallable(accountId, t.id) : Money.ZERO, sent);
        }).toList();
        return new TransferView(account, members, transferable,
                new PageOf<>(rows, found.page(), found.size(), found.total()), form, error, errorTransferId, done);
    }

    /** A typed amount; blank or unreadable is refused with a message next to the form. */
    private static Money money(String amount) {
        if (amount == null || amount.isBlank()) {
            throw new DomainException(CommonError.INVALID_AMOUNT, "");
        }
        return Money.parse(amount.trim());
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
