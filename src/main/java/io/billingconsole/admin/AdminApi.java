package io.billingconsole.admin;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.billingconsole.account.Account;
import io.billingconsole.account.AccountError;
import io.billingconsole.account.AccountService;
import io.billingconsole.account.CurrentUser;
import io.billingconsole.account.AccountStatus;
import io.billingconsole.account.Role;
import io.billingconsole.ledger.AmountLimits;
import io.billingconsole.ledger.BalanceSummary;
import io.billingconsole.ledger.LedgerEntry;
import io.billingconsole.ledger.LedgerService;
import io.billingconsole.ledger.Voucher;
import io.billingconsole.recharge.RechargeChannel;
import io.billingconsole.recharge.RechargeInputs;
import io.billingconsole.recharge.RechargeService;
import io.billingconsole.resource.BillingMethod;
import io.billingconsole.resource.Channel;
import io.billingconsole.resource.RegisterResourceCommand;
import io.billingconsole.resource.web.ResourceJson;
import io.billingconsole.resource.ResourceService;
import io.billingconsole.shared.Columns;
import io.billingconsole.shared.CommonError;
import io.billingconsole.shared.DomainException;
import io.billingconsole.shared.Inputs;
import io.billingconsole.shared.IsoMoment;
import io.billingconsole.shared.Money;
import io.billingconsole.shared.Params;
import io.billingconsole.shared.Text;
import io.billingconsole.transfer.TransferService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** Operator API for provisioning systems: accounts, resources, top-ups (finance too), vouchers, credit lines. */
@Path("/api/v1/admin")
@RolesAllowed(Role.OPERATOR_NAME)
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AdminApi {

    /** Text fields are checked against their columns ({@link Columns}) before anything else ({@link Inputs}). */
    public record NewAccount(@Text(max = Columns.USERNAME) String username, String password,
                             @Text(max = Columns.ACCOUNT_EMAIL) String email,
                             @Text(max = Columns.ACCOUNT_PHONE) String phone,
                             @Text(max = Columns.ACCOUNT_DISPLAY_NAME) String displayName) {
    }

    public record AccountCreated(long id, String username, String displayName, String email, String phone) {
    }

    public record NewResource(Long accountId, @Text(max = Columns.PRODUCT_TYPE) String productType,
                              @Text(max = Columns.RESOURCE_NAME) String name,
                              @Text(max = Columns.RESOURCE_REGION) String region,
                              @JsonDeserialize(using = IsoMoment.class) OffsetDateTime expiresAt,
                              BillingMethod billingMethod, Boolean trial, Channel channel, Money monthlyPrice) {
    }

    /**
     * Money received for an account, booked as a recorded recharge: channel ALIPAY, WECHAT_PAY,
     * ONLINE_BANKING or BANK_TRANSFER (the default), the paying bank (code, e.g. ICBC), PERSONAL or
     * ENTERPRISE online banking, the paying account and name, the remittance date (yyyy-MM-dd).
     */
    public record Credit(Money amount, @Text(max = Columns.LEDGER_NOTE) String note, String channel,
                         @Text(max = 10) String bank, String accountType, @Text(max = 40) String payerAccount,
                         @Text(max = 100) String payerName, @Text(max = 10) String remittedOn) {
    }

    public record CreditRecorded(long entryId, long accountId, Money amount, Money cashBalance, long rechargeId) {
    }

    public record NewVoucher(@Text(max = Columns.VOUCHER_NAME) String name, Money amount,
                             @JsonDeserialize(using = IsoMoment.class) OffsetDateTime expiresAt) {
    }

    public record VoucherJson(long id, long accountId, String name, Money faceValue, Money remaining,
                              OffsetDateTime expiresAt) {
    }

    public record CreditLine(Money creditLine) {
    }

    @Inject
    AccountService accounts;

    @Inject
    ResourceService resources;

    @Inject
    LedgerService ledger;

    @Inject
    ZoneId zone;

    @Inject
    Inputs inputs;

    @Inject
    AmountLimits limits;

    @Inject
    RechargeService recharges;

    @Inject
    CurrentUser user;

    @APIResponse(responseCode = "201", description = "The customer account is opened",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = AccountCreated.class)))
    @POST
    @Path("accounts")
    public Response createAccount(NewAccount body) {
        inputs.check(body);
        Account account = accounts.createCustomer(new AccountService.NewCustomer(body.username(), body.password(),
                body.email(), body.phone(), body.displayName()));
        return Response.created(URI.create("/api/v1/admin/accounts/" + account.id))
                .entity(new AccountCreated(account.id, body.username(), account.displayName, account.email,
                        account.phone)).build();
    }

    @APIResponse(responseCode = "201", description = "The resource is registered",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ResourceJson.class)))
    @POST
    @Path("resources")
    public Response registerResource(NewResource body) {
        inputs.check(body);
        require(body.accountId(), "accountId");
        require(body.name(), "name");
        require(body.billingMethod(), "billingMethod");
        if (body.name().isBlank() || body.name().length() > 120) {
            throw new DomainException(CommonError.INVALID_INPUT, "name");
        }
        String region = body.region() == null || body.region().isBlank() ? "cn-hangzhou" : body.region();
        if (region.length() > 40) {
            throw new DomainException(CommonError.INVALID_INPUT, "region");
        }
        if (body.monthlyPrice() != null && body.monthlyPrice().isNegative()) {
            throw new DomainException(CommonError.INVALID_AMOUNT, body.monthlyPrice().toPlainString());
        }
        if (body.monthlyPrice() != null) {
            limits.requireMonthlyPrice(body.monthlyPrice());
        }
        accounts.require(body.accountId());
        var resource = resources.register(new RegisterResourceCommand(body.accountId(), body.productType(),
                body.name().trim(), region, body.expiresAt() == null ? null : body.expiresAt().toInstant(),
                body.billingMethod(), Boolean.TRUE.equals(body.trial()),
                body.channel() == null ? Channel.CONSOLE : body.channel(), body.monthlyPrice()));
        return Response.created(URI.create("/api/v1/resources/" + resource.id))
                .entity(ResourceJson.of(resource, zone)).build();
    }

    @APIResponse(responseCode = "201", description = "The top-up is booked",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = CreditRecorded.class)))
    @POST
    @Path("accounts/{id}/credit")
    @RolesAllowed({Role.OPERATOR_NAME, Role.FINANCE_NAME})
    public Response credit(@PathParam("id") String id, Credit body) {
        inputs.check(body);
        require(body.amount(), "amount");
        long accountId = Params.id(id, AccountError.ACCOUNT_NOT_FOUND);
        RechargeService.Booked booked = recharges.recordBooked(new RechargeService.Recorded(accountId, body.amount(),
                RechargeInputs.channel(body.channel(), RechargeChannel.BANK_TRANSFER), RechargeInputs.bank(body.bank()),
                RechargeInputs.accountType(body.accountType()), blankToNull(body.payerAccount()),
                blankToNull(body.payerName()), Params.optionalDate(body.remittedOn()), body.note(), user.userId()));
        LedgerEntry entry = booked.entry();
        return Response.status(Response.Status.CREATED).entity(new CreditRecorded(entry.id, accountId, entry.amount,
                entry.cashBalanceAfter, booked.recharge().id)).build();
    }

    @APIResponse(responseCode = "201", description = "The voucher is granted",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = VoucherJson.class)))
    @POST
    @Path("accounts/{id}/vouchers")
    public Response grantVoucher(@PathParam("id") String id, NewVoucher body) {
        inputs.check(body);
        require(body.amount(), "amount");
        require(body.expiresAt(), "expiresAt");
        String name = body.name() == null || body.name().isBlank() ? "voucher" : body.name();
        Voucher voucher = ledger.grantVoucher(Params.id(id, AccountError.ACCOUNT_NOT_FOUND), name, body.amount(),
                body.expiresAt().toInstant());
        return Response.status(Response.Status.CREATED).entity(new VoucherJson(voucher.id, voucher.accountId,
                voucher.name, voucher.faceValue, voucher.remaining, voucher.expiresAt.atZone(zone).toOffsetDateTime()))
                .build();
    }

    @PUT
    @Path("accounts/{id}/credit-line")
    public BalanceSummary creditLine(@PathParam("id") String id, CreditLine body) {
        require(body, "body");
        require(body.creditLine(), "creditLine");
        limits.requireCreditLine(body.creditLine());
        long accountId = Params.id(id, AccountError.ACCOUNT_NOT_FOUND);
        accounts.setCreditLine(accountId, body.creditLine());
        return ledger.summary(accountId);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private static void require(Object value, String field) {
        if (value == null) {
            throw new DomainException(CommonError.INVALID_INPUT, field);
        }
    }

    /** The account's master: an id, or null (or absent) for none. */
    public record MasterLink(Long masterAccountId) {
    }

    /** Account fields an operator changes; absent fields stay as they are. */
    public record AccountUpdate(Boolean realNameVerified, String realName, String status,
                                @Text(max = Columns.ACCOUNT_PHONE) String phone) {
    }

    public record AccountAdminJson(long id, String displayName, AccountStatus status, boolean realNameVerified,
                              String realName, String phone, Long masterAccountId) {
        static AccountAdminJson of(Account a) {
            return new AccountAdminJson(a.id, a.displayName, a.status, a.realNameVerified, a.realName, a.phone,
                    a.masterAccountId);
        }
    }

    @Inject
    TransferService transfers;

    @PUT
    @Path("accounts/{id}/master")
    public AccountAdminJson linkMaster(@PathParam("id") String id, MasterLink body) {
        require(body, "body");
        long accountId = Params.id(id, AccountError.ACCOUNT_NOT_FOUND);
        transfers.link(accountId, body.masterAccountId());
        return AccountAdminJson.of(accounts.require(accountId));
    }

    @PUT
    @Path("accounts/{id}")
    public AccountAdminJson updateAccount(@PathParam("id") String id, AccountUpdate body) {
        require(body, "body");
        inputs.check(body);
        Params.text(body.realName(), "realName", 100);
        AccountStatus status = Params.optionalEnum(AccountStatus.class, body.status());
        if (body.status() != null && status == null) {
            throw new DomainException(CommonError.INVALID_INPUT, "status");
        }
        long accountId = Params.id(id, AccountError.ACCOUNT_NOT_FOUND);
        return AccountAdminJson.of(accounts.update(accountId, new AccountService.AccountChanges(body.realNameVerified(),
                body.realName(), status, body.phone())));
    }
}
