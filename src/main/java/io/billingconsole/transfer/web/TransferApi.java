package io.billingconsole.transfer.web;

import io.billingconsole.account.AccountError;
import io.billingconsole.account.CurrentUser;
import io.billingconsole.account.Role;
import io.billingconsole.shared.Columns;
import io.billingconsole.shared.CommonError;
import io.billingconsole.shared.DomainException;
import io.billingconsole.shared.Inputs;
import io.billingconsole.shared.Money;
import io.billingconsole.shared.PageOf;
import io.billingconsole.shared.Params;
import io.billingconsole.shared.Text;
import io.billingconsole.transfer.Transfer;
import io.billingconsole.transfer.TransferError;
import io.billingconsole.transfer.TransferService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.net.URI;
import java.time.ZoneId;
import java.util.List;

/** 资金划拨 (SPEC 11): a master moves cash to its members and recalls it; both sides read their transfers. */
@Path("/api/v1/transfers")
@RolesAllowed(Role.CUSTOMER_NAME)
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class TransferApi {

    /** A transfer to a member; repeating it with the same {@code idempotencyKey} moves the money once. */
    public record NewTransfer(Long toAccountId, Money amount, @Text(max = Columns.LEDGER_NOTE) String note,
                              @Text(max = 64) String idempotencyKey) {
    }

    public record Recall(Money amount) {
    }

    public record TransferList(List<TransferJson> items, int page, int size, long total) {
    }

    @Inject
    CurrentUser user;

    @Inject
    TransferService transfers;

    @Inject
    Inputs inputs;

    @Inject
    ZoneId zone;

    @APIResponse(responseCode = "201", description = "The money is moved (or was, by the first request with this key)",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = TransferJson.class)))
    @POST
    public Response transfer(NewTransfer body) {
        require(body, "body");
        inputs.check(body);
        require(body.toAccountId(), "toAccountId");
        require(body.amount(), "amount");
        if (body.toAccountId() <= 0) {
            throw new DomainException(AccountError.ACCOUNT_NOT_FOUND, String.valueOf(body.toAccountId()));
        }
        long accountId = user.accountId();
        Transfer transfer = transfers.transfer(new TransferService.Command(accountId, body.toAccountId(),
                body.amount(), body.note(), body.idempotencyKey(), user.userId()));
        return Response.created(URI.create("/api/v1/transfers/" + transfer.id))
                .entity(json(accountId, transfer)).build();
    }

    @POST
    @Path("{id}/recall")
    public TransferJson recall(@PathParam("id") String id, Recall body) {
        require(body, "body");
        require(body.amount(), "amount");
        long accountId = user.accountId();
        Transfer transfer = transfers.recall(accountId, Params.id(id, TransferError.TRANSFER_NOT_FOUND), body.amount());
        return json(accountId, transfer);
    }

    @GET
    public TransferList list(@QueryParam("page") String page, @QueryParam("size") String size) {
        long accountId = user.accountId();
        PageOf<Transfer> found = transfers.list(accountId, PageOf.page(Params.optionalInt(page)),
                PageOf.size(Params.optionalInt(size), 50));
        return new TransferList(found.items().stream().map(t -> json(accountId, t)).toList(), found.page(),
                found.size(), found.total());
    }

    @GET
    @Path("{id}")
    public TransferJson get(@PathParam("id") String id) {
        long accountId = user.accountId();
        return json(accountId, transfers.find(accountId, Params.id(id, TransferError.TRANSFER_NOT_FOUND)));
    }

    private TransferJson json(long accountId, Transfer transfer) {
        Money recallable = transfer.fromAccountId == accountId ? transfers.recallable(accountId, transfer.id) : null;
        return TransferJson.of(transfer, recallable, zone);
    }

    private static void require(Object value, String field) {
        if (value == null) {
            throw new DomainException(CommonError.INVALID_INPUT, field);
        }
    }
}
