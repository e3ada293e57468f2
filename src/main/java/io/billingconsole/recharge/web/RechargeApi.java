package io.billingconsole.recharge.web;

import io.billingconsole.account.CurrentUser;
import io.billingconsole.account.Role;
import io.billingconsole.recharge.OnlineRecharges;
import io.billingconsole.recharge.Recharge;
import io.billingconsole.recharge.RechargeChannel;
import io.billingconsole.recharge.RechargeError;
import io.billingconsole.recharge.RechargeInputs;
import io.billingconsole.recharge.RechargeService;
import io.billingconsole.recharge.RechargeStatus;
import io.billingconsole.shared.CommonError;
import io.billingconsole.shared.DomainException;
import io.billingconsole.shared.Money;
import io.billingconsole.shared.PageOf;
import io.billingconsole.shared.Params;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** The customer's recharges: list, detail, and starting an online one (the payer then goes to {@code payUrl}). */
@Path("/api/v1/recharges")
@RolesAllowed(Role.CUSTOMER_NAME)
@Produces(MediaType.APPLICATION_JSON)
public class RechargeApi {

    public record RechargeList(List<RechargeJson> items, int page, int size, long total) {
    }

    /** An online recharge to start: ALIPAY, WECHAT_PAY, or ONLINE_BANKING with a bank and PERSONAL / ENTERPRISE. */
    public record NewRecharge(Money amount, String channel, String bank, String accountType) {
    }

    public record RechargeStarted(long id, RechargeStatus status, String payUrl) {
    }

    @Inject
    CurrentUser user;

    @Inject
    RechargeService recharges;

    @Inject
    OnlineRecharges online;

    @Inject
    Clock clock;

    @Inject
    ZoneId zone;

    @GET
    public RechargeList list(@QueryParam("page") String page, @QueryParam("size") String size) {
        PageOf<Recharge> found = recharges.list(user.accountId(), PageOf.page(Params.optionalInt(page)),
                PageOf.size(Params.optionalInt(size), 50));
        LocalDate today = today();
        return new RechargeList(found.items().stream().map(r -> RechargeJson.of(r, today, zone)).toList(),
                found.page(), found.size(), found.total());
    }

    @GET
    @Path("{id}")
    public RechargeJson get(@PathParam("id") String id) {
        Recharge recharge = recharges.find(user.accountId(), Params.id(id, RechargeError.RECHARGE_NOT_FOUND));
        return RechargeJson.of(recharge, today(), zone);
    }

    @APIResponse(responseCode = "201", description = "The recharge is open: send the payer to payUrl",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = RechargeStarted.class)))
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response start(NewRecharge body, @Context UriInfo uri) {
        if (body == null) {
            throw new DomainException(CommonError.INVALID_INPUT, "body");
        }
        if (body.amount() == null) {
            throw new DomainException(CommonError.INVALID_AMOUNT, "");
        }
        RechargeChannel channel = RechargeInputs.channel(body.channel(), null);
        OnlineRecharges.Started started = online.start(user.accountId(), body.amount(), channel,
                RechargeInputs.bank(body.bank()), RechargeInputs.accountType(body.accountType()), user.userId(),
                uri.getBaseUri().toString());
        Recharge recharge = started.recharge();
        return Response.created(URI.create("/api/v1/recharges/" + recharge.id))
                .entity(new RechargeStarted(recharge.id, recharge.status,
                        uri.getBaseUri().resolve(started.payUrl()).toString()))
                .build();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }
}
