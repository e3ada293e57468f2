package io.billingconsole.withdrawal.web;

import io.billingconsole.account.CurrentUser;
import io.billingconsole.account.Role;
import io.billingconsole.recharge.RechargeChannel;
import io.billingconsole.shared.ApiError;
import io.billingconsole.shared.CommonError;
import io.billingconsole.shared.DomainException;
import io.billingconsole.shared.Money;
import io.billingconsole.shared.PageOf;
import io.billingconsole.shared.Params;
import io.billingconsole.shared.Translator;
import io.billingconsole.sms.SmsCodeService;
import io.billingconsole.sms.SmsError;
import io.billingconsole.sms.SmsPurpose;
import io.billingconsole.web.RequestLocale;
import io.billingconsole.withdrawal.ExpectedArrival;
import io.billingconsole.withdrawal.PayeeType;
import io.billingconsole.withdrawal.ProofFiles;
import io.billingconsole.withdrawal.Withdrawal;
import io.billingconsole.withdrawal.WithdrawalError;
import io.billingconsole.withdrawal.WithdrawalKind;
import io.billingconsole.withdrawal.WithdrawalProof;
import io.billingconsole.withdrawal.WithdrawalReason;
import io.billingconsole.withdrawal.WithdrawalRoute;
import io.billingconsole.withdrawal.WithdrawalService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * The customer's withdrawals (SPEC 8): the options (withdrawable amounts, recharge orders with their
 * original-route deadline, reasons), confirming a withdrawal with the SMS code, proof files, the list
 * and one withdrawal. {@code accountId} (optional) names a member account of the user's master account.
 */
@Path("/api/v1/withdrawals")
@RolesAllowed(Role.CUSTOMER_NAME)
@Produces(MediaType.APPLICATION_JSON)
public class WithdrawalApi {

    public record RechargeOptionJson(long rechargeId, RechargeChannel channel, String bank, String bankName,
                                     OffsetDateTime paidAt, String payerAccount, Money withdrawable,
                                     LocalDate originalRouteUntil, boolean originalRouteAvailable,
                                     ExpectedArrival expectedArrival) {
    }

    public record OptionsJson(long accountId, Money withdrawable, Money nonRechargeWithdrawable, String realName,
                              String maskedPhone, List<RechargeOptionJson> recharges,
                              Map<WithdrawalKind, List<WithdrawalReason>> reasons) {
    }

    /** The payee of a designated-account withdrawal: {@code type} ALIPAY or BANK_CARD; a bank card names its branch by id. */
    public record PayeeJson(String type, String account, String name, Long branchId) {
    }

    public record NewWithdrawal(String kind, Long rechargeId, Money amount, String route, PayeeJson payee,
                                String reason, String reasonText, String smsCode, String idempotencyKey,
                                Long accountId) {
    }

    public record Created(long id, String status, Money amount) {
    }

    public record WithdrawalList(List<WithdrawalJson> items, int page, int size, long total) {
    }

    public record CodeRequest(Long accountId) {
    }

    public record CodeSent(String phone, OffsetDateTime expiresAt, OffsetDateTime resendAfter) {
    }

    @Inject
    CurrentUser user;

    @Inject
    WithdrawalViews views;

    @Inject
    WithdrawalService withdrawals;

    @Inject
    ProofFiles proofs;

    @Inject
    SmsCodeService codes;

    @Inject
    Translator translator;

    @Inject
    RequestLocale locale;

    @Inject
    ZoneId zone;

    @GET
    @Path("options")
    public OptionsJson options(@QueryParam("accountId") String accountId) {
        long target = views.target(accountId);
        String language = locale.get().getLanguage();
        WithdrawalViews.Options o = views.options(target, language);
        List<RechargeOptionJson> rows = o.recharges().stream().map(r -> new RechargeOptionJson(r.id(), r.channel(),
                r.recharge().bank, r.bankName(), WithdrawalJson.at(r.paidAt(), zone), r.payer(), r.withdrawable(),
                r.originalRouteUntil(), r.originalRouteAvailable(),
                r.originalRouteAvailable() ? r.originalArrival() : ExpectedArrival.BUSINESS_DAYS_7_15)).toList();
        return new OptionsJson(target, o.withdrawable(), o.nonRechargeWithdrawable(), o.realName(), o.maskedPhone(),
                rows, Map.of(WithdrawalKind.RECHARGE, WithdrawalViews.reasons(WithdrawalKind.RECHARGE),
                        WithdrawalKind.NON_RECHARGE, WithdrawalViews.reasons(WithdrawalKind.NON_RECHARGE)));
    }

    /**
     * Sends the SMS code that confirms a withdrawal, to the security phone of the account withdrawn
     * from (a member's own phone when a master withdraws a member's balance). Too soon: 429 + Retry-After.
     */
    @APIResponse(responseCode = "201", description = "The code is sent to the security phone of the account withdrawn from",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = CodeSent.class)))
    @POST
    @Path("sms-code")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response smsCode(CodeRequest request) {
        long target = views.target(request == null ? null : request.accountId());
        try {
            SmsCodeService.Sent sent = codes.send(target, SmsPurpose.WITHDRAWAL);
            return Response.status(Response.Status.CREATED).entity(new CodeSent(sent.phone(),
                    WithdrawalJson.at(sent.expiresAt(), zone), WithdrawalJson.at(sent.resendAfter(), zone))).build();
        } catch (DomainException refusal) {
            if (refusal.code() != SmsError.SMS_TOO_SOON) {
                throw refusal;
            }
            return Response.status(refusal.code().httpStatus()).type(MediaType.APPLICATION_JSON)
                    .header(HttpHeaders.RETRY_AFTER, refusal.args().get(0))
                    .entity(new ApiError(refusal.code().name(), translator.message(refusal, locale.get()))).build();
        }
    }

    @APIResponse(responseCode = "201", description = "The withdrawal is confirmed (or the one with the same idempotencyKey is answered)",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = Created.class)))
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(NewWithdrawal body) {
        if (body == null) {
            throw new DomainException(CommonError.INVALID_INPUT, "body");
        }
        long target = views.target(body.accountId());
        WithdrawalKind kind = enumOf(WithdrawalKind.class, body.kind(), "kind");
        WithdrawalRoute route = enumOf(WithdrawalRoute.class, body.route(), "route");
        WithdrawalReason reason = enumOf(WithdrawalReason.class, body.reason(), "reason");
        WithdrawalService.Payee payee = null;
        if (body.payee() != null) {
            PayeeType type = enumOf(PayeeType.class, body.payee().type(), "payee.type");
            payee = views.payee(type, body.payee().account(), body.payee().name(), body.payee().branchId(), null);
        }
        if (kind == null) {
            throw new DomainException(CommonError.INVALID_INPUT, "kind");
        }
        Withdrawal w = withdrawals.create(new WithdrawalService.Request(target, user.userId(), kind,
                body.rechargeId(), body.amount(), route, payee, reason, body.reasonText(), body.smsCode(),
                body.idempotencyKey()));
        return Response.status(Response.Status.CREATED).entity(new Created(w.id, w.status.name(), w.amount)).build();
    }

    @GET
    public WithdrawalList list(@QueryParam("accountId") String accountId, @QueryParam("page") String page,
                               @QueryParam("size") String size) {
        long target = views.target(accountId);
        PageOf<Withdrawal> found = withdrawals.list(target, PageOf.page(Params.optionalInt(page)),
                PageOf.size(Params.optionalInt(size), 50));
        return new WithdrawalList(found.items().stream().map(w -> json(w, false)).toList(), found.page(),
                found.size(), found.total());
    }

    @GET
    @Path("{id}")
    public WithdrawalJson get(@PathParam("id") String id) {
        return json(views.withdrawal(Params.id(id, WithdrawalError.WITHDRAWAL_NOT_FOUND)), true);
    }

    /** Adds a proof file (multipart field {@code file}) to a withdrawal under review. */
    @APIResponse(responseCode = "201", description = "The proof file is attached",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = WithdrawalJson.Proof.class)))
    @POST
    @Path("{id}/proofs")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response addProof(@PathParam("id") String id, @RestForm("file") FileUpload file) {
        Withdrawal w = views.withdrawal(Params.id(id, WithdrawalError.WITHDRAWAL_NOT_FOUND));
        if (file == null) {
            throw new DomainException(WithdrawalError.PROOF_REQUIRED);
        }
        ProofFiles.ProofInfo info = proofs.attach(w.accountId, w.id, user.userId(), file.fileName(), read(file));
        return Response.status(Response.Status.CREATED).entity(new WithdrawalJson.Proof(info.id(),
                info.originalName(), info.contentType(), info.sizeBytes())).build();
    }

    @APIResponse(responseCode = "200", description = "The proof file, as an attachment",
            content = @Content(mediaType = "application/octet-stream", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @GET
    @Path("{id}/proofs/{proofId}")
    @Produces(MediaType.WILDCARD)
    public Response proof(@PathParam("id") String id, @PathParam("proofId") String proofId) {
        Withdrawal w = views.withdrawal(Params.id(id, WithdrawalError.WITHDRAWAL_NOT_FOUND));
        WithdrawalProof proof = proofs.load(w.accountId, w.id, Params.id(proofId, WithdrawalError.PROOF_NOT_FOUND));
        return ProofDownload.of(proof);
    }

    private WithdrawalJson json(Withdrawal w, boolean withProofs) {
        List<WithdrawalJson.Proof> list = withProofs ? proofs.list(w.id).stream()
                .map(p -> new WithdrawalJson.Proof(p.id(), p.originalName(), p.contentType(), p.sizeBytes())).toList()
                : null;
        return WithdrawalJson.of(w, views.channelOf(w), list, zone);
    }

    /** A file part's bytes; one larger than a proof may be is refused before it is read. */
    static byte[] read(FileUpload file) {
        if (file.size() > ProofFiles.MAX_BYTES) {
            throw new DomainException(WithdrawalError.PROOF_TOO_LARGE, String.valueOf(ProofFiles.MAX_BYTES / 1024 / 1024));
        }
        try {
            return Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An enum value from a request, or null when blank; anything else is a 400 naming the field. */
    static <E extends Enum<E>> E enumOf(Class<E> type, String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        E value = Params.optionalEnum(type, text);
        if (value == null) {
            throw new DomainException(CommonError.INVALID_INPUT, field);
        }
        return value;
    }
}
